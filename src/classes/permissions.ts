import type { ClassInfo } from './types.js';

/** What the bot knows about the member acting, from the interaction. */
export interface Actor {
  readonly id: string;
  readonly guildId: string;
  readonly roleIds: readonly string[];
  /** The member has Manage Server (or Administrator) in this server. */
  readonly manageGuild: boolean;
}

/** Why a teacher action was refused; the identifier is stable, for tests and logs. */
export type TeachDenial = 'not-a-class' | 'not-teacher' | 'other-server';

/**
 * May `actor` run teacher actions (set up, assign, close, import, results, report) in `cls`?
 * Members with Manage Server, the class's teacher and holders of its teacher role may. With no
 * class in the channel yet only Manage Server counts, since nobody teaches it.
 */
export function canTeach(
  actor: Actor,
  cls: ClassInfo | undefined,
): { ok: true } | { ok: false; reason: TeachDenial } {
  if (cls && cls.guildId !== actor.guildId) return { ok: false, reason: 'other-server' };
  if (actor.manageGuild) return { ok: true };
  if (!cls) return { ok: false, reason: 'not-a-class' };
  if (cls.teacherId === actor.id) return { ok: true };
  if (cls.teacherRoleId && actor.roleIds.includes(cls.teacherRoleId)) return { ok: true };
  return { ok: false, reason: 'not-teacher' };
}
