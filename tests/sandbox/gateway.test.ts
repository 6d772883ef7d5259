import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { startTinyBot } from './tiny-bot.js';

describe('the sandbox gateway', () => {
  let sandbox: Sandbox;
  let bot: Awaited<ReturnType<typeof startTinyBot>>;
  const debug: string[] = [];

  beforeAll(async () => {
    // A short heartbeat interval so several beats happen during the test.
    sandbox = await startSandbox({ heartbeatIntervalMs: 50 });
    bot = await startTinyBot(sandbox);
    bot.client.on(Events.Debug, (line) => debug.push(line));
  });

  afterAll(async () => {
    await bot?.stop();
    await sandbox?.close();
  });

  it('given heartbeats, each is acknowledged and the connection stays up', async () => {
    const acked = () => debug.filter((l) => l.includes('Heartbeat acknowledged')).length;
    while (acked() < 3) await new Promise((r) => setTimeout(r, 20));
    expect(debug.some((l) => /Zombie|Destroying shard/i.test(l))).toBe(false);
    expect((await sandbox.user('ana').slash('ping')).reply?.content).toBe('pong');
  });

  it('given a dropped connection, the bot resumes and keeps answering', async () => {
    sandbox.disconnectBot();
    await sandbox.waitForBot();
    expect(debug.some((l) => l.includes('Resum'))).toBe(true);
    expect((await sandbox.user('ana').slash('ping')).reply?.content).toBe('pong');
    expect(sandbox.errors).toEqual([]);
  });
});
