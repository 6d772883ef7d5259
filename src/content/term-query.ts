/**
 * How students phrase a lookup beyond a bare term: "what is osmosis", "define osmosis", "osmosis?",
 * "depolarization vs repolarization". Works on folded text (see fold.ts: lower case, punctuation as spaces),
 * so "What's osmosis?" arrives here as "what s osmosis".
 */

/** Question and command wording in front of a term, longest first so "what is the" beats "what is". */
const LEADING = [
  /^(?:can you |could you |please )?(?:define|explain|describe)(?: what)?(?: is| are)? /,
  /^what (?:is|are|s|does|do) /,
  /^whats /,
  /^(?:the )?(?:definition|meaning) of /,
  /^tell me about /,
  /^how does /,
];
/** Wording after a term: "what does ACh mean", "osmosis definition". */
const TRAILING = [/ (?:mean|means|definition|meaning|work|works)$/];
const ARTICLE = /^(?:a|an|the) /;

/**
 * The term inside question-like wording, or the text unchanged when there is none. Only wording is removed,
 * never the last word, so "define" alone stays "define".
 */
export function stripQuestionWording(folded: string): string {
  let text = folded;
  for (const pattern of LEADING) {
    const next = text.replace(pattern, '');
    if (next !== text && next.trim() !== '') {
      text = next;
      break;
    }
  }
  for (const pattern of TRAILING) {
    const next = text.replace(pattern, '');
    if (next.trim() !== '') text = next;
  }
  const bare = text.replace(ARTICLE, '');
  return bare.trim() === '' ? text : bare;
}

/** Words that join two terms being compared: "x vs y", "x versus y", "x compared to y", "x or y". */
const SEPARATORS = [' vs ', ' v ', ' versus ', ' compared to ', ' compared with ', ' or '];

/**
 * The two sides of a comparison ("depolarization vs repolarization", "difference between x and y"), or
 * undefined when the text does not read as one.
 */
export function splitComparison(folded: string): [string, string] | undefined {
  const between = /^(?:what is |what s |whats )?(?:the )?differences? between (.+?) and (.+)$/.exec(folded);
  if (between) return [between[1] as string, between[2] as string];
  const text = stripQuestionWording(folded);
  for (const separator of SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0) {
      const left = text.slice(0, at).trim();
      const right = text.slice(at + separator.length).trim();
      if (left && right) return [left, right];
    }
  }
  return undefined;
}
