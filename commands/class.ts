import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type InteractionReplyOptions,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { scheduleDaily, stopDaily } from '../src/classes/daily.js';
import { classRepo } from '../src/classes/repo.js';
import {
  assignmentQuestion,
  createAssignment,
  feedbackFor,
  requireClass,
  setupClass,
  submit,
} from '../src/classes/service.js';
import type { Assignment, Reveal } from '../src/classes/types.js';
import type { AppContext } from '../src/context.js';
import { closeAndPost, registerClassJobs } from '../src/discord/class-runtime.js';
import {
  classAutocomplete,
  importQuestions,
  listQuestions,
  removeQuestion,
  reportCsv,
  showResults,
} from '../src/discord/class-teacher.js';
import { type Command, onButton, onModal } from '../src/discord/command.js';
import { customId } from '../src/discord/custom-id.js';
import { guildOnly, teacherOfClass } from '../src/discord/preconditions.js';
import {
  assignmentPostView,
  CLASS_COMMAND,
  ClassAction,
  discordTime,
  lateView,
  notGradedView,
  receiptView,
  setupView,
  submittedLine,
  usedUpView,
} from '../src/discord/views/class-assignment.js';
import type { MessageView } from '../src/discord/views/payload.js';
import { frqFeedbackView } from '../src/discord/views/quiz-feedback.js';
import { answerFieldId, answerModalView } from '../src/discord/views/quiz-question.js';
import { UserError } from '../src/errors.js';

/** Every /class subcommand is a teacher action: the class of this channel (or Manage Server). */
const teacher = teacherOfClass((ctx, _guildId, channelId) =>
  ctx.store.repo(classRepo).classByChannel(channelId),
);

function ephemeral(view: MessageView): InteractionReplyOptions {
  return { ...view, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

function assignmentOf(
  ctx: AppContext,
  interaction: { guildId: string | null },
  raw: string | undefined,
): Assignment {
  const assignment = raw === undefined ? undefined : ctx.store.repo(classRepo).assignment(Number(raw));
  if (!assignment || assignment.guildId !== interaction.guildId)
    throw new UserError('That assignment no longer exists.');
  return assignment;
}

function displayName(
  interaction:
    | ButtonInteraction
    | ChatInputCommandInteraction
    | { member: unknown; user: { displayName: string } },
): string {
  const member = interaction.member as { displayName?: string; nick?: string | null } | null;
  return member?.displayName ?? member?.nick ?? interaction.user.displayName;
}

async function setup(interaction: ChatInputCommandInteraction, ctx: AppContext) {
  const role = interaction.options.getRole('teacher-role');
  const existed = ctx.store.repo(classRepo).classByChannel(interaction.channelId) !== undefined;
  const cls = setupClass(ctx, {
    guildId: interaction.guildId as string,
    channelId: interaction.channelId,
    teacherId: interaction.user.id,
    teacherRoleId: role?.id ?? null,
  });
  await interaction.reply(ephemeral(setupView(cls, interaction.user.id, role?.name, existed)));
}

async function assign(interaction: ChatInputCommandInteraction, ctx: AppContext) {
  const cls = requireClass(ctx, interaction.channelId);
  const timeZone = ctx.store.repo(classRepo).schedule(cls.id)?.timeZone ?? 'UTC';
  const assignment = createAssignment(ctx, cls, {
    questionId: interaction.options.getString('question', true).trim(),
    due: interaction.options.getString('due', true),
    reveal: (interaction.options.getString('reveal') ?? 'on-submit') as Reveal,
    attempts: interaction.options.getInteger('attempts') ?? 1,
    createdBy: interaction.user.id,
    timeZone,
  });
  const found = assignmentQuestion(ctx, cls.guildId, assignment.questionId);
  if (!found) throw new Error(`assignment ${assignment.id} has no question`);
  const response = await interaction.reply({
    ...assignmentPostView(assignment, found.question, found.rubric.maxScore),
    allowedMentions: { parse: [] },
    withResponse: true,
  });
  const messageId = response.resource?.message?.id;
  if (messageId) ctx.store.write(() => ctx.store.repo(classRepo).setMessageId(assignment.id, messageId));
}

async function close(interaction: ChatInputCommandInteraction, ctx: AppContext) {
  const cls = requireClass(ctx, interaction.channelId);
  const raw = interaction.options.getInteger('assignment');
  const open = ctx.store
    .repo(classRepo)
    .classAssignments(cls.id)
    .filter((a) => a.closedAt === null);
  const target = raw === null ? open[0] : open.find((a) => a.id === raw);
  if (!target)
    throw new UserError(
      raw === null ? 'This class has no open assignment.' : `Assignment #${raw} is not open in this class.`,
    );
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await closeAndPost(interaction.client, ctx, target.id);
  await interaction.editReply(`Closed assignment #${target.id}; the summary is posted in the channel.`);
}

async function schedule(interaction: ChatInputCommandInteraction, ctx: AppContext) {
  const cls = requireClass(ctx, interaction.channelId);
  if (interaction.options.getSubcommand() === 'off') {
    const stopped = stopDaily(ctx, cls);
    await interaction.reply(
      ephemeral({ content: stopped ? 'The daily question is off.' : 'There was no daily question to stop.' }),
    );
    return;
  }
  const timeZone = interaction.options.getString('timezone', true).trim();
  const { nextRunAt, time } = scheduleDaily(ctx, cls, {
    time: interaction.options.getString('time', true),
    timeZone,
    topic: interaction.options.getString('topic')?.trim() || null,
    by: interaction.user.id,
  });
  await interaction.reply(
    ephemeral({
      content: `🗓️ A question will be posted here every day at ${time} (${timeZone}). The first one: ${discordTime(nextRunAt)} (${discordTime(nextRunAt, 'R')}).`,
    }),
  );
}

/** `/class …`: class channels for teachers (see README "For teachers"). */
export const classCommand = {
  data: new SlashCommandBuilder()
    .setName(CLASS_COMMAND)
    .setDescription('Run a class in this channel: assignments, results, reports, your own questions')
    // Hidden from members without Manage Server unless an admin grants it (Server Settings → Integrations);
    // every call is still checked, because that setting can open it to anyone.
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('setup')
        .setDescription('Make this channel a class; you become its teacher')
        .addRoleOption((o) =>
          o.setName('teacher-role').setDescription('Members with this role may teach it too'),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('assign')
        .setDescription('Post a question with a deadline')
        .addStringOption((o) =>
          o
            .setName('question')
            .setDescription('A free-response question')
            .setRequired(true)
            .setAutocomplete(true)
            .setMaxLength(80),
        )
        .addStringOption((o) =>
          o
            .setName('due')
            .setDescription('30m, 2h, 3d or 2026-12-24 17:00')
            .setRequired(true)
            .setMaxLength(40),
        )
        .addStringOption((o) =>
          o
            .setName('reveal')
            .setDescription('When students see their feedback')
            .addChoices(
              { name: 'on submit', value: 'on-submit' },
              { name: 'after the deadline', value: 'after-due' },
            ),
        )
        .addIntegerOption((o) =>
          o.setName('attempts').setDescription('Attempts per student (1-5)').setMinValue(1).setMaxValue(5),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('close')
        .setDescription('Close an assignment now and post its summary')
        .addIntegerOption((o) =>
          o
            .setName('assignment')
            .setDescription('Which one (default: the latest open)')
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('results')
        .setDescription('Live counts, score distribution and most-missed points, with a chart')
        .addIntegerOption((o) =>
          o.setName('assignment').setDescription('Which one (default: the latest)').setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('report')
        .setDescription('A CSV of every submission (opens in a spreadsheet)')
        .addStringOption((o) =>
          o.setName('assignment').setDescription('An assignment, or all').setAutocomplete(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('import')
        .setDescription('Add your own questions from a YAML file')
        .addAttachmentOption((o) =>
          o.setName('file').setDescription('A .yaml file like content/questions/').setRequired(true),
        ),
    )
    .addSubcommand((s) => s.setName('questions').setDescription("List this server's own questions"))
    .addSubcommandGroup((g) =>
      g
        .setName('schedule')
        .setDescription('A daily question in this channel')
        .addSubcommand((s) =>
          s
            .setName('daily')
            .setDescription('Post one question a day at a local time')
            .addStringOption((o) =>
              o.setName('time').setDescription('24-hour HH:MM, e.g. 07:45').setRequired(true).setMaxLength(5),
            )
            .addStringOption((o) =>
              o
                .setName('timezone')
                .setDescription('IANA name, e.g. America/New_York')
                .setRequired(true)
                .setMaxLength(64),
            )
            .addStringOption((o) =>
              o.setName('topic').setDescription('Only this topic').setAutocomplete(true).setMaxLength(100),
            ),
        )
        .addSubcommand((s) => s.setName('off').setDescription('Stop the daily question')),
    ),
  help: 'teachers: class channels with assignments, results, CSV reports, own questions and a daily question',
  preconditions: [teacher],

  // Teacher replies are private; only an assignment's post is public.
  deferEphemeral: (interaction) => interaction.options.getSubcommand(false) !== 'assign',
  async execute(interaction, ctx) {
    if (interaction.options.getSubcommandGroup() === 'schedule') return schedule(interaction, ctx);
    switch (interaction.options.getSubcommand()) {
      case 'setup':
        return setup(interaction, ctx);
      case 'assign':
        return assign(interaction, ctx);
      case 'close':
        return close(interaction, ctx);
      case 'results':
        return showResults(interaction, ctx);
      case 'report':
        return reportCsv(interaction, ctx);
      case 'import':
        return importQuestions(interaction, ctx);
      case 'questions':
        return listQuestions(interaction, ctx);
    }
    throw new Error(`unknown /class subcommand ${interaction.options.getSubcommand()}`);
  },

  autocomplete: (interaction: AutocompleteInteraction, ctx: AppContext) =>
    classAutocomplete(interaction, ctx),

  onReady(client, ctx) {
    registerClassJobs(client, ctx);
  },

  components: {
    [ClassAction.answer]: onButton(
      async (interaction, [raw], ctx) => {
        const assignment = assignmentOf(ctx, interaction, raw);
        const now = ctx.clock.now().getTime();
        if (assignment.closedAt !== null || now >= assignment.dueAt) {
          await interaction.reply(
            ephemeral({ content: `⏰ This assignment closed ${discordTime(assignment.dueAt)}.` }),
          );
          return;
        }
        const repo = ctx.store.repo(classRepo);
        if (repo.submissionCount(assignment.id, interaction.user.id) >= assignment.attempts) {
          await interaction.reply(
            ephemeral({
              content: `You have used all your attempts (${assignment.attempts}); your latest one counts.`,
            }),
          );
          return;
        }
        const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
        if (!found) throw new UserError('The question of this assignment was removed; ask your teacher.');
        const modal = answerModalView(found.question, {});
        await interaction.showModal({
          ...modal,
          custom_id: customId(CLASS_COMMAND, ClassAction.submit, assignment.id),
          title: `Assignment #${assignment.id}`,
        });
      },
      // A modal must be the first response: the router never defers this button, even when a class presses at once.
      { opensModal: true, preconditions: [guildOnly] },
    ),

    [ClassAction.submit]: onModal(
      async (interaction, [raw], ctx) => {
        const assignment = assignmentOf(ctx, interaction, raw);
        const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
        const parts = found?.question.parts.length ?? 1;
        const texts = Array.from({ length: parts }, (_, i) =>
          interaction.fields.fields.has(answerFieldId(i))
            ? interaction.fields.getTextInputValue(answerFieldId(i))
            : '',
        );
        const outcome = submit(ctx, assignment.id, {
          guildId: interaction.guildId as string,
          userId: interaction.user.id,
          displayName: displayName(interaction as never),
          texts,
        });
        let view: MessageView;
        if (outcome.kind === 'late') view = lateView(outcome.dueAt, outcome.texts);
        else if (outcome.kind === 'used-up') view = usedUpView(outcome.attempts, outcome.texts);
        else if (outcome.kind === 'rejected') view = notGradedView(outcome.message, outcome.texts);
        else if (outcome.reveal === 'after-due')
          view = receiptView(assignment, outcome.attempt, outcome.attemptsLeft);
        else {
          const feedback = frqFeedbackView(
            found?.question as never,
            outcome.result,
            texts,
            {},
            { practice: false },
          );
          view = {
            ...feedback,
            content: submittedLine(outcome.attempt, assignment.attempts, outcome.attemptsLeft),
          };
        }
        await interaction.reply(ephemeral(view));
      },
      [guildOnly],
    ),

    [ClassAction.feedback]: onButton(
      async (interaction, [raw], ctx) => {
        const assignment = assignmentOf(ctx, interaction, raw);
        if (assignment.closedAt === null && assignment.reveal === 'after-due') {
          throw new UserError(
            `Feedback opens when the assignment closes ${discordTime(assignment.dueAt, 'R')}.`,
          );
        }
        const mine = feedbackFor(ctx, assignment, interaction.user.id);
        if (!mine) {
          await interaction.reply(ephemeral({ content: 'You did not submit an answer to this assignment.' }));
          return;
        }
        const view = frqFeedbackView(mine.question, mine.result, mine.texts, {}, { practice: false });
        await interaction.reply(
          ephemeral({
            ...view,
            content: `Your feedback on assignment #${assignment.id} (only you see this).`,
          }),
        );
      },
      [guildOnly],
    ),

    [ClassAction.close]: onButton(
      async (interaction, [raw], ctx) => {
        const assignment = assignmentOf(ctx, interaction, raw);
        if (assignment.channelId !== interaction.channelId)
          throw new UserError('That assignment belongs to another class.');
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        const closed = await closeAndPost(interaction.client, ctx, assignment.id);
        await interaction.editReply(
          closed
            ? `Closed assignment #${assignment.id}; the summary is posted.`
            : `Assignment #${assignment.id} was already closed.`,
        );
      },
      [teacher],
    ),

    [ClassAction.remove]: onButton(
      (interaction, [localId], ctx) => removeQuestion(interaction, localId ?? '', ctx),
      [teacher],
    ),
  },
} satisfies Command;
