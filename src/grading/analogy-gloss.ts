import { PUMPS, pictureSentences } from './analogy-scene.js';
import { isNo } from './hedge.js';
import { isIonWord } from './note-form.js';
import type { Token } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';
import { infoLike, infoOf, type WordInfo } from './word-info.js';

/**
 * Analogies glossed in brackets. Students who explain with a comparison name its parts once,
 * "the doors (channels)", "3 people (Na+)", "the barn (the cell)", and then go on in the
 * comparison's words: "the door never opens", "the people pile in". A reader carries the gloss
 * along; so does the grader: every later mention of the glossed word (same stem) also stands for
 * its gloss, as a note-form "in" also stands for "enter" (WordInfo.also), and keeps its own
 * meaning.
 *
 * A gloss is one term of the subject in brackets right after a word ("(the channel)", "(Na+)"), or
 * a comparison declared in words ("the door is the channel", "ACh is the key"; see
 * {@link readDeclarations}), and only a word the rubric does not know is glossed: "energy (ATP)" and "proteins (pumps)"
 * restate a term, they set up no comparison. A word glossed two ways ("3 people (Na+) … 2 people
 * (K+)") stands for neither.
 */

/** The terms a comparison's word may stand for. */
const GLOSS_TERMS = new Set(
  'cell cells neuron neurons axon receptor receptors channel channels pump pumps na+ k+ cl- ca2+ sodium potassium ach acetylcholine atp water membrane solute solutes ion ions toxin neurotoxin gradient'.split(
    ' ',
  ),
);

/**
 * The tokens with each glossed word's later mentions also meaning its gloss. A word the rubric's
 * `vocabulary` knows is never glossed. Returns `tokens` unchanged (the same array) when the text
 * has no gloss.
 */
export function readGlosses(tokens: Token[], text: string, vocabulary: Vocabulary): Token[] {
  const gloss = new Glosses(tokens.length);
  /** The comparison words a bracketed gloss stands in for at their place: not read there (made on first use). */
  let replaced: Token[] | undefined;
  readDeclarations(tokens, vocabulary, gloss);
  // (Cheap first: most answers have no bracket at all.)
  let paren = text.indexOf('(');
  for (let i = 0; paren >= 0 && i + 1 < tokens.length; i++) {
    const word = tokens[i] as Token;
    // Only the word right before a bracket: the next bracket's place is found once per bracket.
    if (paren < word.end) paren = text.indexOf('(', word.end);
    if (paren < 0) break;
    if (paren >= (tokens[i + 1] as Token).start) continue;
    const open = text.slice(word.end, (tokens[i + 1] as Token).start);
    if (!/^\s*\(\s*$/.test(open)) continue;
    let g = i + 1;
    if ((tokens[g] as Token).norm === 'the' && tokens[g + 1] !== undefined) g++;
    // "the doors (ligand-gated channels)" (blind batch EG): the kind named before the term is
    // still a gloss of that term.
    for (let m = 0; m < 2 && KIND_WORDS.has((tokens[g] as Token).norm) && tokens[g + 1] !== undefined; m++)
      g++;
    const term = tokens[g] as Token;
    // "The pump (the channel) never unlocks" (blind batch EY): a pump named as the receptor's
    // channel is the comparison's pump (a truck-stop fuel pump), not the Na⁺/K⁺ pump.
    if (PUMPS.has(word.norm) && GATES.has(term.norm) && /^\s*\)/.test(text.slice(term.end, term.end + 3))) {
      gloss.add(word, i - 1, term.norm, true);
      replaced ??= [];
      replaced.push(word);
      continue;
    }
    if (word.norm.length < 3 || word.info.article || GLOSS_TERMS.has(word.norm)) continue;
    if (vocabulary.lookup(word.info).length > 0) continue;
    if (GLOSS_TERMS.has(term.norm) && /^\s*\)/.test(text.slice(term.end, term.end + 3))) {
      gloss.add(word, i - 1, term.norm);
      // "The fans (Na+) are all outside": at its place the comparison word is read as its gloss.
      if (comparisonWord(word, vocabulary)) {
        replaced ??= [];
        replaced.push(word);
      }
    } else if (comparisonWord(word, vocabulary)) {
      // "theres no security guard (cell wall) to stop the crowd" (blind batch CA): a gloss of one
      // or two words that the rubric knows replaces, in place, as many comparison words before it.
      // "pushing Na+ out against the crowd (the concentration gradient)" (blind batch DM): the
      // gloss may open with "the".
      const words = knownGloss(tokens, g, text, vocabulary);
      if (words > 0) {
        replaced ??= [];
        replaced.push(...glossedAt(tokens, i, words, vocabulary));
      }
    }
  }
  // "Depolarization is like the fountain pump spraying up", "it's like a fountain pump filling a
  // balloon" (blind batch FI's analogies, probed before it was written): an everyday pump named in a
  // comparison is the comparison's, not the Na⁺/K⁺ pump; at its place it is not read.
  // In a sentence that sets up a picture, the same goes for a pump or its pumping right after an
  // everyday thing: "Think of the stock tank with the windmill pumping water in, the cell just
  // keeps filling" (blind batch FJ's analogies, probed before it was written).
  let pictured: Set<number> | undefined | null = null;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!PUMP_WORDS.has(t.norm)) continue;
    let compared = comparedPump(tokens, k, vocabulary);
    if (!compared && thingPumps(tokens, k, vocabulary)) {
      // (Found on first need: most answers name no pump after an everyday thing.)
      if (pictured === null) pictured = pictureSentences(tokens);
      compared = pictured?.has(t.sent) === true;
    }
    if (compared) {
      replaced ??= [];
      replaced.push(t);
    }
  }
  const found = gloss.byStem;
  // (Last: the glosses' `after` positions are indices into the tokens as they came.)
  const kept = replaced === undefined ? tokens : without(tokens, replaced);
  if (found === undefined) return kept;
  for (let k = gloss.from + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const g = found.get(t.info.stem);
    if (
      g !== undefined &&
      g.term !== '' &&
      k > g.after &&
      t.info.also === undefined &&
      !otherIonBefore(tokens, k, g.term)
    )
      t.info = g.replace ? (ionBefore(tokens, k) ? t.info : infoOf(g.term)) : glossed(t.info, g.term);
  }
  return kept;
}

/**
 * True when token k follows another ion than its gloss: after "Boats (Na+) get lifted out", "K+
 * boats get brought in" (blind batch CO) names potassium's boats, not sodium; after "The boat (ACh)
 * shows up", "the Na+ boats can't get into the harbor" (stored batch CF) names sodium's, not ACh.
 * Only when the gloss is something that moves: "the Na+ doors" after "doors (channels)" are still
 * the channels, sodium's.
 */
function otherIonBefore(tokens: readonly Token[], k: number, term: string): boolean {
  return (
    ionBefore(tokens, k) &&
    (isIonWord(term) || MOVER_TERMS.has(term)) &&
    (tokens[k - 1] as Token).norm !== term
  );
}

/**
 * True when token k follows an ion in its clause: "the Na+/K+ pump keeps working" names the real
 * pump even after a comparison's pump stood for the receptor.
 */
function ionBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.clause === (tokens[k] as Token).clause && isIonWord(before.norm);
}

/** What an everyday pump in a comparison does ("the windmill pumping water"). */
const PUMP_VERBS = new Set(['pumping', 'pumped']);
/** A pump or its doing. */
const PUMP_WORDS = new Set([...PUMPS, ...PUMP_VERBS]);
/** What such a pump stands for. */
const GATES = new Set(['channel', 'channels', 'receptor', 'receptors']);

/** Words naming a kind of channel or pump before the term of a gloss ("ligand-gated", "leak"). */
const KIND_WORDS = new Set(['ligand', 'voltage', 'gated', 'chemically', 'leak', 'ion']);

/** Gloss terms that move, as ions do (a word after an ion names that ion's, not these). */
const MOVER_TERMS = new Set([
  'ach',
  'acetylcholine',
  'water',
  'solute',
  'solutes',
  'toxin',
  'neurotoxin',
  'atp',
]);

/**
 * The glosses found so far. An object rather than a callback closing over readGlosses's locals:
 * that closure (named by tsx at every call) was made for every answer, though few have a gloss.
 */
class Glosses {
  /**
   * Each glossed word's stem: the term it stands for ('' when glossed two ways), the token it does
   * so after, and whether it stands for the term only (a comparison's pump is not the Na⁺/K⁺ pump).
   */
  byStem: Map<string, { term: string; after: number; replace: boolean }> | undefined;

  /** The smallest `after` recorded: mentions up to it stand for nothing yet. */
  constructor(public from: number) {}

  /** Records that `word` stands for `term` (only, with `replace`) after token `after`. */
  add(word: Token, after: number, term: string, replace = false): void {
    if (this.byStem === undefined) this.byStem = new Map();
    // "3 people (Na+) … 2 people (K+)": a word glossed two ways stands for neither.
    const before = this.byStem.get(word.info.stem);
    if (before === undefined) this.byStem.set(word.info.stem, { term, after, replace });
    else if (before.term !== term) before.term = '';
    if (after < this.from) this.from = after;
  }
}

/** The tokens not in `gone`, in order (a new array). */
function without(tokens: readonly Token[], gone: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) if (!gone.includes(t)) out.push(t);
  return out;
}

/**
 * Comparisons declared in words: "the door is the channel", "The classroom doors are the Na+
 * channels", "ACh is the key", "the receptor is like the lock on the door" (blind batch BU). One
 * side is a term of the subject, the other a word the rubric does not know; the word then stands
 * for the term, as a bracketed gloss does. The term side ends where its clause does or at a word
 * that goes on ("and", "who", "on"): "the result is the cell bursting" declares nothing.
 */
function readDeclarations(tokens: readonly Token[], vocabulary: Vocabulary, gloss: Glosses): void {
  /** The last token of the clause last walked to its end (clauses end in order, so each is walked once). */
  let clauseEnd = -1;
  for (let c = 1; c + 1 < tokens.length; c++) {
    const be = tokens[c] as Token;
    // "Think of the receptor like a grain elevator chute" (blind batch EB): a comparison set up with
    // "think of", "picture" or "imagine" declares as "the receptor is a chute" does.
    const setUp = (be.norm === 'like' || be.norm === 'as') && thinkOfBefore(tokens, c - 1);
    if (!DECLARES.has(be.norm) && !setUp) continue;
    const left = tokens[c - 1] as Token;
    if (left.sent !== be.sent || left.clause !== be.clause) continue;
    // The other side: after "like" and an article (a declaration names a thing: "the cell is
    // healthy" declares nothing), at most three words up to a stop ("the light rail turnstile", blind batch CA).
    let k = c + 1;
    if (!setUp && (tokens[k] as Token).norm === 'like') k++;
    const det = tokens[k];
    if (det === undefined || !(det.info.article || POSSESSIVES.has(det.norm))) continue;
    k++;
    let head = -1;
    let participle = false;
    let relative = false;
    for (let n = 0; n < 3 && k < tokens.length; n++, k++) {
      const t = tokens[k] as Token;
      if (t.sent !== be.sent || t.clause !== be.clause || SIDE_STOPS.has(t.norm)) break;
      // "ACh is the key the city uses to open the gate" (blind batch DL): an article after the
      // thing named opens a relative clause that describes it when its noun has a verb after it in
      // the clause; "the inside (of) the cell." names the cell.
      // So does a pronoun subject with its verb: "ACh is the card you swipe" (blind batch EY).
      if (
        n > 0 &&
        (t.info.article || RELATIVE_SUBJECTS.has(t.norm)) &&
        relativeAfter(tokens, k, t.info.article ? 2 : 1)
      ) {
        relative = true;
        break;
      }
      // "the Na+ ions are the fans crowded outside" (blind batch BZ): a participle after the
      // thing named describes it; the thing is the side.
      if (n > 0 && PARTICIPLE.test(t.norm)) {
        participle = true;
        break;
      }
      head = k;
    }
    // The participle's phrase (at most three words) closes the side with its clause.
    if (participle)
      for (let m = 0; m < 3 && tokens[k + 1]?.sent === be.sent && tokens[k + 1]?.clause === be.clause; m++)
        k++;
    const after = participle ? tokens[k + 1] : tokens[k];
    const ends =
      after === undefined ||
      after.sent !== be.sent ||
      after.clause !== be.clause ||
      SIDE_STOPS.has(after.norm) ||
      relative;
    if (head < 0 || !ends) continue;
    const right = tokens[head] as Token;
    // Mentions after the declaration's clause stand for the term ("K+ is like air in a balloon": that
    // "in" is the comparison's, not the ion's).
    if (clauseEnd < head) {
      clauseEnd = head;
      while (clauseEnd + 1 < tokens.length && (tokens[clauseEnd + 1] as Token).clause === be.clause)
        clauseEnd++;
    }
    // "Think of the cell like a bucking chute — wait no, the membrane is like the chute walls"
    // (blind batch EO): a comparison taken back at once declares nothing.
    if (takenBackAfter(tokens, clauseEnd)) continue;
    if (GLOSS_TERMS.has(right.norm) && comparisonWord(left, vocabulary))
      gloss.add(left, clauseEnd, right.norm);
    // "the receptor is the gas pump", "the windmill pump is the receptor": an everyday pump (a word
    // other than an ion before it) declared to be the receptor stands for it.
    else if (GATES.has(left.norm) && everydayPump(tokens, head, vocabulary))
      gloss.add(right, clauseEnd, left.norm, true);
    else if (GATES.has(right.norm) && everydayPump(tokens, c - 1, vocabulary))
      gloss.add(left, clauseEnd, right.norm, true);
    else if (GLOSS_TERMS.has(left.norm) && comparisonWord(right, vocabulary))
      gloss.add(right, clauseEnd, namedIon(tokens, c - 1));
  }
}

/**
 * Whether token k is "pump" after a word that makes it an everyday one ("gas pump", "windmill
 * water pump"): a comparison word or "water", not an ion ("the Na+ pump") or "ATP".
 */
function everydayPump(tokens: readonly Token[], k: number, vocabulary: Vocabulary): boolean {
  const pump = tokens[k] as Token;
  const before = tokens[k - 1];
  return (
    PUMPS.has(pump.norm) &&
    before !== undefined &&
    before.clause === pump.clause &&
    (before.norm === 'water' || comparisonWord(before, vocabulary))
  );
}

/**
 * Whether token k is an everyday pump right after "like" and an article, with at most one more
 * word between ("like the fountain pump", "like a windmill water pump"), or what such a thing does:
 * "kind of like the windmill pumping water into the stock tank", "like the windmill pump pumping
 * water" (blind batch FJ's pre-registered analogies, probed before it was written) — the pumping
 * is the windmill's, not the cell's.
 */
function comparedPump(tokens: readonly Token[], k: number, vocabulary: Vocabulary): boolean {
  const pump = tokens[k] as Token;
  if (PUMP_VERBS.has(pump.norm)) {
    const before = tokens[k - 1];
    if (before === undefined || before.clause !== pump.clause) return false;
    // Right after a compared pump: that pump's own action.
    if (PUMPS.has(before.norm)) return k >= 3 && comparedPump(tokens, k - 1, vocabulary);
    if (!comparisonWord(before, vocabulary)) return false;
  } else if (!everydayPump(tokens, k, vocabulary)) return false;
  for (let j = k - 2; j >= k - 3 && j >= 1; j--) {
    const t = tokens[j] as Token;
    if (t.clause !== pump.clause) return false;
    if (t.info.article)
      return (tokens[j - 1] as Token).norm === 'like' && (tokens[j - 1] as Token).clause === pump.clause;
  }
  return false;
}

/**
 * Whether token k, a pump or its pumping, follows an everyday thing named with an article in its
 * clause ("the windmill pumping", "a windmill pump"): a comparison word, not a part of the cell.
 */
function thingPumps(tokens: readonly Token[], k: number, vocabulary: Vocabulary): boolean {
  const pump = tokens[k] as Token;
  const thing = tokens[k - 1] as Token;
  const article = tokens[k - 2] as Token;
  return (
    thing.clause === pump.clause &&
    article.clause === pump.clause &&
    article.info.article &&
    comparisonWord(thing, vocabulary)
  );
}

/** Whether a correction ("wait no", "no wait", "actually no") follows token k in its sentence. */
function takenBackAfter(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  if (a === undefined || b === undefined || a.sent !== (tokens[k] as Token).sent || b.sent !== a.sent)
    return false;
  return (
    ((a.norm === 'wait' || a.norm === 'actually') && isNo(b.norm)) || (isNo(a.norm) && b.norm === 'wait')
  );
}

/**
 * The comparison words a bracket right after token i glosses: token i and, for a gloss of two
 * words, the comparison word before it in the same clause ("security guard (cell wall)").
 */
function glossedAt(tokens: readonly Token[], i: number, words: number, vocabulary: Vocabulary): Token[] {
  const word = tokens[i] as Token;
  const out = [word];
  const before = tokens[i - 1];
  if (
    words === 2 &&
    before !== undefined &&
    before.clause === word.clause &&
    comparisonWord(before, vocabulary)
  )
    out.push(before);
  return out;
}

/**
 * How many words (one or two, each known to the rubric) the bracket's words from token g hold when
 * the bracket closes right after them ("(positive)", "(cell wall)"), or 0 ("(binds the receptor)").
 */
function knownGloss(tokens: readonly Token[], g: number, text: string, vocabulary: Vocabulary): number {
  const first = tokens[g] as Token;
  if (vocabulary.lookup(first.info).length === 0) return 0;
  // "the inside gets all hyped (positive)" (blind batch AV): one word.
  if (/^\s*\)/.test(text.slice(first.end, first.end + 3))) return 1;
  const second = tokens[g + 1];
  if (second === undefined || !/^\s+$/.test(text.slice(first.end, second.start))) return 0;
  if (!/^\s*\)/.test(text.slice(second.end, second.end + 3))) return 0;
  return vocabulary.lookup(second.info).length > 0 ? 2 : 0;
}

/** Whether a token can be a comparison's word: a word of three letters or more that no rubric term or pronoun is. */
function comparisonWord(t: Token, vocabulary: Vocabulary): boolean {
  return (
    t.norm.length >= 3 &&
    /^[a-z]+$/.test(t.norm) &&
    !t.info.article &&
    !GLOSS_TERMS.has(t.norm) &&
    !NOT_COMPARISONS.has(t.norm) &&
    vocabulary.lookup(t.info).length === 0
  );
}

/**
 * The term a declaration's left side at token i names: "ions" after the ion it names ("the Na+
 * ions are the fans"; blind batch BZ) is that ion, as "Na+" alone would be.
 */
function namedIon(tokens: readonly Token[], i: number): string {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  if (
    (t.norm === 'ions' || t.norm === 'ion') &&
    before !== undefined &&
    before.clause === t.clause &&
    GLOSS_TERMS.has(before.norm)
  )
    return before.norm;
  return t.norm;
}

/** A participle ("crowded", "waiting") that describes the thing a comparison names. */
const PARTICIPLE = /^[a-z]{3,}(?:ed|ing)$/;

/**
 * Verbs that declare a comparison ("the door is the channel", "the doors represent the channels"),
 * and text-speak "r" for "are" ("the receptors r like the turnstiles", blind batch DU).
 */
const DECLARES = new Set(['is', 'are', 'r', 'represents', 'represent']);

/**
 * True when the word at token i (a term, after an optional "the") follows "think of", "picture" or
 * "imagine" in its clause: "Think of the receptor like …", "Picture the channel as …".
 */
function thinkOfBefore(tokens: readonly Token[], i: number): boolean {
  const term = tokens[i];
  if (term === undefined) return false;
  let j = i - 1;
  if (tokens[j]?.norm === 'the') j--;
  const w = tokens[j];
  if (w === undefined || w.clause !== term.clause) return false;
  if (w.norm === 'picture' || w.norm === 'imagine') return true;
  return w.norm === 'of' && tokens[j - 1]?.norm === 'think' && tokens[j - 1]?.clause === term.clause;
}
/** Possessives that name a thing as an article does ("my grandpa's door is the channel"). */
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/**
 * True when the article at token k opens "the city uses …": a noun, then a word of the same clause
 * that stops no side; with `gap` 1, a pronoun at k opens "you swipe …" the same way.
 */
function relativeAfter(tokens: readonly Token[], k: number, gap = 2): boolean {
  const art = tokens[k] as Token;
  const verb = tokens[k + gap];
  return (
    verb !== undefined && verb.sent === art.sent && verb.clause === art.clause && !SIDE_STOPS.has(verb.norm)
  );
}

/** Pronouns that open a relative clause with no "that" after the thing named ("the card you swipe"). */
const RELATIVE_SUBJECTS = new Set(['you', 'he', 'she', 'we', 'i']);

/** Words that end one side of a declaration: it goes on about something else. */
const SIDE_STOPS = new Set(
  // "the channel is like the light rail turnstile it only opens when …" (blind batch CA): a
  // pronoun opens the next statement of a run-on.
  'and or but so who which that on in of at with for to from because when while if then than into by it they'.split(
    ' ',
  ),
);
/** Pronouns and place-holders that are never a comparison's word. */
const NOT_COMPARISONS = new Set(
  'this that these those there here what which who its they them thing things one ones part parts way ways same other another example kind type main'.split(
    ' ',
  ),
);

const glossedInfos = new Map<string, WordInfo>();
const MAX_GLOSSED = 10_000;

/** The word's info, also standing for `gloss` (cached: the same comparison recurs across answers). */
function glossed(info: WordInfo, gloss: string): WordInfo {
  const key = `${info.norm}>${gloss}`;
  let g = glossedInfos.get(key);
  if (g === undefined) {
    if (glossedInfos.size >= MAX_GLOSSED) glossedInfos.clear();
    g = infoLike(infoOf(info.norm), { also: gloss });
    glossedInfos.set(key, g);
  }
  return g;
}
