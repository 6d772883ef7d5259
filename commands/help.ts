import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { questionsFor } from '../src/classes/question-source.js';
import { termsByUnit } from '../src/content/term-browse.js';
import type { Command } from '../src/discord/command.js';
import { helpView } from '../src/discord/views/help.js';

/**
 * `/help`: what the pack covers, one line per command with an example, what the buttons do and where a
 * teacher starts, in one embed. Commands come from the registry (see ./index.ts) rather than a hand-kept
 * list, so a new command appears in /help the moment it is registered.
 */
export function createHelp(listCommands: () => readonly Command[]) {
  return {
    data: new SlashCommandBuilder().setName('help').setDescription('List what this bot can do'),
    help: 'this overview',
    // Private answer: a deferral under load must keep it private.
    deferEphemeral: true,
    async execute(interaction, ctx) {
      const entries = listCommands().map((c) => ({
        name: c.data.name,
        line: c.help ?? c.data.toJSON().description,
      }));
      // This server's questions: the pack plus any its teachers imported.
      const questions = questionsFor(ctx, interaction.guildId).questions;
      const coverage = {
        units: termsByUnit(ctx.content.terms).map((u) => ({ unit: u.unit, terms: u.terms.length })),
        frq: questions.filter((q) => q.kind === 'frq').length,
        mcq: questions.filter((q) => q.kind === 'mcq').length,
      };
      await interaction.reply({ ...helpView(entries, coverage), flags: MessageFlags.Ephemeral });
    },
  } satisfies Command;
}
