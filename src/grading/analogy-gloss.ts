import type { Token } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';
import { infoOf, type WordInfo } from './word-info.js';

/**
 * Analogies glossed in brackets. Students who explain with a comparison name its parts once,
 * "the doors (channels)", "3 people (Na+)", "the barn (the cell)", and then go on in the
 * comparison's words: "the door never opens", "the people pile in". A reader carries the gloss
 * along; so does the grader: every later mention of the glossed word (same stem) also stands for
 * its gloss, as a note-form "in" also stands for "enter" (WordInfo.also), and keeps its own
 * meaning.
 *
 * A gloss is one term of the subject in brackets right after a word ("(the channel)", "(Na+)"),
 * and only a word the rubric does not know is glossed: "energy (ATP)" and "proteins (pumps)"
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
  // (Cheap first: most answers have no bracket at all.)
  let paren = text.indexOf('(');
  if (paren < 0) return tokens;
  let glosses: Map<string, string> | undefined;
  let from = tokens.length;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i] as Token;
    // Only the word right before a bracket: the next bracket's place is found once per bracket.
    if (paren < word.end) paren = text.indexOf('(', word.end);
    if (paren < 0) break;
    if (paren >= (tokens[i + 1] as Token).start) continue;
    const open = text.slice(word.end, (tokens[i + 1] as Token).start);
    if (!/^\s*\(\s*$/.test(open)) continue;
    let g = i + 1;
    if ((tokens[g] as Token).norm === 'the' && tokens[g + 1] !== undefined) g++;
    const gloss = tokens[g] as Token;
    if (!GLOSS_TERMS.has(gloss.norm) || !/^\s*\)/.test(text.slice(gloss.end, gloss.end + 3))) continue;
    if (word.norm.length < 3 || word.info.article || GLOSS_TERMS.has(word.norm)) continue;
    if (vocabulary.lookup(word.info).length > 0) continue;
    if (glosses === undefined) glosses = new Map();
    // "3 people (Na+) … 2 people (K+)": a word glossed two ways stands for neither.
    const before = glosses.get(word.info.stem);
    glosses.set(word.info.stem, before === undefined || before === gloss.norm ? gloss.norm : '');
    if (i < from) from = i;
  }
  if (glosses === undefined) return tokens;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const gloss = glosses.get(t.info.stem);
    if (gloss !== undefined && gloss !== '' && t.info.also === undefined) t.info = glossed(t.info, gloss);
  }
  return tokens;
}

const glossedInfos = new Map<string, WordInfo>();
const MAX_GLOSSED = 10_000;

/** The word's info, also standing for `gloss` (cached: the same comparison recurs across answers). */
function glossed(info: WordInfo, gloss: string): WordInfo {
  const key = `${info.norm}>${gloss}`;
  let g = glossedInfos.get(key);
  if (g === undefined) {
    if (glossedInfos.size >= MAX_GLOSSED) glossedInfos.clear();
    g = { ...infoOf(info.norm), also: gloss, memoKey: undefined, memoValue: undefined };
    glossedInfos.set(key, g);
  }
  return g;
}
