import type { Token } from './tokenize.js';

/**
 * Pictured scenes. "Think of the windmill out in the pasture pumping water into the tank": a
 * sentence that sets up a picture ("think of", "picture", "imagine", "it's like") and names no part of the
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
    const k = firstWord(tokens, i);
    const opener = opensPicture(tokens, k, t.sent);
    if (opener === NONE) continue;
    let subject = false;
    for (let j = k; j < tokens.length && (tokens[j] as Token).sent === t.sent; j++) {
      const w = tokens[j] as Token;
      if (SUBJECT_WORDS.has(w.norm) && !everydayPump(tokens, j)) subject = true;
      // "It's like the cattle guard at the rest stop, it just lets things pass one way and doesn't
      // need any energy" (stored batch ES): after a comparison, a clause opened by "it" goes back to
      // what was compared, the subject itself.
      if (
        opener === COMPARISON &&
        j > k &&
        (tokens[j - 1] as Token).clause !== w.clause &&
        PRONOUNS.has(w.norm)
      )
        subject = true;
    }
    if (subject) continue;
    out ??= new Set();
    out.add(t.sent);
  }
  return out;
}

/**
 * Sentence numbers that open a picture or a comparison ("Think of the stock tank …", "It's like
 * …"), whether or not they go on to name a part of the cell; undefined when none does.
 */
export function pictureSentences(tokens: readonly Token[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && (tokens[i - 1] as Token).sent === t.sent) continue;
    if (opensPicture(tokens, firstWord(tokens, i), t.sent) === NONE) continue;
    out ??= new Set();
    out.add(t.sent);
  }
  return out;
}

/** The sentence's first word from token i, after a filler ("so", "ok", "like", "just"). */
function firstWord(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  let k = i;
  while (FILLERS.has((tokens[k] as Token | undefined)?.norm ?? '') && tokens[k + 1]?.sent === sent) k++;
  return k;
}

/**
 * Whether token j is a pump of everyday life ("a fuel pump", "the windmill's water pump"): a word
 * before it that is neither an article nor a term of the subject ("the pump", "the Na+/K+ pump").
 */
function everydayPump(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (!PUMPS.has(t.norm)) return false;
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

/** The word "pump", singular or plural (also read by analogy-gloss.ts). */
export const PUMPS: ReadonlySet<string> = new Set(['pump', 'pumps']);

/** Words that name a thing as an article does ("its pump"). */
const POSSESSIVES = new Set(['its', 'their', 'this', 'that', 'the', 'a', 'an']);

/**
 * Whether a picture opens the sentence at token k: "think of", "picture", "imagine", a comparison
 * ("It's like the park fountain pump pushing water up …", "this is kind of like …", "it is similar
 * to …"; blind batch FI's pre-registered analogies, probed before it was written), or "like a …"
 * after the fillers.
 */
function opensPicture(tokens: readonly Token[], k: number, sent: number): Opener {
  const at = (j: number): string => (tokens[j]?.sent === sent ? (tokens[j] as Token).norm : '');
  const w = at(k);
  if (w === 'picture' || w === 'imagine') return PICTURE;
  if (w === 'think') return at(k + 1) === 'of' ? PICTURE : NONE;
  if ((w === 'a' || w === 'an') && at(k - 1) === 'like') return COMPARISON;
  if (!POINTERS.has(w)) return NONE;
  let j = k + 1;
  if (at(j) === 'is' || at(j) === 'was') j++;
  if ((at(j) === 'kind' || at(j) === 'sort') && at(j + 1) === 'of') j += 2;
  return at(j) === 'like' || (at(j) === 'similar' && at(j + 1) === 'to') ? COMPARISON : NONE;
}

/** How a sentence opens: with no picture, a picture set up ("think of"), or a comparison ("it's like"). */
type Opener = 0 | 1 | 2;
const NONE = 0;
const PICTURE = 1;
const COMPARISON = 2;
/** Pronouns that, opening a later clause of a comparison, speak of the thing compared. */
const PRONOUNS = new Set(['it', 'its', 'they', 'this']);

/** Words a comparison opens with: "it's like", "this is like", "thats kind of like". */
const POINTERS = new Set(['it', 'its', 'this', 'that', 'thats']);

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
