/**
 * Cutting text to a length limit without breaking a character: Discord counts UTF-16 code units, but a cut at a
 * code-unit index can split an emoji's surrogate pair (which Discord refuses as invalid text) or separate a
 * letter from its accent, a flag's halves or a family emoji's members. Every cut here ends on a grapheme
 * boundary (`Intl.Segmenter`), so what is left is always whole characters.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest prefix of `text` made of whole graphemes and at most `max` UTF-16 code units. */
export function sliceGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  // Whether a boundary falls at position i depends only on the text before i and the character at i, so the
  // segmenter needs a little past the limit, not a million-character option.
  for (const { segment, index } of graphemes.segment(text.slice(0, max + 32))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Shortens to at most `max` UTF-16 code units, ending with `ellipsis` ("…") when cut, on a grapheme boundary. */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  return `${sliceGraphemes(text, Math.max(0, max - ellipsis.length)).trimEnd()}${ellipsis}`;
}
