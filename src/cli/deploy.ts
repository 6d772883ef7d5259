import { commands } from '../../commands/index.js';
import { ConfigError, requireLive } from '../config/index.js';
import { deployCommands } from '../discord/deploy.js';
import { explainDiscordFailure } from '../discord/startup-errors.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

/** `tutor deploy`: registers the slash commands (guild-scoped when DISCORD_GUILD_ID is set). */
export async function run(_args: string[], io: CliIO): Promise<number> {
  const config = configFor(io);
  if (!config) return 1;
  try {
    requireLive(config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    println(io.stderr, error.message);
    return 1;
  }
  let result: Awaited<ReturnType<typeof deployCommands>>;
  try {
    result = await deployCommands(
      {
        token: config.DISCORD_TOKEN,
        applicationId: config.DISCORD_APPLICATION_ID,
        guildId: config.DISCORD_GUILD_ID,
        restUrl: config.DISCORD_API_URL,
      },
      commands,
    );
  } catch (error) {
    // A refused token, another application's id or no network: one sentence, never the request body or token.
    const sentence = explainDiscordFailure(error, config.DISCORD_API_URL);
    if (!sentence) throw error;
    println(io.stderr, sentence);
    return 1;
  }
  const { scope, count } = result;
  println(
    io.stdout,
    scope === 'guild'
      ? `Registered ${count} commands in server ${config.DISCORD_GUILD_ID}; they are usable now.`
      : `Registered ${count} global commands; Discord may take up to an hour to show them everywhere.`,
  );
  return 0;
}
