import { isChangeWord, isGrammar } from './label-compiler.js';
import { oppositesOf } from './label-opposites.js';
import { stemOf } from './stem.js';

/**
 * "The probability of type AB is 1/4 (25%)", under a part that asks "Predict the probability that
 * the couple's next child has type AB blood": in that part's box the answer is "1/4", and the
 * label's "probability" and "type AB" are the question's words, not the student's to repeat
 * (teacher set 17's labels alone missed 64 bare numbers). The label without the words it shares
 * with its part's prompt; undefined when it shares none, or when nothing of its own would be left.
 */
export function withoutPartWords(label: string, partPrompt: string): string | undefined {
  if (partPrompt.trim() === '') return undefined;
  const promptWords = new Set(words(partPrompt));
  const prompt = new Set([...promptWords].map(stemOf));
  // "Identify which part is hydrophilic and which is hydrophobic": a word whose opposite the prompt
  // names too is the choice the part asks for, the answer itself (teacher set 19's "The head is
  // hydrophilic" had been earned by "the head is hydrophobic" with "hydrophilic" dropped).
  const asked = (w: string) => oppositesOf([w], new Set()).some((o) => promptWords.has(o));
  const kept: string[] = [];
  let dropped = 0;
  let own = 0;
  for (const raw of label.split(/\s+/)) {
    const w = raw.toLowerCase().replace(/[^a-z0-9']/g, '');
    if (w.length > 1 && !isGrammar(w) && /[a-z]/.test(w) && prompt.has(stemOf(w)) && !asked(w)) {
      dropped++;
      // Keep the punctuation that ends a clause or opens a parenthesis.
      const marks = raw.replace(/[A-Za-z0-9'’]/g, '');
      if (marks !== '') kept.push(marks);
      continue;
    }
    // A change alone is no statement: "The population decreases" under a part about the population
    // would be "decreases", met by "the carrying capacity goes down" (teacher set 14's writers).
    if (w !== '' && !isGrammar(w) && !isChangeWord(w)) own++;
    kept.push(raw);
  }
  return dropped === 0 || own === 0 ? undefined : kept.join(' ');
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length > 1 && !isGrammar(w));
}
