import { AttachmentBuilder, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { type Command, onButton } from '../src/discord/command.js';
import {
  cancelledView,
  confirmDeleteView,
  deletedView,
  EXPORT_FILE,
  exportView,
  PRIVACY_COMMAND,
  PrivacyAction,
  settingsView,
} from '../src/discord/views/privacy.js';
import { UserError } from '../src/errors.js';
import { attemptRepo } from '../src/store/attempts.js';
import { memberRepo } from '../src/store/members.js';
import { DM_GUILD, deleteMember, exportMember } from '../src/study/index.js';

const NOT_YOURS = 'Only the member who asked can use these buttons.';

/** `/privacy export | delete | settings`: a member's own data and who sees it. */
export const privacy = {
  data: new SlashCommandBuilder()
    .setName(PRIVACY_COMMAND)
    .setDescription('Your data: download it, delete it, or choose who sees it')
    .addSubcommand((sub) =>
      sub.setName('export').setDescription('Get everything stored about you as a JSON file'),
    )
    .addSubcommand((sub) => sub.setName('delete').setDescription('Delete everything stored about you'))
    .addSubcommand((sub) =>
      sub
        .setName('settings')
        .setDescription('Leaderboard on/off and whether others may see your progress')
        .addStringOption((o) =>
          o
            .setName('leaderboard')
            .setDescription('Appear on this server’s leaderboard')
            .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
        )
        .addStringOption((o) =>
          o
            .setName('progress')
            .setDescription('Who may see your /progress')
            .addChoices({ name: 'public', value: 'public' }, { name: 'private', value: 'private' }),
        ),
    ),
  help: 'export or delete your data; settings: leaderboard on/off, progress public/private',

  // A member's data and settings are private: a deferral under load must keep them so.
  deferEphemeral: true,
  async execute(interaction, ctx) {
    const sub = interaction.options.getSubcommand();
    const userId = interaction.user.id;
    const guildId = interaction.guildId ?? DM_GUILD;
    if (sub === 'export') {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const data = exportMember(ctx.store, userId, guildId, ctx.clock.now());
      const file = new AttachmentBuilder(Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8'), {
        name: EXPORT_FILE,
      });
      await interaction.editReply({ ...exportView(data.attempts.length), files: [file] });
      return;
    }
    if (sub === 'delete') {
      await interaction.reply({ ...confirmDeleteView(userId), flags: MessageFlags.Ephemeral });
      return;
    }
    const members = ctx.store.repo(memberRepo);
    const leaderboardOpt = interaction.options.getString('leaderboard');
    const progressOpt = interaction.options.getString('progress');
    if (leaderboardOpt !== null || progressOpt !== null) {
      const now = ctx.clock.now().getTime();
      ctx.store.write(() => {
        ctx.store.repo(attemptRepo).touch(guildId, userId, now);
        if (leaderboardOpt !== null) members.setLeaderboardOptOut(guildId, userId, leaderboardOpt === 'off');
        if (progressOpt !== null) members.setProgressPublic(guildId, userId, progressOpt === 'public');
      });
    }
    await interaction.reply({
      ...settingsView(members.prefs(guildId, userId)),
      flags: MessageFlags.Ephemeral,
    });
  },

  components: {
    [PrivacyAction.confirmDelete]: onButton(async (interaction, [owner], ctx) => {
      if (owner !== interaction.user.id) throw new UserError(NOT_YOURS);
      const deleted = deleteMember(ctx.store, interaction.user.id);
      const rows = Object.values(deleted).reduce((a, b) => a + b, 0);
      ctx.logger.info({ tables: Object.keys(deleted).length, rows }, 'member deleted their data');
      await interaction.update(deletedView(rows));
    }),
    [PrivacyAction.cancel]: onButton(async (interaction, [owner]) => {
      if (owner !== interaction.user.id) throw new UserError(NOT_YOURS);
      await interaction.update(cancelledView());
    }),
  },
} satisfies Command;
