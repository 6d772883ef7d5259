import { REST, Routes } from 'discord.js';
import type { Command } from './command.js';

/** Where and how to register commands. */
export interface DeployTarget {
  readonly token: string;
  readonly applicationId: string;
  /** Register in this guild only (instant; for development). Absent: global (may take up to an hour). */
  readonly guildId?: string;
  /** REST base URL override (the sandbox). */
  readonly restUrl?: string;
}

/**
 * Replaces the application's registered slash commands with `commands` (one bulk PUT, so removed
 * commands disappear too). Returns the scope used. Never called at start-up: registration is
 * rate-limited and global changes propagate slowly, so it is an explicit `tutor deploy` step.
 */
export async function deployCommands(
  target: DeployTarget,
  commands: readonly Command[],
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = new REST(target.restUrl ? { api: target.restUrl } : {}).setToken(target.token);
  const body = commands.map((command) => command.data.toJSON());
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body });
  return { scope: target.guildId ? 'guild' : 'global', count: body.length };
}
