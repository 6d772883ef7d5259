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
