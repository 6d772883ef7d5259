/**
 * The real bot as its own process for the crash test: DATABASE_PATH and the sandbox address come
 * from the environment; it registers its commands in the sandbox guild, connects, and says "ready"
 * over IPC. The parent kills it with SIGKILL (no clean shutdown) or sends "stop".
 */
import { createApp } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/index.js';
import { deployCommands } from '../../../src/discord/deploy.js';
import { silentLogger } from '../../../src/logger.js';

const config = parseConfig({
  DISCORD_TOKEN: process.env.DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: process.env.DISCORD_APPLICATION_ID,
  DISCORD_GUILD_ID: process.env.DISCORD_GUILD_ID,
  DISCORD_API_URL: process.env.DISCORD_API_URL,
  CONTENT_DIR: process.env.CONTENT_DIR,
  DATABASE_PATH: process.env.DATABASE_PATH,
  LOG_LEVEL: 'silent',
});
const app = createApp({ config, logger: silentLogger() });
await deployCommands(
  {
    token: config.DISCORD_TOKEN ?? '',
    applicationId: config.DISCORD_APPLICATION_ID ?? '',
    guildId: config.DISCORD_GUILD_ID,
    restUrl: config.DISCORD_API_URL,
  },
  app.commands,
);
await app.start();
process.send?.({ type: 'ready' });
process.on('message', (message: { type: string }) => {
  if (message.type === 'stop') void app.stop().finally(() => process.exit(0));
});
