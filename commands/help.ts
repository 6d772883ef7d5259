import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { helpView } from '../src/discord/views/help.js';

/**
 * `/help`: one line per command. Built from the registry (see ./index.ts) rather than a hand-kept
 * list, so a new command appears in /help the moment it is registered.
 */
export function createHelp(listCommands: () => readonly Command[]) {
  return {
    data: new SlashCommandBuilder().setName('help').setDescription('List what this bot can do'),
    help: 'list these commands',
    async execute(interaction) {
      const entries = listCommands().map((c) => ({
        name: c.data.name,
        line: c.help ?? c.data.toJSON().description,
      }));
      await interaction.reply({ ...helpView(entries), flags: MessageFlags.Ephemeral });
    },
  } satisfies Command;
}
