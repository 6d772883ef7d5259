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
  pickQuestion,
  type QuestionKind,
  type QuizFilter,
  QuizMemory,
  suggestTopics,
  type TopicTarget,
} from '../src/quiz/index.js';
import { answerText, frqGrade, mcqGrade, recordAttempt } from '../src/study/index.js';

/** Discord shows at most 25 autocomplete choices, each name at most 100 characters. */
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

/**
 * Per-app memory (recent questions, last answers), keyed by the app's context so two bots in one
 * process never share it and it goes away with the app.
 */
const memories = new WeakMap<AppContext, QuizMemory>();
function memoryOf(ctx: AppContext): QuizMemory {
  let memory = memories.get(ctx);
  if (!memory) {
    memory = new QuizMemory();
    memories.set(ctx, memory);
  }
  return memory;
}

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

/** Picks a question for `userId` under `filter`, avoiding what they just had (and `avoid`). */
function pickFor(ctx: AppContext, userId: string, filter: QuizFilter, avoid?: string): Question | undefined {
  const memory = memoryOf(ctx);
  const recent = avoid === undefined ? memory.recent(userId) : [avoid, ...memory.recent(userId)];
  const question = pickQuestion(ctx.content.questions.matching(filter), recent, ctx.random);
  if (question) memory.gave(userId, question.id);
  return question;
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
  const previous = memoryOf(ctx).draft(interaction.user.id, question.id);
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
    const question = pickFor(ctx, interaction.user.id, { topic: target?.key, kind });
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
      const memory = memoryOf(ctx);
      // Saved before checking, so even a refused answer comes back on "Try again".
      memory.saveDraft(interaction.user.id, question.id, texts);
      memory.gave(interaction.user.id, question.id);
      const outcome = answerFrq(question, rubric, texts);
      if (outcome.kind === 'graded') {
        // Stored before the feedback is sent: feedback the student saw is always in the database.
        recordAttempt(ctx, {
          guildId: interaction.guildId,
          userId: interaction.user.id,
          questionId: question.id,
          kind: 'frq',
          source: 'quiz',
          answer: answerText(texts),
          ...frqGrade(outcome.result),
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
      const question = pickFor(ctx, interaction.user.id, carry, questionId);
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
      memoryOf(ctx).gave(interaction.user.id, question.id);
      recordAttempt(ctx, {
        guildId: interaction.guildId,
        userId: interaction.user.id,
        questionId: question.id,
        kind: 'mcq',
        source: 'quiz',
        ...mcqGrade(result),
      });
      await interaction.reply(ephemeral(mcqFeedbackView(question, result, filter)));
    }),
  },
} satisfies Command;
