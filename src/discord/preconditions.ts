/**
 * Preconditions: checks the router runs before a command's handler or a component handler, the
 * way Sapphire does, so no handler can forget them. A failed check throws a PreconditionError: a
 * UserError (shown ephemerally, saying why) that also carries a stable identifier, which the
 * router logs so tests can assert on the reason rather than on wording.
 *
 * Registering a command with `default_member_permissions` and the guild-only context hides it from
 * most members, but server admins can open any command to anyone; these checks are the guard.
 */
import {
  type AutocompleteInteraction,
  type Interaction,
  PermissionFlagsBits,
  type RepliableInteraction,
} from 'discord.js';
import { type Actor, canTeach, type TeachDenial } from '../classes/permissions.js';
import type { ClassInfo } from '../classes/types.js';
import type { AppContext } from '../context.js';
import { UserError } from '../errors.js';

/** A refused precondition; `identifier` is stable ("guildOnly", "teacherOfClass:not-teacher"). */
export class PreconditionError extends UserError {
  constructor(
    readonly identifier: string,
    publicMessage: string,
  ) {
    super(publicMessage);
    this.name = 'PreconditionError';
  }
}

/** True for a PreconditionError. */
export function isPreconditionError(error: unknown): error is PreconditionError {
  return error instanceof PreconditionError;
}

/** The interactions a precondition may see. */
export type GuardedInteraction = RepliableInteraction | AutocompleteInteraction;

/** A check that throws a PreconditionError when the interaction may not go ahead. */
export type Precondition = (interaction: GuardedInteraction, ctx: AppContext) => void | Promise<void>;

/** Runs preconditions in order; the first refusal wins. */
export async function runPreconditions(
  list: readonly Precondition[] | undefined,
  interaction: GuardedInteraction,
  ctx: AppContext,
): Promise<void> {
  for (const check of list ?? []) await check(interaction, ctx);
}

/** Only in a server channel (never in DMs or group DMs, where there is no class and no roles). */
export const guildOnly: Precondition = (interaction) => {
  if (!interaction.inGuild() || !interaction.channelId) {
    throw new PreconditionError('guildOnly', 'This only works in a server channel, not in direct messages.');
  }
};

/** The acting member as the class rules see them. */
export function actorOf(interaction: Interaction): Actor {
  const roles = interaction.member?.roles;
  const roleIds = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
  return {
    id: interaction.user.id,
    guildId: interaction.guildId ?? '',
    roleIds,
    manageGuild:
      interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true ||
      interaction.memberPermissions?.has(PermissionFlagsBits.Administrator) === true,
  };
}

const TEACH_MESSAGES: Record<TeachDenial, string> = {
  'not-a-class':
    'This channel is not a class yet. A member with Manage Server can make it one with `/class setup`.',
  'not-teacher':
    "Only this class's teacher, holders of its teacher role, or members with Manage Server can do that.",
  'other-server': 'That class belongs to another server.',
};

/**
 * Only the teacher of the class in this channel, holders of its teacher role, or members with
 * Manage Server. `findClass` reads the class from the store (none yet: only Manage Server passes,
 * so a student cannot claim a channel with `/class setup`).
 */
export function teacherOfClass(
  findClass: (ctx: AppContext, guildId: string, channelId: string) => ClassInfo | undefined,
): Precondition {
  return async (interaction, ctx) => {
    await guildOnly(interaction, ctx);
    const cls = findClass(ctx, interaction.guildId ?? '', interaction.channelId ?? '');
    const verdict = canTeach(actorOf(interaction), cls);
    if (!verdict.ok)
      throw new PreconditionError(`teacherOfClass:${verdict.reason}`, TEACH_MESSAGES[verdict.reason]);
  };
}
