import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/discord/command.js';
import { bootBot, type Harness } from './harness.js';

/**
 * A shutdown (Ctrl-C, SIGTERM on a deploy) while a member's interaction is being handled: the
 * handler finishes and answers before the client and the store close, so a student who pressed
 * Submit a moment before a restart still gets their feedback.
 */
let started: () => void = () => {};
const lingering = {
  data: new SlashCommandBuilder().setName('linger').setDescription('answers after a short wait'),
  async execute(interaction, ctx) {
    started();
    await new Promise((resolve) => setTimeout(resolve, 400));
    // As a graded answer does: read the store after the wait, then reply.
    const version = ctx.store.version;
    await interaction.reply({ content: `done (store v${version})` });
  },
} satisfies Command;

let h: Harness;
beforeAll(async () => {
  h = await bootBot({ extraCommands: [lingering] });
});
afterAll(async () => {
  await h?.close();
});

describe('stopping the bot', () => {
  it('lets an interaction already being handled answer before the client closes', async () => {
    const handling = new Promise<void>((resolve) => {
      started = resolve;
    });
    const pending = h.sandbox.user('ana').slash('linger');
    await handling;
    const stopping = h.app.stop();
    const result = await pending;
    await stopping;
    expect(result.failed).toBeUndefined();
    expect(result.reply?.content).toMatch(/^done \(store v\d+\)$/);
    expect(h.sandbox.errors).toEqual([]);
  });
});
