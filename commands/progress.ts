import { AttachmentBuilder, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { renderChart } from '../src/charts/index.js';
import { questionsFor } from '../src/classes/question-source.js';
import type { Command } from '../src/discord/command.js';
import { PROGRESS_CHART, progressView } from '../src/discord/views/progress.js';
import { UserError } from '../src/errors.js';
import { memberRepo } from '../src/store/members.js';
import { DM_GUILD, progressChartSpec, progressReport } from '../src/study/index.js';

/** `/progress [member] [share]`: a member's attempts, accuracy, streak, mastery and a chart. */
export const progress = {
  data: new SlashCommandBuilder()
    .setName('progress')
    .setDescription('Your progress: accuracy, streak, what is due, mastery by topic, with a chart')
    .addUserOption((option) =>
      option.setName('member').setDescription("Someone else's progress (only if they made it public)"),
    )
    .addBooleanOption((option) =>
      option.setName('share').setDescription('Post your progress in the channel (default: only you see it)'),
    ),
  help: 'your accuracy, streak, items due and mastery by topic, with a chart (share:true to post it)',

  // Private unless the member shares it (share:true), also when a busy moment makes the bot defer.
  deferEphemeral: (interaction) => interaction.options.getBoolean('share') !== true,
  async execute(interaction, ctx) {
    const guildId = interaction.guildId ?? DM_GUILD;
    const target = interaction.options.getUser('member') ?? interaction.user;
    const self = target.id === interaction.user.id;
    if (!self && !ctx.store.repo(memberRepo).prefs(guildId, target.id).progressPublic) {
      throw new UserError(
        `${target.username}'s progress is private. They can share it with \`/privacy settings progress:public\`.`,
      );
    }
    const share = self && interaction.options.getBoolean('share') === true;
    // Rendering the chart can take a moment on a busy machine: acknowledge first.
    await interaction.deferReply(share ? {} : { flags: MessageFlags.Ephemeral });
    // The server's own questions too, so an imported one shows its title and counts for its topics.
    const catalog = questionsFor(ctx, interaction.guildId);
    const report = progressReport(ctx.store, catalog, guildId, target.id, ctx.clock.now());
    const withChart = report.attempts > 0;
    const files = withChart
      ? [new AttachmentBuilder(await renderChart(progressChartSpec(report)), { name: PROGRESS_CHART })]
      : [];
    await interaction.editReply({
      ...progressView(report, { name: target.username, self, shared: share }, withChart),
      files,
      allowedMentions: { parse: [] },
    });
  },
} satisfies Command;
