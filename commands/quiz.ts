import {
  type ButtonInteraction,
  type InteractionReplyOptions,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import type { FrqQuestion, McqQuestion, Question } from '../src/content/question-schema.js';
import type { AppContext } from '../src/context.js';
import { type Command, onButton, onModal } from '../src/discord/command.js';
import type { MessageView } from '../src/discord/views/payload.js';
import {
  answerRejectedView,
  frqFeedbackView,
  mcqFeedbackView,
  modelAnswerView,
} from '../src/discord/views/quiz-feedback.js';
import { parseQuizArgs, QUIZ_COMMAND, QuizAction, type QuizIdArgs } from '../src/discord/views/quiz-ids.js';
import {
  answerFieldId,
  answerModalView,
  frqQuestionView,
  mcqQuestionView,
  noQuestionView,
  unknownTopicView,
} from '../src/discord/views/quiz-question.js';
import { UserError } from '../src/errors.js';
import {
  answerFrq,
  answerMcq,
  type QuestionKind,
  type QuizFilter,
  suggestTopics,
  type TopicTarget,
} from '../src/quiz/index.js';
import {
  answerText,
  DM_GUILD,
  draftFor,
  frqGrade,
  mcqGrade,
  noteGiven,
  pickForQuiz,
  recordAttempt,
  saveDraft,
  sourceOf,
} from '../src/study/index.js';

/** Discord shows at most 25 autocomplete choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

const STALE_QUESTION = 'That question is no longer in the question bank. Run `/quiz` for a fresh one.';

/** Ephemeral reply options around a view; student text inside never pings. */
function ephemeral(view: MessageView): InteractionReplyOptions {
  return { ...view, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

function publicReply(view: MessageView): InteractionReplyOptions {
  return { ...view, allowedMentions: { parse: [] } };
}

/** The filter that travels in buttons: a single question asked for by name is not a topic to stay on. */
function carryOf(target: TopicTarget | undefined, kind: QuestionKind | undefined): QuizFilter {
  return { topic: target && target.kind !== 'question' ? target.key : undefined, kind };
}

function questionView(ctx: AppContext, question: Question, carry: QuizFilter): MessageView {
  if (question.kind === 'mcq') return mcqQuestionView(question, carry);
  const rubric = ctx.content.questions.frq(question.id)?.rubric;
  if (!rubric) throw new Error(`FRQ "${question.id}" has no rubric`);
  return frqQuestionView(question, rubric.maxScore, carry);
}

/** Who is answering: the server (or DM) and the user. */
function memberOf(interaction: { guildId: string | null; user: { id: string } }) {
  return { guildId: interaction.guildId, userId: interaction.user.id };
}

/**
 * Picks a question for the member under `filter`: without a topic, a due or weak one first; never
 * what they just had (or `avoid`) while another fits. Remembered in the store, so a restart keeps it.
 */
function pickFor(
  ctx: AppContext,
  member: ReturnType<typeof memberOf>,
  filter: QuizFilter,
  avoid?: string,
): Question | undefined {
  const now = ctx.clock.now();
  const key = { guildId: member.guildId ?? DM_GUILD, userId: member.userId };
  const question = pickForQuiz(ctx, ctx.content.questions, key, filter, now, avoid);
  if (question) noteGiven(ctx.store, member, question.id, now.getTime());
  return question;
}

/** The question's topics that are term cards: they come back for review when a point is missed. */
function termIdsOf(ctx: AppContext, question: Question): string[] {
  return question.topics.filter((t) => ctx.content.termIndex.get(t) !== undefined);
}

function argsOf(args: readonly string[]): QuizIdArgs {
  const parsed = parseQuizArgs(args);
  if (!parsed) throw new UserError(STALE_QUESTION);
  return parsed;
}

function frqOf(ctx: AppContext, id: string): FrqQuestion {
  const found = ctx.content.questions.frq(id);
  if (!found) throw new UserError(STALE_QUESTION);
  return found.question;
}

function mcqOf(ctx: AppContext, id: string): McqQuestion {
  const found = ctx.content.questions.mcq(id);
  if (!found) throw new UserError(STALE_QUESTION);
  return found;
}

function kindOption(value: string | null): QuestionKind | undefined {
  return value === 'frq' || value === 'mcq' ? value : undefined;
}

/** Opens the answer form, refilled with the student's last answer to this question if any. */
async function openAnswerForm(interaction: ButtonInteraction, args: readonly string[], ctx: AppContext) {
  const { questionId, filter } = argsOf(args);
  const question = frqOf(ctx, questionId);
  const previous = draftFor(ctx.store, memberOf(interaction), question.id, ctx.clock.now().getTime());
  await interaction.showModal(answerModalView(question, filter, previous));
}

/** `/quiz [topic] [kind]`: a practice question; FRQs are graded against their rubric with reasons. */
export const quiz = {
  data: new SlashCommandBuilder()
    .setName(QUIZ_COMMAND)
    .setDescription('Practice with an AP Biology question: written answers are graded point by point')
    .addStringOption((option) =>
      option
        .setName('topic')
        .setDescription('A topic or unit (pick from the list), or leave empty for any')
        .setMaxLength(CHOICE_MAX)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      option
        .setName('kind')
        .setDescription('Free response (written, graded by rubric) or multiple choice')
        .addChoices(
          { name: 'Free response (write an explanation)', value: 'frq' },
          { name: 'Multiple choice', value: 'mcq' },
        ),
    ),
  help: 'practice question by topic or unit; written answers get point-by-point feedback',

  async execute(interaction, ctx) {
    const catalog = ctx.content.questions;
    const typed = interaction.options.getString('topic')?.trim() || undefined;
    const kind = kindOption(interaction.options.getString('kind'));
    let target: TopicTarget | undefined;
    if (typed !== undefined) {
      target = catalog.target(typed) ?? catalog.resolveTopic(typed);
      if (!target) {
        await interaction.reply(ephemeral(unknownTopicView(typed, catalog.topicsWith(kind))));
        return;
      }
    }
    const question = pickFor(ctx, memberOf(interaction), { topic: target?.key, kind });
    if (!question) {
      await interaction.reply(ephemeral(noQuestionView(target, kind, catalog.topicsWith(kind))));
      return;
    }
    await interaction.reply(publicReply(questionView(ctx, question, carryOf(target, kind))));
  },

  async autocomplete(interaction, ctx) {
    const catalog = ctx.content.questions;
    const kind = kindOption(interaction.options.getString('kind'));
    const targets = catalog.targets.filter(
      (t) => kind === undefined || catalog.matching({ topic: t.key, kind }).length > 0,
    );
    const choices = suggestTopics(targets, interaction.options.getFocused(), MAX_CHOICES).map((t) => {
      const count =
        kind === undefined ? t.questionIds.length : catalog.matching({ topic: t.key, kind }).length;
      const question = t.kind === 'question' ? catalog.get(t.key) : undefined;
      const name = question
        ? `Question: ${t.name} (${question.kind === 'frq' ? 'free response' : 'multiple choice'})`
        : `${t.name} (${count} question${count === 1 ? '' : 's'})`;
      return { name: name.length > CHOICE_MAX ? `${name.slice(0, CHOICE_MAX - 1)}…` : name, value: t.key };
    });
    await interaction.respond(choices);
  },

  components: {
    [QuizAction.answer]: onButton(openAnswerForm),
    [QuizAction.retry]: onButton(openAnswerForm),

    [QuizAction.submit]: onModal(async (interaction, args, ctx) => {
      const { questionId, filter } = argsOf(args);
      const found = ctx.content.questions.frq(questionId);
      if (!found) throw new UserError(STALE_QUESTION);
      const { question, rubric } = found;
      // A form opened before the question gained a part lacks that field: treat it as unanswered.
      const texts = question.parts.map((_, i) =>
        interaction.fields.fields.has(answerFieldId(i))
          ? interaction.fields.getTextInputValue(answerFieldId(i))
          : '',
      );
      // Saved before checking, so even a refused answer comes back on "Try again", after a restart too.
      saveDraft(ctx.store, memberOf(interaction), question.id, texts, ctx.clock.now().getTime());
      const outcome = answerFrq(question, rubric, texts);
      if (outcome.kind === 'graded') {
        // Stored before the feedback is sent: feedback the student saw is always in the database.
        recordAttempt(ctx, {
          guildId: interaction.guildId,
          userId: interaction.user.id,
          questionId: question.id,
          kind: 'frq',
          source: sourceOf(ctx.store, memberOf(interaction), question.id),
          answer: answerText(texts),
          ...frqGrade(outcome.result),
          termIds: termIdsOf(ctx, question),
        });
      }
      const view =
        outcome.kind === 'graded'
          ? frqFeedbackView(question, outcome.result, texts, filter)
          : answerRejectedView(question, outcome.message, texts, filter);
      await interaction.reply(ephemeral(view));
    }),

    [QuizAction.model]: onButton(async (interaction, args, ctx) => {
      const { questionId } = argsOf(args);
      await interaction.reply(ephemeral(modelAnswerView(frqOf(ctx, questionId))));
    }),

    [QuizAction.next]: onButton(async (interaction, args, ctx) => {
      const { questionId, filter } = argsOf(args);
      const catalog = ctx.content.questions;
      // A topic that vanished from the pack falls back to any topic rather than to nothing.
      const topic = filter.topic !== undefined && catalog.target(filter.topic) ? filter.topic : undefined;
      const carry = { topic, kind: filter.kind };
      const question = pickFor(ctx, memberOf(interaction), carry, questionId);
      if (!question) {
        const target = topic === undefined ? undefined : catalog.target(topic);
        await interaction.reply(
          ephemeral(noQuestionView(target, filter.kind, catalog.topicsWith(filter.kind))),
        );
        return;
      }
      await interaction.reply(publicReply(questionView(ctx, question, carry)));
    }),

    [QuizAction.choose]: onButton(async (interaction, args, ctx) => {
      const { questionId, filter, extra } = argsOf(args);
      const question = mcqOf(ctx, questionId);
      const result = extra === undefined ? undefined : answerMcq(question, extra);
      if (!result) throw new UserError(STALE_QUESTION);
      recordAttempt(ctx, {
        guildId: interaction.guildId,
        userId: interaction.user.id,
        questionId: question.id,
        kind: 'mcq',
        source: sourceOf(ctx.store, memberOf(interaction), question.id),
        ...mcqGrade(result),
        termIds: termIdsOf(ctx, question),
      });
      await interaction.reply(ephemeral(mcqFeedbackView(question, result, filter)));
    }),
  },
} satisfies Command;
