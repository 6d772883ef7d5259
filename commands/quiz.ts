import {
  type ButtonInteraction,
  type InteractionReplyOptions,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import { questionsFor } from '../src/classes/question-source.js';
import type { FrqQuestion, McqQuestion, Question } from '../src/content/question-schema.js';
import type { AppContext } from '../src/context.js';
import { CHOICE_MAX, MAX_CHOICES } from '../src/discord/autocomplete-limits.js';
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
  privateQuestionView,
  unknownTopicView,
} from '../src/discord/views/quiz-question.js';
import { UserError } from '../src/errors.js';
import {
  answerFrq,
  answerMcq,
  fitDraft,
  type QuestionCatalog,
  type QuestionKind,
  type QuizFilter,
  TopicSearch,
  type TopicTarget,
} from '../src/quiz/index.js';
import { choiceOrder, isChoiceOrder } from '../src/quiz/mcq-order.js';
import {
  answerText,
  DM_GUILD,
  draftFor,
  firstChoiceOnPost,
  frqGrade,
  mcqGrade,
  noteGiven,
  pickForQuiz,
  practicePostRef,
  recordAttempt,
  saveDraft,
  sourceOf,
} from '../src/study/index.js';

import { truncateText } from '../src/text/truncate.js';

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

/**
 * /define's search over the topics of one catalog: the pack's, or a server's with its imported
 * questions (a teacher's "natural selection" tag or "pesticide-resistance" id was not found when the
 * search knew only the pack). Built once per catalog; a server's catalog is rebuilt after an import.
 */
const topicSearches = new WeakMap<QuestionCatalog, TopicSearch>();
function topicSearchOf(ctx: AppContext, catalog: QuestionCatalog): TopicSearch {
  let search = topicSearches.get(catalog);
  if (!search) {
    search = new TopicSearch(catalog.targets, ctx.content.terms);
    topicSearches.set(catalog, search);
  }
  return search;
}

function questionView(
  ctx: AppContext,
  question: Question,
  carry: QuizFilter,
  guildId: string | null,
): MessageView {
  if (question.kind === 'mcq') return mcqQuestionView(question, carry, choiceOrder(question, ctx.random));
  const rubric = questionsFor(ctx, guildId).frq(question.id)?.rubric;
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
  const question = pickForQuiz(ctx, questionsFor(ctx, member.guildId), key, filter, now, avoid);
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

function frqOf(ctx: AppContext, id: string, guildId: string | null): FrqQuestion {
  const found = questionsFor(ctx, guildId).frq(id);
  if (!found) throw new UserError(STALE_QUESTION);
  return found.question;
}

function mcqOf(ctx: AppContext, id: string, guildId: string | null): McqQuestion {
  const found = questionsFor(ctx, guildId).mcq(id);
  if (!found) throw new UserError(STALE_QUESTION);
  return found;
}

function kindOption(value: string | null): QuestionKind | undefined {
  return value === 'frq' || value === 'mcq' ? value : undefined;
}

/** Opens the answer form, refilled with the student's last answer to this question if any. */
async function openAnswerForm(interaction: ButtonInteraction, args: readonly string[], ctx: AppContext) {
  const { questionId, filter } = argsOf(args);
  const question = frqOf(ctx, questionId, interaction.guildId);
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
  help: 'a practice question; written answers get point-by-point feedback. `/quiz`, `/quiz topic:osmosis kind:mcq`, `/quiz topic:unit-4`',

  async execute(interaction, ctx) {
    const catalog = questionsFor(ctx, interaction.guildId);
    const typed = interaction.options.getString('topic')?.trim() || undefined;
    const kind = kindOption(interaction.options.getString('kind'));
    let target: TopicTarget | undefined;
    if (typed !== undefined) {
      target = catalog.target(typed) ?? topicSearchOf(ctx, catalog).resolve(typed);
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
    await interaction.reply(
      publicReply(questionView(ctx, question, carryOf(target, kind), interaction.guildId)),
    );
  },

  async autocomplete(interaction, ctx) {
    const catalog = questionsFor(ctx, interaction.guildId);
    const kind = kindOption(interaction.options.getString('kind'));
    const keep = (t: TopicTarget) =>
      kind === undefined || catalog.matching({ topic: t.key, kind }).length > 0;
    const found = topicSearchOf(ctx, catalog).suggest(interaction.options.getFocused(), MAX_CHOICES, keep);
    const choices = found.map((t) => {
      const count =
        kind === undefined ? t.questionIds.length : catalog.matching({ topic: t.key, kind }).length;
      const question = t.kind === 'question' ? catalog.get(t.key) : undefined;
      const name = question
        ? `Question: ${t.name} (${question.kind === 'frq' ? 'free response' : 'multiple choice'})`
        : `${t.name} (${count} question${count === 1 ? '' : 's'})`;
      return { name: truncateText(name, CHOICE_MAX), value: t.key };
    });
    await interaction.respond(choices);
  },

  components: {
    [QuizAction.answer]: onButton(openAnswerForm, { opensModal: true }),
    [QuizAction.retry]: onButton(openAnswerForm, { opensModal: true }),

    [QuizAction.submit]: onModal(async (interaction, args, ctx) => {
      const { questionId, filter } = argsOf(args);
      const found = questionsFor(ctx, interaction.guildId).frq(questionId);
      if (!found) throw new UserError(STALE_QUESTION);
      const { question, rubric } = found;
      // A form opened before the question gained a part lacks that field: treat it as unanswered.
      const texts = question.parts.map((_, i) =>
        interaction.fields.fields.has(answerFieldId(i))
          ? interaction.fields.getTextInputValue(answerFieldId(i))
          : '',
      );
      // Saved before checking, so even a refused answer comes back on "Try again", after a restart too.
      saveDraft(ctx.store, memberOf(interaction), question.id, fitDraft(texts), ctx.clock.now().getTime());
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
      await interaction.reply(ephemeral(modelAnswerView(frqOf(ctx, questionId, interaction.guildId))));
    }),

    [QuizAction.next]: onButton(async (interaction, args, ctx) => {
      const { questionId, filter } = argsOf(args);
      const catalog = questionsFor(ctx, interaction.guildId);
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
      // The student's own practice stays private; they can post it with a button.
      await interaction.reply(
        ephemeral(
          privateQuestionView(questionView(ctx, question, carry, interaction.guildId), question.id, carry),
        ),
      );
    }),

    [QuizAction.post]: onButton(async (interaction, args, ctx) => {
      const { questionId, filter } = argsOf(args);
      const question = questionsFor(ctx, interaction.guildId).get(questionId);
      if (!question) throw new UserError(STALE_QUESTION);
      await interaction.reply(publicReply(questionView(ctx, question, filter, interaction.guildId)));
    }),

    [QuizAction.choose]: onButton(async (interaction, args, ctx) => {
      const { questionId, filter, extra, order } = argsOf(args);
      const question = mcqOf(ctx, questionId, interaction.guildId);
      const result = extra === undefined ? undefined : answerMcq(question, extra);
      if (!result) throw new UserError(STALE_QUESTION);
      // The first press on this post counts (and is recorded, so it still counts after a restart);
      // later ones only explain.
      const earlier = firstChoiceOnPost(ctx.store, interaction.user.id, interaction.message.id);
      if (earlier === undefined) {
        recordAttempt(ctx, {
          guildId: interaction.guildId,
          userId: interaction.user.id,
          questionId: question.id,
          kind: 'mcq',
          source: sourceOf(ctx.store, memberOf(interaction), question.id),
          sourceRef: practicePostRef(interaction.message.id),
          ...mcqGrade(result),
          termIds: termIdsOf(ctx, question),
        });
      }
      const counted = earlier === undefined ? undefined : answerMcq(question, earlier);
      const press = {
        order: isChoiceOrder(question, order) ? order : question.choices.map((_, i) => i),
        ...(counted ? { counted } : {}),
      };
      await interaction.reply(ephemeral(mcqFeedbackView(question, result, filter, press)));
    }),
  },
} satisfies Command;
