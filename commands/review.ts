import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { questionsFor } from '../src/classes/question-source.js';
import type { Question } from '../src/content/question-schema.js';
import { type Command, onButton } from '../src/discord/command.js';
import { frqQuestionView, mcqQuestionView } from '../src/discord/views/quiz-question.js';
import {
  nothingToReviewView,
  REVIEW_COMMAND,
  ReviewAction,
  reviewReason,
  termRatedView,
  termReviewView,
} from '../src/discord/views/review.js';
import { UserError } from '../src/errors.js';
import type { QuestionCatalog } from '../src/quiz/catalog.js';
import { DM_GUILD, nextReview, noteGiven, recordTermView, reviewTerm } from '../src/study/index.js';

function questionView(catalog: QuestionCatalog, question: Question) {
  if (question.kind === 'mcq') return mcqQuestionView(question, {});
  const rubric = catalog.frq(question.id)?.rubric;
  if (!rubric) throw new Error(`FRQ "${question.id}" has no rubric`);
  return frqQuestionView(question, rubric.maxScore, {});
}

function rateTerm(remembered: boolean) {
  return onButton(async (interaction, [termId], ctx) => {
    const term = termId === undefined ? undefined : ctx.content.termIndex.get(termId);
    if (!term) throw new UserError('That card is no longer in the content pack. Run `/review` again.');
    const key = { guildId: interaction.guildId ?? DM_GUILD, userId: interaction.user.id };
    const due = reviewTerm(ctx, key, term.id, remembered, ctx.clock.now().getTime());
    await interaction.update(termRatedView(term, due, remembered));
  });
}

/** `/review [mode]`: spaced review (FSRS): what is due first, then new questions under a daily cap. */
export const review = {
  data: new SlashCommandBuilder()
    .setName(REVIEW_COMMAND)
    .setDescription('Spaced review: the questions and cards due for you, then a few new ones')
    .addStringOption((option) =>
      option
        .setName('mode')
        .setDescription('What to review (default: what is due)')
        .addChoices(
          { name: 'What is due (then new questions)', value: 'due' },
          { name: 'Only questions I got wrong last time', value: 'mistakes' },
        ),
    ),
  help: 'spaced review of what is due for you; mode:mistakes for only what you last got wrong',

  deferEphemeral: true,
  async execute(interaction, ctx) {
    const mistakes = interaction.options.getString('mode') === 'mistakes';
    const now = ctx.clock.now();
    const key = { guildId: interaction.guildId ?? DM_GUILD, userId: interaction.user.id };
    // The server's own questions too: a missed imported question comes back like any other.
    const catalog = questionsFor(ctx, interaction.guildId);
    const item = nextReview(
      ctx,
      catalog,
      (id) => ctx.content.termIndex.get(id) !== undefined,
      key,
      mistakes ? 'mistakes' : 'due',
      now,
    );
    if (item.kind === 'none') {
      await interaction.reply({ ...nothingToReviewView(item, mistakes), flags: MessageFlags.Ephemeral });
      return;
    }
    if (item.kind === 'term') {
      const term = ctx.content.termIndex.get(item.termId);
      if (!term) throw new Error(`term ${item.termId} vanished`);
      recordTermView(ctx, key, term.id, now.getTime());
      await interaction.reply({ ...termReviewView(term), flags: MessageFlags.Ephemeral });
      return;
    }
    const question = catalog.get(item.questionId);
    if (!question) throw new Error(`question ${item.questionId} vanished`);
    // Remembered as given by /review, so the answer is recorded with source "review".
    noteGiven(ctx.store, key, question.id, now.getTime(), 'review');
    const view = questionView(catalog, question);
    // Private like the rest of /review: a review deck is the student's own, and "you missed this last
    // time" is not for the whole channel (it also matches the deferral, which is private).
    await interaction.reply({
      ...view,
      content: reviewReason(item.reason),
      allowedMentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  },

  components: {
    [ReviewAction.knew]: rateTerm(true),
    [ReviewAction.forgot]: rateTerm(false),
  },
} satisfies Command;
