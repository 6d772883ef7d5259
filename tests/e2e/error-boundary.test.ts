import { SlashCommandBuilder } from 'discord.js';
import { ButtonStyle, ComponentType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, onButton } from '../../src/discord/command.js';
import { customId } from '../../src/discord/custom-id.js';
import { UserError } from '../../src/errors.js';
import { bootBot, type Harness, memoryLogger, replyOf } from './harness.js';

/** Test-only commands that fail in each way a real handler might. */
const faulty = {
  data: new SlashCommandBuilder()
    .setName('faulty')
    .setDescription('fails on purpose')
    .addStringOption((o) =>
      o.setName('how').setDescription('failure mode').setRequired(true).setAutocomplete(true),
    ),
  async execute(interaction) {
    const how = interaction.options.getString('how', true);
    if (how === 'throw') throw new Error('kaboom: a bug in a handler');
    if (how === 'user') throw new UserError('You need to join a class first.');
    if (how === 'deferred') {
      await interaction.deferReply();
      throw new Error('kaboom after deferring');
    }
    if (how === 'silent') return;
    await interaction.reply({
      content: 'a message with a faulty button',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Break',
              custom_id: customId('faulty', 'break'),
            },
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Stale',
              custom_id: customId('faulty', 'gone'),
            },
          ],
        },
      ],
    });
  },
  async autocomplete() {
    throw new Error('kaboom in autocomplete');
  },
  components: {
    break: onButton(async (interaction) => {
      await interaction.reply({ content: 'about to fail', flags: MessageFlags.Ephemeral });
      throw new Error('kaboom after replying');
    }),
  },
} satisfies Command;

let h: Harness;
const log = memoryLogger();
beforeAll(async () => {
  h = await bootBot({ extraCommands: [faulty], logger: log.logger });
});
afterAll(async () => {
  await h?.close();
});

describe('the error boundary', () => {
  it('given a handler that throws, the user gets an ephemeral apology naming the interaction id', async () => {
    const result = await h.sandbox.user('ana').slash('faulty', { how: 'throw' });
    expect(result.failed).toBeUndefined();
    expect(result.reply?.ephemeral).toBe(true);
    expect(result.reply?.content).toContain('Sorry');
    expect(result.reply?.content).toContain(result.interactionId);
    expect(result.reply?.content).not.toContain('kaboom');
  });

  it('logs the unexpected error with the interaction id and the stack, at error level', async () => {
    const result = await h.sandbox.user('ana').slash('faulty', { how: 'throw' });
    const entry = log.lines().find((l) => l.interactionId === result.interactionId && l.level === 50);
    expect(entry?.route).toBe('/faulty');
    expect(JSON.stringify(entry?.err)).toContain('kaboom: a bug in a handler');
  });

  it('does not log a UserError as a failure', async () => {
    const result = await h.sandbox.user('ana').slash('faulty', { how: 'user' });
    expect(
      log.lines().filter((l) => l.interactionId === result.interactionId && Number(l.level) >= 50),
    ).toEqual([]);
  });

  it('after a crash the bot keeps answering', async () => {
    await h.sandbox.user('ana').slash('faulty', { how: 'throw' });
    const result = await h.sandbox.user('ana').slash('define', { term: 'depolarization' });
    expect(result.reply?.embeds[0]?.title).toBeDefined();
  });

  it('given a UserError, shows its message ephemerally and no apology', async () => {
    const result = await h.sandbox.user('ana').slash('faulty', { how: 'user' });
    expect(result.reply?.ephemeral).toBe(true);
    expect(result.reply?.content).toBe('You need to join a class first.');
  });

  it('given a failure after deferring, replaces the "thinking" placeholder with the apology', async () => {
    const result = await h.sandbox.user('ana').slash('faulty', { how: 'deferred' });
    expect(result.failed).toBeUndefined();
    const shown = [result.reply, ...result.followUps].map((m) => m?.content ?? '').join('\n');
    expect(shown).toContain(result.interactionId);
  });

  it('given a handler that returns without answering, apologises instead of leaving the user with "did not respond"', async () => {
    const result = await h.sandbox.user('ana').slash('faulty', { how: 'silent' });
    expect(result.failed).toBeUndefined();
    expect(result.reply?.content).toContain(result.interactionId);
  });

  it('given a button handler that fails after replying, sends the apology as an ephemeral follow-up', async () => {
    const user = h.sandbox.user('ana');
    const posted = await user.slash('faulty', { how: 'buttons' });
    const clicked = await user.click(replyOf(posted), 'Break');
    expect(clicked.reply?.content).toBe('about to fail');
    expect(clicked.followUps[0]?.ephemeral).toBe(true);
    expect(clicked.followUps[0]?.content).toContain(clicked.interactionId);
  });

  it('given a button nobody handles, says it is out of date', async () => {
    const user = h.sandbox.user('ana');
    const posted = await user.slash('faulty', { how: 'buttons' });
    const clicked = await user.click(replyOf(posted), 'Stale');
    expect(clicked.reply?.ephemeral).toBe(true);
    expect(clicked.reply?.content).toMatch(/out of date/);
  });

  it('given an autocomplete handler that throws, answers with no choices', async () => {
    const choices = await h.sandbox.user('ana').autocomplete('faulty', 'how', 'x');
    expect(choices).toEqual([]);
  });

  it('the bot broke no protocol rule during the run', async () => {
    expect((await h.sandbox.user('ana').slash('ping')).reply?.content).toBe('Pong!');
    expect(h.sandbox.errors).toEqual([]);
  });
});
