import type { Token } from './tokenize.js';

/**
 * Pictured scenes. "Think of the windmill out in the pasture pumping water into the tank": a
 * sentence that sets up a picture ("think of", "picture", "imagine") and names no part of the
 * subject (no cell, membrane, receptor, channel, ion or transporter) describes the picture, not
 * the cell. A misconception is not read from such a sentence (the windmill's pumping is not the
 * cell pumping water); points still are, as they are from any sentence.
 */

/** Sentence numbers that are pictured scenes; undefined when none is. */
export function sceneSentences(tokens: readonly Token[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && (tokens[i - 1] as Token).sent === t.sent) continue;
    // The sentence's first word, after a filler ("so", "ok", "like", "just").
    let k = i;
    while (FILLERS.has((tokens[k] as Token | undefined)?.norm ?? '') && tokens[k + 1]?.sent === t.sent) k++;
    if (!opensPicture(tokens, k, t.sent)) continue;
    let subject = false;
    let j = k;
    for (; j < tokens.length && (tokens[j] as Token).sent === t.sent; j++)
      if (SUBJECT_WORDS.has((tokens[j] as Token).norm) && !everydayPump(tokens, j)) subject = true;
    if (subject) continue;
    out ??= new Set();
    out.add(t.sent);
  }
  return out;
}

/**
 * Whether token j is a pump of everyday life ("a fuel pump", "the windmill's water pump"): a word
 * before it that is neither an article nor a term of the subject ("the pump", "the Na+/K+ pump").
 */
function everydayPump(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (t.norm !== 'pump' && t.norm !== 'pumps') return false;
  const before = tokens[j - 1];
  return (
    before !== undefined &&
    before.sent === t.sent &&
    /^[a-z]+$/.test(before.norm) &&
    !before.info.article &&
    !SUBJECT_WORDS.has(before.norm) &&
    !POSSESSIVES.has(before.norm)
  );
}

/** Words that name a thing as an article does ("its pump"). */
const POSSESSIVES = new Set(['its', 'their', 'this', 'that', 'the', 'a', 'an']);

/** Whether "think of", "picture" or "imagine" opens the sentence at token k. */
function opensPicture(tokens: readonly Token[], k: number, sent: number): boolean {
  const w = tokens[k]?.norm;
  if (w === 'picture' || w === 'imagine') return true;
  return w === 'think' && tokens[k + 1]?.norm === 'of' && tokens[k + 1]?.sent === sent;
}

/** Words that may stand before the picture's opener. */
const FILLERS = new Set(['so', 'ok', 'okay', 'like', 'just', 'basically', 'um', 'well', 'alright']);

/**
 * Words that name a part of the subject: a sentence holding one ties its picture to the cell
 * ("Think of the receptor like a windmill pump"). Not "water", which a picture has of its own.
 */
const SUBJECT_WORDS = new Set(
  'cell cells rbc rbcs erythrocyte erythrocytes neuron neurons axon axons membrane membranes blood receptor receptors channel channels pump pumps na+ k+ cl- ca2+ na k sodium potassium chloride calcium ion ions ach acetylcholine atp solute solutes salt toxin neurotoxin ouabain gradient gradients postsynaptic presynaptic synapse cleft protein proteins'.split(
    ' ',
  ),
);
