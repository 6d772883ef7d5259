/**
 * The bot as its own process for the benchmark, so its memory and start-up are measured without
 * the sandbox and the benchmark driver sharing the heap. Started by ./bot-process.ts with fork();
 * reads the sandbox address from the environment and talks to the parent over IPC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { parseConfig } from '../config/index.js';
import { silentLogger } from '../logger.js';
import { benchTerms } from './bench-terms.js';
import type { ChildMessage, ParentMessage } from './bot-process.js';

const send = (message: ChildMessage) => process.send?.(message);

const dataDir = mkdtempSync(join(tmpdir(), 'tutor-bench-'));
const config = parseConfig({
  DISCORD_TOKEN: process.env.DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: process.env.DISCORD_APPLICATION_ID,
  DISCORD_API_URL: process.env.DISCORD_API_URL,
  CONTENT_DIR: process.env.CONTENT_DIR,
  DATABASE_PATH: join(dataDir, 'tutor.db'),
  LOG_LEVEL: 'silent',
});
const started = performance.now();
const app = createApp({ config, logger: silentLogger(), terms: benchTerms(config.CONTENT_DIR) });
await app.start();
send({ type: 'ready', appToReadyMs: performance.now() - started, processToReadyMs: performance.now() });

process.on('message', (message: ParentMessage) => {
  if (message.type === 'memory') {
    const { rss, heapTotal } = process.memoryUsage();
    // Started with --expose-gc: live data after a full collection shows whether anything leaks.
    (globalThis as { gc?: () => void }).gc?.();
    const after = process.memoryUsage();
    send({ type: 'memory', rss, heapTotal, liveHeap: after.heapUsed, external: after.external });
  }
  if (message.type === 'stop') {
    app
      .stop()
      .finally(() => rmSync(dataDir, { recursive: true, force: true }))
      .finally(() => process.exit(0));
  }
});
