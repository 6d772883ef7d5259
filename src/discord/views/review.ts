import { ButtonStyle } from 'discord-api-types/v10';
import type { Term } from '../../content/term-schema.js';
import type { NothingToReview } from '../../study/index.js';
import { customId } from '../custom-id.js';
import { escapeMarkdown } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';

export const REVIEW_COMMAND = 'review';
export const ReviewAction = { knew: 'knew', forgot: 'forgot' } as const;

/** A due term card: the name, the definition behind a spoiler, and how it went. */
export function termReviewView(term: Term): MessageView {
  return {
    embeds: [
      {
        title: `Review: ${term.name}`,
        color: 0x3ba55c,
        description: `Say what **${escapeMarkdown(term.name)}** means, then reveal:\n||${escapeMarkdown(term.definition)}||`,
        footer: { text: 'This card came back because a quiz point that depends on it was missed.' },
      },
    ],
    components: buttonRows([
      button(customId(REVIEW_COMMAND, ReviewAction.knew, term.id), 'I knew it', ButtonStyle.Success),
      button(customId(REVIEW_COMMAND, ReviewAction.forgot, term.id), 'I forgot', ButtonStyle.Secondary),
    ]),
  };
}

/** After rating a term card: when it comes back. */
export function termRatedView(term: Term, due: number, remembered: boolean): MessageView {
  return {
    content: `${remembered ? 'Nice.' : 'No problem, it will come back soon.'} **${escapeMarkdown(term.name)}** is next due <t:${Math.floor(due / 1000)}:R>. \`/review\` for the next item.`,
    embeds: [],
    components: [],
  };
}

/** Nothing to review right now. */
export function nothingToReviewView(nothing: NothingToReview, mistakes: boolean): MessageView {
  if (mistakes) {
    return { content: 'No mistakes to go over: every question you answered last time earned full marks. 🎉' };
  }
  const next =
    nothing.nextDue === undefined ? '' : ` The next item is due <t:${Math.floor(nothing.nextDue / 1000)}:R>.`;
  const why = nothing.newCapReached
    ? "Nothing is due and you have had today's new questions."
    : 'Nothing is due and there are no new questions left.';
  return { content: `${why}${next} Try \`/quiz\` for free practice.` };
}

/** The line above a question /review serves, saying why it came up. */
export function reviewReason(reason: 'due' | 'new' | 'mistake'): string {
  if (reason === 'due') return '🔁 Due for review';
  if (reason === 'mistake') return '🔁 You missed something here last time';
  return '🆕 A new question for your review deck';
}
