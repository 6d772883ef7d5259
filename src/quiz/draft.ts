import { MAX_PART_CHARS } from '../grading/index.js';
import { sliceGraphemes } from '../text/truncate.js';

/**
 * An answer made fit to keep as a draft: each part at most {@link MAX_PART_CHARS} characters (what the answer
 * form accepts), cut between characters. Checked before storing, so a refused, oversized answer never occupies
 * more than a form's worth of memory or storage, and "Try again" refills the form with what it can hold.
 */
export function fitDraft(texts: readonly string[]): string[] {
  return texts.map((text) => sliceGraphemes(text, MAX_PART_CHARS));
}
