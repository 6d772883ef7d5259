/**
 * Helpers for putting user-typed text into a message. Our own content (term cards) is trusted and
 * may use Markdown; anything a user typed goes through {@link safeUserText} first.
 */

import { truncateText } from '../../text/truncate.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** Backslash-escapes Discord Markdown (bold, italics, code, spoilers, quotes, headings, links, lists). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]()<>#]/g, '\\$&')
    .replace(/^(\s*)([>-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.');
}

/**
 * Breaks every mention form so it renders as plain text even if allowedMentions were ever wrong:
 * @everyone, @here, <@id>, <@!id>, <@&role>, <#channel>, </cmd:id>.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#/])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Shortens to at most `max` characters, ending with "…" when cut, never inside a character (see src/text/). */
export function truncate(text: string, max: number): string {
  return truncateText(text, max);
}

/**
 * User text made safe to show inline: one line, trimmed to `max` characters, mentions broken and
 * Markdown escaped (mentions first, so the escaping does not hide the "<@" pattern).
 */
export function safeUserText(text: string, max = 100): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return escapeMarkdown(neutraliseMentions(truncate(oneLine, max)));
}

/**
 * A student's multi-line text as a Markdown block quote: escaped, mentions broken, cut to `max`
 * characters, every line prefixed with "> " so the quote cannot be ended from inside.
 */
export function quoteUserText(text: string, max = 1000): string {
  const cut = truncate(text.replace(/\r\n?/g, '\n').trim(), max);
  return cut
    .split('\n')
    .map((line) => `> ${escapeMarkdown(neutraliseMentions(line))}`)
    .join('\n');
}
