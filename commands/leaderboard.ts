import { SlashCommandBuilder } from 'discord.js';
import { type Command, onButton } from '../src/discord/command.js';
import { LEADERBOARD_COMMAND, LeaderboardAction, leaderboardView } from '../src/discord/views/leaderboard.js';
import { UserError } from '../src/errors.js';
import { leaderboard as board, DM_GUILD, type Period } from '../src/study/index.js';

const PERIODS: readonly Period[] = ['week', 'month', 'all'];
const periodOf = (value: string | null | undefined): Period | undefined => PERIODS.find((p) => p === value);

/** `/leaderboard [period]`: this server's members by points, ties sharing a rank, in pages. */
export const leaderboard = {
  data: new SlashCommandBuilder()
    .setName(LEADERBOARD_COMMAND)
    .setDescription("This server's leaderboard: points, accuracy and attempts")
    .setDMPermission(false)
    .addStringOption((option) =>
      option
        .setName('period')
        .setDescription('Which period (default: this week; weeks and months start in UTC)')
        .addChoices(
          { name: 'This week', value: 'week' },
          { name: 'This month', value: 'month' },
          { name: 'All time', value: 'all' },
        ),
    ),
  help: "this server's ranking by points (week, month or all time); opt out with /privacy settings",

  async execute(interaction, ctx) {
    const period = periodOf(interaction.options.getString('period')) ?? 'week';
    const page = board(ctx.store, interaction.guildId ?? DM_GUILD, period, ctx.clock.now(), 0);
    await interaction.reply({ ...leaderboardView(page, period), allowedMentions: { parse: [] } });
  },

  components: {
    [LeaderboardAction.page]: onButton(async (interaction, [periodArg, pageArg], ctx) => {
      const period = periodOf(periodArg);
      const pageNo = Number(pageArg);
      if (!period || !Number.isInteger(pageNo))
        throw new UserError('That leaderboard button is out of date.');
      const page = board(ctx.store, interaction.guildId ?? DM_GUILD, period, ctx.clock.now(), pageNo);
      await interaction.update({ ...leaderboardView(page, period), allowedMentions: { parse: [] } });
    }),
  },
} satisfies Command;
