/**
 * The bot as its own process for the classes benchmark: the real app against the sandbox, with a
 * logger that keeps how long the router took for each answer-form submission (bot-side time,
 * from the interaction arriving to the reply being sent). Started by ./classes-bench.ts with
 * fork(); answers `stats` over IPC with those timings and its memory.
 */
import { createApp } from '../app.js';
import { parseConfig } from '../config/index.js';
import { createLogger } from '../logger.js';

const submits: number[] = [];
const logger = createLogger({
  level: 'debug',
  destination: {
    write(line: string) {
      if (!line.includes('"interaction handled"') || !line.includes('component class:submit:')) return;
      const entry = JSON.parse(line) as { ms?: number };
      if (entry.ms !== undefined) submits.push(entry.ms);
    },
  },
});
const config = parseConfig({
  DISCORD_TOKEN: process.env.DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: process.env.DISCORD_APPLICATION_ID,
  DISCORD_API_URL: process.env.DISCORD_API_URL,
  CONTENT_DIR: process.env.CONTENT_DIR,
  DATABASE_PATH: process.env.BENCH_DATABASE_PATH,
  LOG_LEVEL: 'debug',
});
const app = createApp({ config, logger });
await app.start();
process.send?.({ type: 'ready' });

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', submits, rss: process.memoryUsage().rss });
  if (message.type === 'stop') void app.stop().finally(() => process.exit(0));
});
