import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';

/** `/ping`: the cheapest possible round trip; the benchmark's baseline for /define. */
export const ping = {
  data: new SlashCommandBuilder().setName('ping').setDescription('Check that the bot is awake'),
  help: 'check that the bot is awake (only you see the answer). `/ping`',
  deferEphemeral: true,
  async execute(interaction) {
    // Only the member who asked needs to know; the channel does not.
    await interaction.reply({ content: 'Pong!', flags: MessageFlags.Ephemeral });
  },
} satisfies Command;
