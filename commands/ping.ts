import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';

/** `/ping`: the cheapest possible round trip; the benchmark's baseline for /define. */
export const ping = {
  data: new SlashCommandBuilder().setName('ping').setDescription('Check that the bot is awake'),
  help: 'check that the bot is awake',
  async execute(interaction) {
    await interaction.reply({ content: 'Pong!' });
  },
} satisfies Command;
