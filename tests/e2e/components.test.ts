import { SlashCommandBuilder } from 'discord.js';
import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, onButton, onModal, onSelect } from '../../src/discord/command.js';
import { customId } from '../../src/discord/custom-id.js';
import { quoteUserText } from '../../src/discord/views/escape.js';
import { modalView } from '../../src/discord/views/modal.js';
import { button, buttonRows } from '../../src/discord/views/payload.js';
import { bootBot, type Harness, replyOf } from './harness.js';

/** A /quiz-shaped test command: a button opens a modal, the submit is answered; a select picks a choice. */
const practice = {
  data: new SlashCommandBuilder().setName('practice').setDescription('routing test'),
  async execute(interaction) {
    await interaction.reply({
      content: 'Question 42',
      components: [
        ...buttonRows([button(customId('practice', 'ask', 'q-42'), 'Answer')]),
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.StringSelect,
              custom_id: customId('practice', 'choose', 'q-42'),
              options: [
                { label: 'Sodium enters', value: 'a' },
                { label: 'Potassium enters', value: 'b' },
              ],
            },
          ],
        },
      ],
    });
  },
  components: {
    ask: onButton(async (interaction, [questionId]) => {
      await interaction.showModal(
        modalView(customId('practice', 'submit', questionId ?? ''), 'Your answer', [
          { id: 'part-a', label: 'Explain what happens to the membrane potential' },
        ]),
      );
    }),
    submit: onModal(async (interaction, [questionId]) => {
      const text = interaction.fields.getTextInputValue('part-a');
      await interaction.reply({
        content: `Graded ${questionId}:\n${quoteUserText(text)}`,
        flags: MessageFlags.Ephemeral,
      });
    }),
    choose: onSelect(async (interaction, [questionId]) => {
      await interaction.reply({
        content: `${questionId}: you chose ${interaction.values[0]}`,
        flags: MessageFlags.Ephemeral,
      });
    }),
  },
} satisfies Command;

let h: Harness;
beforeAll(async () => {
  h = await bootBot({ extraCommands: [practice] });
});
afterAll(async () => {
  await h?.close();
});

describe('component routing by custom_id', () => {
  it('a button opens a modal whose submit reaches the modal handler with its arguments', async () => {
    const user = h.sandbox.user('ana');
    const posted = replyOf(await user.slash('practice'));
    const opened = await user.click(posted, 'Answer');
    expect(opened.modal?.custom_id).toBe('practice:submit:q-42');
    const answered = await user.submitModal(
      opened.modal ?? { custom_id: '', title: '', components: [] },
      { 'part-a': 'Sodium rushes in @everyone\n**the inside** becomes <@123456789012345678> positive' },
      posted,
    );
    const content = replyOf(answered).content;
    expect(content).toMatch(/^Graded q-42:\n> Sodium rushes in/);
    expect(content).toContain('\n> \\*\\*the inside\\*\\*');
    expect(content).not.toContain('@everyone');
    expect(content).not.toContain('<@1');
    expect(replyOf(answered).allowedMentions?.parse).toEqual([]);
  });

  it('a string select reaches the select handler with the chosen value', async () => {
    const user = h.sandbox.user('ana');
    const posted = replyOf(await user.slash('practice'));
    const chosen = await user.select(posted, ['b']);
    expect(replyOf(chosen).content).toBe('q-42: you chose b');
  });

  it('the bot broke no protocol rule during the run', () => {
    expect(h.sandbox.errors).toEqual([]);
  });
});
