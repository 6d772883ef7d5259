import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.js';
import { bootBot, type Harness } from './harness.js';

/**
 * Interactions that queue behind each other's work: each handler below is busy for 80 ms before it answers
 * (heavy grading), and 50 arrive at once, 4 s of work in all. Answered one after another, the last ones would
 * miss Discord's 3 seconds; the bot defers while a queue stands and edits the answer in. Counts, not times.
 */
const BUSY_MS = 80;
const AT_ONCE = 50;

const slow = {
  data: new SlashCommandBuilder().setName('slow').setDescription('busy for a while, then answers'),
  async execute(interaction) {
    const until = performance.now() + BUSY_MS;
    while (performance.now() < until) {
      // Synchronous work, as grading is: nothing else runs meanwhile.
    }
    await interaction.reply({ content: 'done' });
  },
} satisfies Command;

let h: Harness;
beforeAll(async () => {
  h = await bootBot({ extraCommands: [slow] });
});
afterAll(async () => {
  await h?.close();
});

describe('a queue of slow interactions', () => {
  it(`${AT_ONCE} at once, each busy ${BUSY_MS} ms: none lost, every one answered`, async () => {
    const users = Array.from({ length: AT_ONCE }, (_, i) => h.sandbox.user(`queue-${i}`));
    const results = await Promise.all(users.map((u) => u.slash('slow')));
    const lost = results.filter((r) => r.failed !== undefined || r.reply?.content !== 'done');
    expect(lost.length).toBe(0);
    expect(h.sandbox.errors).toEqual([]);
  }, 60_000);
});

describe('a private answer deferred under load', () => {
  it('stays private: /progress, /help and /privacy export wait behind a queue and are deferred ephemerally', async () => {
    const users = Array.from({ length: AT_ONCE }, (_, i) => h.sandbox.user(`busy-${i}`));
    const student = h.sandbox.user('private-student');
    const queued = users.map((u) => u.slash('slow'));
    const [progress, help, exported] = await Promise.all([
      student.slash('progress'),
      student.slash('help'),
      student.slash('privacy', {}, { subcommand: 'export' }),
    ]);
    await Promise.all(queued);
    for (const result of [progress, help, exported]) {
      // 5 = DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: the queue made the bot defer, which fixes the visibility.
      expect(result.callbackType).toBe(5);
      expect(result.failed).toBeUndefined();
      expect(result.reply?.ephemeral).toBe(true);
    }
  }, 60_000);
});
