import type { NotItem, Pattern } from '../content/question-schema.js';
import { amountChangeAlternatives, productionStoppedAlternatives } from './label-amount.js';
import {
  type Comparison,
  findComparison,
  guardCompared,
  isComparative,
  onComparedSide,
} from './label-comparison.js';
import { oppositesOf } from './label-opposites.js';
import { findPath, guardPathEnd, type Path } from './label-path.js';
import { gapTokens, type LabelReader, type Reading, type ReadingSpan } from './label-reader.js';
import { stemOf } from './stem.js';
import { GLUED_UNITS, type Token } from './tokenize.js';
import { ARTICLES, Cue } from './word-info.js';

/**
 * Plain-language points: a point written as a label only ("Na⁺ flows into the cell") is compiled
 * into an ordinary pattern, so it is matched, negated, explained and benchmarked like any other.
 *
 * The rules, in order (each is general; none knows a question):
 * 1. A leading tag before a colon ("Depolarization: …", "Alike: …") names what the statement is
 *    about; it is not required wording.
 * 2. A parenthesis is another way to say the words before it: "less negative (more positive)"
 *    gives the variants "less negative" and "more positive"; "(repeated)" is also optional.
 * 3. Words the lexicon knows become its concepts ("flows into" → @enters, "Na⁺" → @sodium), the
 *    longest reading first; words of a synonym group become the group; other content words stand
 *    for themselves (stems and misspellings are the engine's, as for every phrase).
 * 4. Grammar words, copulas and hedging adverbs are left out; so are generic nouns ("cell",
 *    "neuron") and phrases after "by", "via", "using" (how, not what) — unless they follow a bare
 *    verb of motion ("Water moves by osmosis"), where the how is all the label says.
 * 5. "X or Y" between two content words makes one item with both.
 * 6. Polarity is kept: a label with a negation ("cannot bind", "no energy", "nothing pumps them
 *    back") needs a negation cue in the same clause as its words, and its own words are then
 *    matched whether negated or not; a label without one is not earned by a negated statement.
 * 7. All items of one label clause must occur in one clause of the answer (in any order); with
 *    three or more items one may be missing (not the last, not a named ion, not how much or which
 *    way, not a reading the label says twice, not the only thing among synonym groups; a missing
 *    word with an opposite, such as "loses", may not have its opposite in its place). A label's
 *    opening subject may be taken up by a pronoun once the answer has named it.
 *    Label clauses (split at ";", ", so", "because") must each be found somewhere in the answer; a
 *    clause that only says what "may" happen is left out.
 * 8. A comparison ("more K⁺ inside the cell than outside") keeps its direction: the words after
 *    "than" are not required but must not be said before the comparative, the other words must not
 *    come after "than", and the compared side keeps its place and describing words
 *    (label-comparison.ts). A "from … to …" path right after a bare verb of motion is required and
 *    keeps its order (label-path.ts).
 */

/** What a label compiles to. */
export interface CompiledLabel {
  readonly pattern: Pattern;
  /** The question subject the label is about ("Depolarization: …", "Passive transport needs …"), if any. */
  readonly about: string | undefined;
  /**
   * True when the label names its subject as the place its fact goes to or happens at ("Auxin moves
   * to the shaded side"): that place is the point, so a fact said of no subject does not earn it.
   */
  readonly aboutStrict?: boolean;
  /** True when the label is negative: its words are matched whatever their polarity. */
  readonly ignoreNegation: boolean;
  /** One line per decision, for `tutor rubric explain`. */
  readonly notes: readonly string[];
}

/**
 * Negation cues required by a negative label (the engine's particles and verb cues). Not "instead":
 * it denies what follows it, not its clause ("separates normally instead of staying together" had
 * earned "does not separate", teacher set 7), and before a label's words it mostly names a student's
 * wrong alternative ("sodium flows out instead of in"); taking it out moved 77 stored decisions
 * towards the blind writers and 9 against ("the toxin binds instead of ACh"). Keeping it only
 * before the label's subject was tried: 45 towards, 5 against.
 */
export const NEGATION_CUES: Pattern = [
  '=not|=no|=never|=none|nothing|=nobody|without|unable|=nor|neither|lack|lacks|lacking',
  // The verbs' own forms: "the inhibition is overcome" (teacher set 10) and "a blockage" deny nothing.
  '=block|=blocks|=blocked|=blocking|=prevent|=prevents|=prevented|=preventing|=stop|=stops|=stopped|=stopping|' +
    '=inhibit|=inhibits|=inhibited|=inhibiting|=fail|=fails|=failed|=failing',
];

/** A raw label word that carries grammar only. */
export function isGrammar(w: string): boolean {
  const n = w.toLowerCase().replace(/[^a-z]/g, '');
  return STOP.has(n) || n === 'or' || n === 'a' || n === 'an' || n === 'the' || PLACE_PREPOSITIONS.has(n);
}

/** Prepositions after which a parenthesis describes the noun that follows ("through (voltage-gated) channels"). */
const BEFORE_A_NOUN = new Set([
  'through',
  'by',
  'via',
  'with',
  'across',
  'into',
  'to',
  'from',
  'of',
  'in',
  'on',
  'at',
  'for',
]);

/** Words that carry grammar, not the idea. */
const STOP = new Set(
  (
    'a an the is are was were be been being am do does did has have had having its it itself their them they ' +
    'this that these those there here of to at on for as and but than then also just only very ' +
    'become becomes became becoming get gets got getting will would can could may might must shall should ' +
    'each every both some any all eventually usually often always still over time its own which who whose ' +
    'what when where while usual normally typically keep keeps kept continue continues need needs require requires ' +
    // "becomes negative again": the repetition is how the student would say it, not what must be said.
    'again ' +
    // Connectives join a label's statements; they are no word of either ("… because it is nonpolar"
    // had made "because" an item, and the label's subject; teacher set 5). Not "so": the conclusion
    // of "A, so B" earns on its own only said with its "so" ("so the inside is negative" gives the
    // reason's conclusion; a bare "the inside is negative" was over-credited 58 times when tried).
    'because since therefore thus hence'
  ).split(' '),
);
/** Nouns named by the word before them ("the shaded side"): one item with it. */
const SIDE_NOUNS = new Set(['side', 'sides']);

/** Whether an item is a named side ("shaded side"). */
function isSideItem(p: string): boolean {
  const words = p.split(' ');
  return words.length === 2 && SIDE_NOUNS.has(words[1] as string);
}

/**
 * Nouns that name the setting, not the idea ("the cell", "the neuron"). Not "side": a side is named
 * by its describing word ("the shaded side grows faster" had been earned by "the lit side grows
 * faster"; teacher set 20).
 */
const GENERIC = new Set(
  // "structures" too: "The forelimbs are homologous structures" had needed the word (teacher set 27).
  'cell cells neuron neurons membrane membranes substance substances molecule molecules thing things way ways structure structures'.split(
    ' ',
  ),
);
/**
 * How many of a thing is said as the thing: "The sea urchin population increases" is "the urchins
 * increase" (teacher set 9), "the number of receptors" is "the receptors". Unlike a generic noun,
 * the word before it is what it counts, so that word stays.
 */
const QUANTITY_NOUNS = new Set('population populations number numbers amount amounts'.split(' '));
/** After these (uncovered, or ending a lexicon reading such as "flows into") come where and to what: optional. */
const PLACE_PREPOSITIONS = new Set([
  'to',
  'into',
  'onto',
  'of',
  'on',
  'at',
  'from',
  'across',
  'within',
  'in',
  // "The transcription factors differ between the cell types": between what says where the
  // difference lies, not what it is (set 24's teacher met it kept as a required word).
  'between',
  'among',
]);
/** Prepositions that are themselves a direction ("pumped into"): content unless a reading already holds them. */
const DIRECTIONS = new Set(['into', 'onto', 'in']);
/** Verbs of conversion (stems): "copied into DNA" names what the thing becomes, not a place. */
const CONVERSION_VERBS = new Set(
  [
    'copied',
    'converted',
    'turned',
    'changed',
    'transformed',
    'transcribed',
    'translated',
    'rewritten',
    'made',
    'built',
    'formed',
    'processed',
  ].map(stemOf),
);
/** Verbs of staying (stems): "stays at its resting potential" names a state, not a place. */
const STATE_VERBS = new Set(['stay', 'stays', 'remain', 'remains'].map(stemOf));
/** After a verb of change these say how fast, not what it becomes ("grows faster"). */
const RATE_WORDS = new Set(['faster', 'slower', 'quicker', 'quickly', 'slowly', 'rapidly']);
/** "X becomes Y": the subject of a change of state is optional. */
const CHANGE_VERBS = new Set(['become', 'becomes', 'became', 'turns', 'turn', 'grows', 'gets', 'get']);
/** After these the rest of the clause is an aside or an example ("usually ATP"). */
const HEDGES = new Set([
  'usually',
  'often',
  'typically',
  'normally',
  'mostly',
  'sometimes',
  'eg',
  'including',
]);
/** After "even", these open a condition the statement holds in ("even without lactose"): optional. */
const CONCESSIVE = new Set([
  'without',
  'with',
  'in',
  'at',
  'after',
  'before',
  'during',
  'when',
  'if',
  'though',
]);
/**
 * Nouns a one-letter name stands for on its own ("the R allele" is "R"; "one X chromosome" is
 * "one X", teacher set 12).
 */
const ALLELE_NOUNS = new Set(['allele', 'alleles', 'gene', 'genes', 'chromosome', 'chromosomes']);
/** A phrase after these says how or with what, not what happens: optional. */
const ADJUNCT = new Set(['by', 'via', 'using']);
/** Plain verbs of motion (stems): a path after them says the movement ("moves down its gradient"). */
/** Verbs of making (stems), dropped after "fewer|less|more X are": "Fewer new viruses are made". */
const MAKING_STEMS = new Set(
  ['made', 'produced', 'generated', 'synthesized', 'created', 'formed'].map(stemOf),
);
/**
 * The plural be-verbs of a passive: things counted ("fewer viruses are made"). Not "is": "Less
 * oxygen gas is produced" without its verb keeps only "less … gas" (the last word is never the
 * one left out), and set 5's labels alone lost 8 answers that way.
 */
const PASSIVE_BE = new Set(['are', 'were']);
/** Words of how many that make the statement on their own. */
const HOW_MANY = new Set(['fewer', 'less', 'more']);
const MOTION_VERBS = new Set(['move', 'go', 'goe', 'travel', 'transport', 'carri', 'carry', 'pass']);
/** Verbs (stems) that already mean movement down a gradient ("leaking down their gradients"). */
const PATH_VERBS = new Set(['leak', 'diffus', 'seep']);

interface Item {
  pattern: Pattern;
  /** For notes. */
  text: string;
  clause: number;
  first: number;
  /** One past the item's last token. */
  end: number;
  /** True when every reading of the item is a synonym group (a verb or an amount word, not a thing). */
  group?: boolean;
  /** Set on the label's subject when a pronoun after it in the answer may stand for it. */
  antecedent?: boolean;
}

/** Compiles a label (and optional accepted phrasings) into a pattern. */
export function compileLabel(
  label: string,
  reader: LabelReader,
  subjects: Readonly<Record<string, Pattern>> = {},
  sideBySide: ReadonlySet<string> = new Set(),
): CompiledLabel {
  const notes: string[] = [];
  const subjectOf = subjectMatcher(subjects);
  // An arrow in a label reads as "to" ("high → low").
  let text = label
    .trim()
    .replace(/\s*(?:→|->)\s*/g, ' to ')
    // "Little or no ATP is made": the statement is the "no"; "little" is the teacher's allowance,
    // not a word the answer must use (teacher set 5).
    .replace(/\b(?:little|few|hardly any)\s+(?:or|to)\s+no\b/gi, 'no');
  const tag = /^([^:()]{1,40}):\s+(?=\S)/.exec(text);
  if (tag && (tag[1] as string).trim().split(/\s+/).length <= 3) {
    notes.push(`"${(tag[1] as string).trim()}:" names what the statement is about; not required`);
    text = text.slice(tag[0].length);
  }
  const variants = variantsOf(text, notes);
  // "swells and may burst (lyse)": what may follow is the stronger statement; it also stands alone.
  for (const v of [...variants]) {
    const may = /\band (?:may|might|can|will)(?: even| eventually)? (.+)$/.exec(v);
    if (may && !variants.includes(may[1] as string)) {
      notes.push(`"${may[1]}" on its own also makes the statement`);
      variants.push(may[1] as string);
    }
  }
  let negative = false;
  let ownNegation = false;
  const patterns: Pattern[] = [];
  // Rule 8: the first subject the label names is what its fact must be said of; its words are
  // that tie, not part of the fact.
  const labelTokens = reader.read(label).doc.tokens;
  let about: string | undefined;
  let aboutStrict = false;
  for (let i = 0; i < labelTokens.length; i++) {
    about = subjectOf(labelTokens[i] as Token);
    if (about === undefined) continue;
    // "Auxin moves to the shaded side": a subject named as where, after a verb, is what the fact
    // is about, and "auxin moves" alone says nothing of it (teacher set 20: subjects could not
    // make a place required). Not a subject that opens the label ("The shaded side grows …").
    const before = labelTokens.slice(Math.max(0, i - 3), i);
    const placeAt = before.findIndex((t) => SUBJECT_PLACES.has(t.norm));
    aboutStrict =
      placeAt >= 0 &&
      before.slice(placeAt + 1).every((t) => DETERMINERS.has(t.norm) || t.norm === 'other') &&
      labelTokens.slice(0, i - before.length + placeAt).some((t) => !STOP.has(t.norm));
    break;
  }
  if (about !== undefined)
    notes.push(
      aboutStrict
        ? `about "${about}", named as where: the fact must be said of it`
        : `about "${about}": the fact must be said of it (or of no subject)`,
    );
  for (const v of variants) {
    // Warnings are about the label as written: its first variant (the others are its parentheses).
    const compiled = compileVariant(v, reader, notes, subjectOf, v === variants[0], sideBySide);
    if (!compiled) continue;
    // "(convergent evolution)" kept "evolution" alone, so "Homology is evidence of evolution" earned
    // the point with no warning (teacher set 27): a parenthesis that is one plain word is loose.
    if (v !== variants[0] && typeof compiled.pattern === 'string' && /^[a-z]+$/.test(compiled.pattern))
      notes.push(
        `⚠ the words in brackets kept only "${compiled.pattern}": any answer that says it earns the point. Write the term as an accept: phrase that needs all its words ("convergent evolution"), or leave the brackets out`,
      );
    negative ||= compiled.negative;
    ownNegation ||= compiled.ownNegation;
    patterns.push(compiled.pattern);
  }
  if (!negative) {
    const stopped = stoppedAlternatives(variants[0] ?? text);
    if (stopped.length > 0) {
      notes.push('a statement that something stops is also made by denying it ("no electron flow")');
      patterns.push(...stopped);
    }
    // The declared subject's words are its tie (`about`), not the thing that grows ("The mouse's
    // cellular respiration increases" is "more cellular respiration" said of the mouse).
    const subjectWords = new Set(labelTokens.filter((t) => subjectOf(t) !== undefined).map((t) => t.norm));
    const compared = variants.flatMap((v) => comparedAlternatives(v, subjectWords));
    if (compared.length > 0) {
      notes.push(
        'a thing that grows or shrinks is also said with a comparative before it ("less diversity")',
      );
      patterns.push(...compared);
    }
    const amounts = amountChangeAlternatives(lowerWords(variants[0] ?? text), reader);
    if (amounts.length > 0) {
      notes.push('an amount made or used is also said as the thing changing ("ATP production decreases")');
      patterns.push(...amounts);
    }
    const lessened = lessenedAlternatives(variants[0] ?? text);
    if (lessened !== undefined) {
      notes.push(`"less ${lessened.word}" is also said by denying it ("not as ${lessened.word}")`);
      patterns.push(lessened.pattern);
    }
    const stayed = stayedAlternatives(variants[0] ?? text);
    if (stayed !== undefined) {
      notes.push(`a state it stays in is also said by denying the opposite ("${stayed.note}")`);
      patterns.push(stayed.pattern);
    }
  }
  if (ownNegation && !negative)
    notes.push('its reading names its own negation ("no energy"): matched whatever the polarity');
  if (negative) {
    // Name the word that made it negative: set 16's teacher did not guess that "stops" in "The
    // loop stops when the baby is born" is read as a denial.
    const cues = reader
      .read(variants[0] ?? text)
      .doc.tokens.filter((t) => classify(t) === 'neg')
      .map((t) => `"${t.norm}"`);
    const said = cues.length > 0 ? ` (${[...new Set(cues)].join(', ')} read as a denial)` : '';
    notes.push(
      `negative label${said}: needs a negation cue in the same clause; its words match whatever their polarity`,
    );
  }
  const unique = dedupe(patterns);
  return {
    pattern: unique.length === 1 ? (unique[0] as Pattern) : unique,
    about,
    aboutStrict,
    ignoreNegation: negative || ownNegation,
    notes: [...new Set(notes)],
  };
}

/** The label without its parentheses, and with each parenthesis standing for the words before it. */
function variantsOf(text: string, notes: string[]): string[] {
  const paren = /\s*\(([^()]*)\)/g;
  const base = text.replace(paren, '').replace(/\s+/g, ' ').trim();
  const out = [base];
  for (const m of text.matchAll(paren)) {
    const inner = (m[1] as string).trim();
    if (inner === '') continue;
    const before = text.slice(0, m.index).replace(paren, '').trim().split(/\s+/);
    const after = text
      .slice((m.index as number) + m[0].length)
      .replace(paren, '')
      .trim();
    // After a preposition ("through (voltage-gated) channels") the parenthesis describes the noun
    // that follows: it is optional, and the label without it already stands.
    if (BEFORE_A_NOUN.has((before[before.length - 1] ?? '').toLowerCase())) {
      notes.push(`"(${inner})" describes what follows it; not required`);
      continue;
    }
    // The parenthesis replaces as many content words before it as it has (at least one).
    const want = Math.max(1, inner.split(/\s+/).filter((w) => !isGrammar(w)).length);
    let n = 0;
    for (let seen = 0; n < before.length && seen < want; n++)
      if (!isGrammar(before[before.length - 1 - n] as string)) seen++;
    // "The postsynaptic membrane does not depolarize (stays at rest)": the parenthesis says
    // the predicate again; the generic noun it would reach is the subject, and stays.
    while (n > 0 && GENERIC.has((before[before.length - n] as string).toLowerCase().replace(/[^a-z]/g, '')))
      n--;
    // "The chromosome 21 pair stays together in meiosis (nondisjunction)": the words it would replace
    // say where, and are optional anyway, so another way to say them says nothing; a name after a
    // place names the whole statement (teacher set 7: "nondisjunction in meiosis" had missed).
    // "Some bacteria take up the plasmid (transformation)", "The mouse keeps its body temperature
    // constant (endotherm)": one word naming a process or a kind, closing the label, names the
    // whole statement; put for the last word it had read "take up the transformation" (teacher
    // set 18: "The mouse is an endotherm" had missed).
    const namesWhole =
      after === '' && isNamingNoun(inner) && !before.slice(before.length - n).some((w) => isNamingNoun(w));
    if (namesWhole || afterPlace(before, before.length - n)) {
      notes.push(`"(${inner})" names the whole statement`);
      out.push([inner, after].join(' ').replace(/\s+/g, ' ').trim());
      continue;
    }
    const v = [...before.slice(0, before.length - n), inner, after].join(' ').replace(/\s+/g, ' ').trim();
    notes.push(`"(${inner})" is another way to say "${before.slice(before.length - n).join(' ')}"`);
    out.push(v);
  }
  return out;
}

/** Endings of a noun that names a process or a kind of thing ("transformation", "endotherm", "osmosis", "mutualism"). */
const NAMING_ENDINGS = /^[a-z]{3,}(?:tion|sion|therm|therms|thermic|osis|esis|ysis|ism)$/;

/** Whether a parenthesis is one word naming a process or a kind (see {@link NAMING_ENDINGS}). */
function isNamingNoun(text: string): boolean {
  const w = text.trim().toLowerCase();
  return !/\s/.test(w) && NAMING_ENDINGS.test(w);
}

/** A label's words, lower case, without the punctuation that ends them. */
function lowerWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:!?]+$/, ''));
}

/** Last words of a statement that something comes to a stop ("Electron flow halts"). */
const STOPPING = /^(?:stop|stops|stopped|halt|halts|halted|cease|ceases|ceased)$/;

/**
 * "Electron flow halts" is also said by denying what stops: "no electron flow", "electrons can't
 * flow", "without electron flow". The guide tells teachers to state a negative point positively
 * like this (§0), so the positive label must hear the negative wordings (teacher set 5: on its label
 * alone the point missed 57 answers, most of them worded so). Each phrase holds its own "no"/"not", so the answer's denial is part
 * of the match, not a denial of it. Only for one to three plain words before the verb.
 */
function stoppedAlternatives(text: string): Pattern[] {
  const words = lowerWords(text);
  if (!STOPPING.test(words[words.length - 1] ?? '')) return [];
  const rest = fewPlainWords(words.slice(0, -1));
  if (rest === undefined) return [];
  // A phrase holds at most two gaps: three words ("Electron transport chain halts") are said together
  // (a gap between each had made a phrase the checker rejects, so the label would not import;
  // teacher set 11).
  const out: Pattern[] = [`=no|without ..1 ${rest.join(rest.length > 2 ? ' ' : ' ..1 ')}`];
  if (rest.length >= 2) out.push(`${rest[0]} ..3 =not|=never ..2 ${rest[rest.length - 1]}`);
  out.push(...productionStoppedAlternatives(rest));
  return out;
}

/**
 * The one to three plain words a label's statement is about, grammar and generic nouns (and any
 * `drop`ped) left out; undefined when there are none, more, or a word that is not plain.
 */
function fewPlainWords(
  words: readonly string[],
  drop: (w: string) => boolean = () => false,
  plain = /^[a-z]+$/,
): string[] | undefined {
  const rest = words.filter((w) => !isGrammar(w) && !GENERIC.has(w) && !drop(w));
  return rest.length === 0 || rest.length > 3 || rest.some((w) => !plain.test(w)) ? undefined : rest;
}

/** Possessives and articles that open the thing a subject's verb acts on ("increases its respiration"). */
const OBJECT_OPENERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an']);

/** The last word of a label that says a thing grows, and the comparatives said before the thing instead. */
const GROWING = /^(?:increase|increases|rise|rises|grow|grows)$/;
const SHRINKING = /^(?:decrease|decreases|fall|falls|drop|drops|decline|declines|shrink|shrinks)$/;

/** A label word that says how much or that something grows, shrinks or changes ("less", "decreases"). */
export function isChangeWord(w: string): boolean {
  return AMOUNT_WORDS.has(w) || GROWING.test(w) || SHRINKING.test(w) || /^chang(?:e|es|ed)$/.test(w);
}

/**
 * "Genetic diversity decreases" is also said as "less genetic diversity", "The urchins increase" as
 * "more urchins" (teacher set 9's labels alone missed 29 of "less diversity", "lower diversity"): a
 * comparative right before the thing, or before the label's own words describing it. The thing is
 * the label's last plain word before the verb; one to three plain words in all, as in
 * stoppedAlternatives. With a declared subject, its words are left out, and "The mouse increases its
 * cellular respiration" (the subject alone before the verb) grows the thing after the verb (teacher
 * set 18's labels alone missed "the mouse does more cellular respiration").
 */
function comparedAlternatives(text: string, subjectWords: ReadonlySet<string> = new Set()): Pattern[] {
  const all = lowerWords(text);
  // "mouse's" is the subject's too.
  const words = all.filter((w) => !subjectWords.has(w.replace(/['’]s?$/, '')));
  const at = words.findIndex((w) => GROWING.test(w) || SHRINKING.test(w));
  if (at < 0) return [];
  const verb = words[at] as string;
  const growing = GROWING.test(verb);
  const skip = (w: string) => QUANTITY_NOUNS.has(w) || AMOUNT_WORDS.has(w);
  let rest: string[] | undefined;
  if (at === words.length - 1) rest = fewPlainWords(words.slice(0, -1), skip);
  else if (
    subjectWords.size > 0 &&
    fewPlainWords(words.slice(0, at)) === undefined &&
    words.length < all.length
  )
    // Only the subject before the verb: the thing is what follows it ("its cellular respiration").
    rest = fewPlainWords(words.slice(at + 1), (w) => skip(w) || OBJECT_OPENERS.has(w));
  if (rest === undefined) return [];
  // Exact words ("decrease since the kelp" is no "decreased kelp"), and between comparative and thing
  // only the label's own describing words ("less genetic diversity").
  const comparative = growing
    ? '=more|=higher|=greater|=larger|=bigger|=increased'
    : '=less|=fewer|=lower|=smaller|=reduced|=decreased';
  const describing = rest.slice(0, -1).map((w) => `${w}?`);
  return [[comparative, ...describing, rest[rest.length - 1]].join(' ')];
}

/** Words that only say which way: as a label's one remaining item they say almost nothing. */
const DIRECTION_WORDS = new Set([
  'in',
  'into',
  'inward',
  'inwards',
  'inside',
  'out',
  'outward',
  'outwards',
  'outside',
  'up',
  'down',
  'away',
  'toward',
  'towards',
]);

/**
 * Warnings for `rubric explain` when a label compiled to much less than it says (teacher set 7:
 * "Every cell comes from the zygote through mitosis" kept only "comes", and "The extra chromosome
 * comes from the mother" earned it; nothing had said so). Shown with the notes, marked ⚠.
 */
function warnLoose(
  items: readonly Item[],
  saidWords: number,
  notes: string[],
  described: number,
  tokens: readonly Token[],
): void {
  const words = items.map((it) => `"${it.text}"`).join(', ');
  const kept = items.reduce((n, it) => n + it.text.split(/\s+/).length, 0);
  // One word standing for itself (not a lexicon reading, which is a deliberate way of saying it).
  const bare = (it: Item) =>
    (typeof it.pattern === 'string' && !it.pattern.startsWith('@')) || it.text.includes(' or ');
  // So is the passive verb of a label whose subject went ("make|produce|…" after "are"): "Memory cells
  // are made" kept only the making and was earned by "the body makes antibodies", with no warning
  // (teacher set 29). A describing word dropped before a generic noun ("memory") was still said.
  const passiveVerbOnly = (it: Item) =>
    it.group === true && PASSIVE_HELPERS.has((tokens[it.first - 1] as Token | undefined)?.norm ?? '');
  // "The tails point inward" with the tails a declared subject: a direction alone is left, and "they
  // line up in two rows" meets it (teacher set 19 found it only by reading the tree).
  if (items.length === 1 && DIRECTION_WORDS.has((items[0] as Item).text.toLowerCase()))
    notes.push(
      `⚠ only the direction "${(items[0] as Item).text}" is required: any answer with "${(items[0] as Item).text}" (or a word of the same way) in it earns the point. Add accept: phrases that name what goes that way, or write the point as a pattern`,
    );
  else if (
    items.length === 1 &&
    ((saidWords >= 3 && bare(items[0] as Item)) ||
      (saidWords + described >= 3 && passiveVerbOnly(items[0] as Item)))
  )
    notes.push(
      `⚠ only ${words} is required: any answer that says it earns the point. Make the key words the statement's subject, verb and object, or add accept: phrases`,
    );
  else if (saidWords >= 5 && kept * 2 < saidWords)
    notes.push(
      `⚠ fewer than half of the label's words are required (${words}); the rest were read as where, how or why. Check the examples that should miss`,
    );
}

/**
 * "The membrane becomes less fluid" is also said "the membrane would not be as fluid", "The
 * phospholipids pack less tightly" as "they can't pack tightly" (teacher set 16's labels alone
 * missed such answers): "less" before the label's last word, denied instead. The phrase holds its
 * own "not"; with a verb right before "less", the verb stands with it.
 */
function lessenedAlternatives(text: string): { pattern: Pattern; word: string } | undefined {
  const words = lowerWords(text);
  const k = words.indexOf('less');
  const word = words[k + 1];
  if (k < 0 || word === undefined || k + 2 !== words.length || !/^[a-z]+$/.test(word)) return undefined;
  const before = words.slice(0, k).filter((w) => !isGrammar(w) && !GENERIC.has(w));
  const deny = '=not|=never';
  // "tightly" is also said "tight" ("they don't pack tight").
  const said = word.endsWith('ly') && word.length > 4 ? `${word}|${word.slice(0, -2)}` : word;
  // "pack less tightly": the verb is the word right before "less"; the subject may be left out.
  // Not a verb of becoming ("becomes less fluid" is "not as fluid").
  const verb = words[k - 1];
  if (verb !== undefined && before.includes(verb) && !CHANGE_VERBS.has(verb) && /^[a-z]+$/.test(verb))
    // "can't make as much ATP" (teacher set 21): "much" or "many" may follow "as".
    return {
      pattern: [
        `${deny} ${verb} =as|=so? =much|=many? ${said}`,
        `${deny} =as|=so? =much|=many? ${said} ${verb}`,
      ],
      word,
    };
  // Only "be", "as" or "so" between: "does not become less negative" denies the lessening.
  return { pattern: `${deny} =be? =as|=so? ${said}`, word };
}

/** Verbs of staying, as written. */
const STAYING = new Set(['stay', 'stays', 'stayed', 'remain', 'remains', 'remained']);

/**
 * "The repressor stays detached from the operator" is also said by "the repressor can't bind",
 * "The chromosome pair stays together" by "the chromosomes don't separate" (teacher sets 6 and 7):
 * a state kept is the opposite move denied. The state is the first word after the verb of staying
 * that has an opposite (label-opposites.ts); any one of the subject's words (up to three plain
 * words before the verb) then a "not" and one of the opposites. The phrase holds its own "not", so
 * the denial is the match, not a denial of it.
 */
function stayedAlternatives(text: string): { pattern: Pattern; note: string } | undefined {
  const words = lowerWords(text);
  const k = words.findIndex((w) => STAYING.has(w));
  if (k < 1) return undefined;
  const state = words.slice(k + 1, k + 4).find((w) => oppositesOf([w], new Set()).length > 0);
  if (state === undefined) return undefined;
  const subject = fewPlainWords(words.slice(0, k), undefined, /^[a-z0-9]+$/);
  if (subject === undefined) return undefined;
  const opposite = oppositesOf([state], new Set(words)).filter((w) => /^[a-z]+$/.test(w));
  if (opposite.length === 0) return undefined;
  return {
    pattern: `${subject.join('|')} ..3 =not|=never|=no|unable|fail|fails|failed ..2 ${opposite.join('|')}`,
    note: `${subject[subject.length - 1]} … not ${opposite[0]}`,
  };
}

/**
 * Whether the words from `start` on follow a preposition of place ("… in meiosis", "… in the
 * nucleus"), skipping articles; not after a verb of staying ("stays at rest" names a state).
 */
function afterPlace(words: readonly string[], start: number): boolean {
  const bare = (w: string | undefined) => (w ?? '').toLowerCase().replace(/[^a-z]/g, '');
  let k = start - 1;
  // "… at 95 °C (heat-stable)": a number before its unit is part of the place too (the
  // parenthesis had been read as another way to say "°C"; teacher set 24).
  while (
    k >= 0 &&
    (['a', 'an', 'the', 'its', 'their'].includes(bare(words[k])) || /^[-+~]?\d/.test(words[k] ?? ''))
  )
    k--;
  if (k < 1 || !PLACE_PREPOSITIONS.has(bare(words[k])) || bare(words[k]) === 'of') return false;
  return !STATE_VERBS.has(stemOf(bare(words[k - 1])));
}

/**
 * Warns (⚠) when two synonym groups read the same label words: "The mother is a carrier" is a
 * heterozygote or a carrier protein, and either earns; a teacher should know what came with them
 * (teacher set 12, whose first label gave the point to "the mother has a protein"). Not when a
 * lexicon concept is among the readings: "diffuse" read as the concept and as its group is one
 * sense, said twice.
 */
function warnTwoSenses(
  groups: readonly { s: number; e: number; spans: ReadingSpan[] }[],
  tokens: readonly Token[],
  notes: string[],
): void {
  const seen = new Set<string>();
  for (const group of groups) {
    const key = `${group.s}:${group.e}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const named = new Map<string, Pattern>();
    let concept = false;
    for (const other of groups)
      if (other.s === group.s && other.e === group.e)
        for (const x of other.spans) {
          named.set(x.reading.name, x.reading.pattern);
          concept ||= x.reading.kind === 'concept';
        }
    if (concept || named.size < 2) continue;
    const senses = [...named].map(([name, p]) =>
      Array.isArray(p) && p.every((x) => typeof x === 'string') ? `(${p.join(', ')})` : name,
    );
    notes.push(
      `⚠ "${wordsOf(tokens, group.s, group.e)}" is read two ways, and either earns: ${senses.join(' or ')}. If one is not what you mean, say the idea in other words or add accept: phrases`,
    );
  }
}

/** A count word and its digit, as a label item's alternatives. */
const DIGIT_OF = new Map(['one', 'two', 'three', 'four', 'five'].map((w, i) => [w, `${w}|=${i + 1}`]));

/**
 * Units of measure a number in a label is given in ("The owls get 20 kcal"). The question names
 * the unit, so students often leave it out ("20" in the part's box), and teachers credit that.
 */
const MEASURE_UNITS = new Set([
  // The short forms the tokenizer also splits from a number glued to them ("20kcal").
  ...GLUED_UNITS,
  ...(
    'kilocalorie kilocalories calorie calories joule joules g gram grams liter liters litre litres ' +
    'millivolt millivolts meter meters metre metres hour hours minute minutes second seconds'
  ).split(' '),
]);

/** Words that round a number after them ("About 480 moths"): the number is the point. */
const ROUGHLY = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'nearly', 'circa']);

/** Words that a percentage before them already says ("a 50% chance"). */
const PROBABILITY_WORDS = new Set(['chance', 'chances', 'probability', 'odds', 'likelihood', 'risk']);

/**
 * A percentage as students write it: the number, as a fraction of one ("0.18"), as a fraction
 * ("1/2"), and for 50 "half".
 */
function percentAlternatives(n: string): Pattern {
  const alternatives = `${n}|=${String(Number(n) / 100)}`;
  const fraction = FRACTIONS.get(Number(n));
  if (fraction === undefined) return alternatives;
  return [Number(n) === 50 ? `${alternatives}|half` : alternatives, ...fraction];
}

/**
 * Percentages students write as a fraction or odds: "1/2" is read as the two numbers "1 2" (the
 * slash folds away, as teachers' own accept: phrases spell it), and "1 in 2".
 */
const FRACTIONS = new Map<number, readonly string[]>([
  [50, ['=1 =2', '=1 in =2']],
  [25, ['=1 =4', '=1 in =4']],
  [75, ['=3 =4', '=3 in =4']],
  [33, ['=1 =3', '=1 in =3']],
  [67, ['=2 =3', '=2 in =3']],
]);

function compileVariant(
  text: string,
  reader: LabelReader,
  notes: string[],
  subjectOf: (t: Token) => string | undefined,
  warn = false,
  sideBySide: ReadonlySet<string> = new Set(),
): { pattern: Pattern; negative: boolean; ownNegation: boolean } | undefined {
  const read = reader.read(text);
  const { doc } = read;
  const tokens = doc.tokens;
  // A concept that reads the label's subject word ("@passive" reads "passive") is the subject's
  // own concept: elsewhere in the label it is no reading of the fact, or the subject named alone
  // would earn the point ("moves down its gradient" is @down-gradient, not all of @passive).
  const coversSubject = (sp: ReadingSpan): boolean => {
    for (let i = sp.s; i < sp.e; i++) if (subjectOf(tokens[i] as Token) !== undefined) return true;
    return false;
  };
  const subjectReadings = new Set(read.spans.filter(coversSubject).map((sp) => sp.reading));
  // "Little or no ATP and NADPH are made": a reading that opens with its own "no" ("no ATP" is the
  // transport lexicon's "no energy") is that reading only at the end of its statement ("Passive
  // transport needs no energy"); with more of the statement after it, the "no" denies the
  // statement, and the label needs a negation (teacher set 5: "More NADPH is made" had earned it).
  const ownNoBeforeMore = (sp: ReadingSpan): boolean => {
    if (classify(tokens[sp.s] as Token) !== 'neg') return false;
    const clause = (tokens[sp.s] as Token).clause;
    for (let j = sp.e; j < tokens.length && (tokens[j] as Token).clause === clause; j++) {
      const norm = (tokens[j] as Token).norm;
      // "needs no energy from the cell": a place or means after it is no more of the statement.
      if (PLACE_PREPOSITIONS.has(norm) || ADJUNCT.has(norm)) return false;
      if (classify(tokens[j] as Token) === 'content') return true;
    }
    return false;
  };
  // A reading whose gap holds things the label says is no reading of them: "keeps its body
  // temperature constant" is no @stays-at-rest (the membrane's resting state), whose "keep ..3
  // constant" only steps over "body temperature"; read so, "the mouse stays at rest" had earned
  // "The mouse keeps its body temperature constant" (teacher set 18).
  // One word in the gap is the reading's own describing word ("against their concentration
  // gradients", "fix atmospheric nitrogen"); two are a thing of their own.
  const stepsOverContent = (sp: ReadingSpan): boolean =>
    sp.e - sp.s > 3 &&
    gapTokens(reader, doc, sp).filter(
      (i) => subjectOf(tokens[i] as Token) === undefined && classify(tokens[i] as Token) === 'content',
    ).length >= 2;
  const spans = read.spans.filter(
    (sp) =>
      (!subjectReadings.has(sp.reading) || coversSubject(sp)) &&
      !ownNoBeforeMore(sp) &&
      !stepsOverContent(sp),
  );
  const kind = tokens.map((t) => (subjectOf(t) === undefined ? classify(t) : 'stop'));
  // "The population decreases": a counting noun with nothing before it that it counts, no "of"
  // after it and no possessive mark is the thing itself (it had been dropped, leaving "decreases" alone, which "the
  // carrying capacity decreases" earned; teacher set 14).
  tokens.forEach((t, i) => {
    if (!QUANTITY_NOUNS.has(t.norm) || subjectOf(t) !== undefined || tokens[i + 1]?.norm === 'of') return;
    // "Each population's allele frequencies": a possessor, not the thing.
    if (/^['’]/.test(doc.text.slice(t.end, t.end + 1))) return;
    let j = i - 1;
    while (j >= 0 && (tokens[j] as Token).clause === t.clause && (tokens[j] as Token).article) j--;
    if (j < 0 || (tokens[j] as Token).clause !== t.clause || kind[j] !== 'content') kind[i] = 'content';
  });
  // "A 5' cap or a poly-A tail is added": a primed number before a noun other than an end names which
  // cap, and students write "a cap" (teacher set 27's labels alone missed it); "the 5' end" and
  // "3' to 5'" keep theirs, where the end is the point.
  tokens.forEach((t, i) => {
    if (!/^\d$/.test(t.norm) || !/^\s*['’′]/.test(doc.text.slice(t.end, t.end + 2))) return;
    const next = tokens[i + 1];
    if (next === undefined || next.clause !== t.clause || PRIMED_ENDS.has(next.norm) || /^\d/.test(next.norm))
      return;
    kind[i] = 'stop';
    notes.push(`"${t.norm}'" only names which ${next.norm}; not required`);
  });
  // "The relationship is mutualism (both benefit)": a "both" that is its verb's subject, with
  // nothing but that verb after it in its clause, is what the statement says (that each side
  // benefits); dropped as grammar, "it benefits the plant" had earned it (teacher set 15).
  tokens.forEach((t, i) => {
    if (t.norm !== 'both' || kind[i] !== 'stop') return;
    const rest = tokens.filter((u, j) => j > i && u.clause === t.clause && kind[j] === 'content');
    if (rest.length === 1 && !tokens.some((u, j) => j > i && u.clause === t.clause && u.norm === 'and'))
      kind[i] = 'content';
  });
  // "The recombination frequency is 18 percent": "percent" is the number's unit, which students
  // write as "%" (not a word to the reader) or leave for a fraction ("RF = 0.18"; teacher set 10).
  // "The two genes are linked": a count after "the" points at things already named, it claims no
  // number ("the genes are linked" had missed; teacher set 10). "Otters no longer eat the urchins":
  // "longer" after "no" or "any" is part of the negation, not a thing to say ("the otters aren't
  // eating them anymore"; teacher set 9).
  const percentOf = new Map<number, Pattern>();
  tokens.forEach((t, i) => {
    const before = (tokens[i - 1] as Token | undefined)?.norm ?? '';
    if (t.norm === 'percent' && /^\d+(\.\d+)?$/.test(before)) {
      kind[i] = 'stop';
      percentOf.set(i - 1, percentAlternatives(before));
    } else if (/^\d+(\.\d+)?$/.test(t.norm) && doc.text[t.end] === '%') {
      // "a 50% chance": the "%" is no word, but the number is a percentage all the same.
      percentOf.set(i, percentAlternatives(t.norm));
    } else if (PROBABILITY_WORDS.has(t.norm) && percentOf.has(i - 1)) {
      // "a 50% chance": the number is the probability ("50% of the sons", "sons: 1/2"); "chance"
      // here is no randomness, which its synonym group would have read it as (teacher set 12).
      kind[i] = 'stop';
      notes.push(`"${t.norm}" after a percentage: the number says it; not required`);
    } else if (
      /^\d+$/.test(t.norm) &&
      /^\d+$/.test(tokens[i + 1]?.norm ?? '') &&
      doc.text.slice(t.end, (tokens[i + 1] as Token).start) === '/'
    ) {
      // "The probability of type AB is 1/4": a fraction is one thing, said "1/4", "1 in 4" or "25%";
      // as two numbers anywhere in a clause, "AB is 2/4 = 1/2" had met it (teacher set 17).
      const [a, b] = [t.norm, (tokens[i + 1] as Token).norm];
      kind[i + 1] = 'stop';
      const percent = Math.round((100 * Number(a)) / Number(b));
      percentOf.set(i, [
        `=${a} =${b}`,
        `=${a} in =${b}`,
        `=${a} out of =${b}`,
        `${percent}|=${String(Number(a) / Number(b))}`,
      ]);
    } else if (
      MEASURE_UNITS.has(t.norm) &&
      /^[-+]?\d+(\.\d+)?$/.test(before) &&
      kind[i] === 'content' &&
      kind[i - 1] === 'content' &&
      !spans.some((sp) => sp.s <= i - 1 && i < sp.e + 1)
    ) {
      // "The owls get 20 kcal": "20" in the part's box says it; the unit had been required (teacher
      // set 22). Only when the number is itself to be said: in "drifts toward 0 mV" the "0" is part
      // of a reading (@less-negative's "toward 0"), and "mV" is what is left to say it with.
      kind[i] = 'stop';
      notes.push(`"${t.norm}" after a number: the number's unit, which students leave out; not required`);
    } else if (
      ROUGHLY.has(t.norm) &&
      /^[-+]?\d+(\.\d+)?$/.test((tokens[i + 1] as Token | undefined)?.norm ?? '') &&
      kind[i] === 'content'
    ) {
      // "About 480 moths are heterozygous": the rounding word had been the label's subject, and
      // required; "480" in the part's box is the answer (teacher set 23).
      kind[i] = 'stop';
      notes.push(`"${t.norm}" before a number only rounds it; not required`);
    } else if (t.norm === 'half' && kind[i] === 'content') {
      // "Half of the sons": "1/2" and "50%" say it too (teacher set 12).
      percentOf.set(i, percentAlternatives('50'));
    } else if (isCountWord(t.norm) && before === 'the' && kind[i] === 'content') kind[i] = 'stop';
    else if (t.norm === 'longer' && (before === 'no' || before === 'any')) kind[i] = 'stop';
  });
  // Before any are read as places: what the label says, for the warnings (warnLoose).
  // A declared subject's words count as said: "Birds and butterflies evolved their wings
  // independently" kept "evolved" alone with no warning, its subjects being the tie (teacher set 27).
  const saidWords =
    kind.filter((k) => k === 'content').length + tokens.filter((t) => subjectOf(t) !== undefined).length;
  // The noun right after a subject word is part of its name ("passive transport", "active transport").
  // Not a verb: "The mouse increases its cellular respiration" says what the mouse does (a word of
  // change, or one an article or possessive follows, is the verb); read as part of the name, the
  // verb had gone, and "cellular respiration in the mouse" earned it (teacher set 18).
  for (let i = 1; i < tokens.length; i++)
    if (
      subjectOf(tokens[i - 1] as Token) !== undefined &&
      kind[i] === 'content' &&
      subjectOf(tokens[i] as Token) === undefined &&
      !isVerbAfterSubject(tokens, i, doc.text)
    )
      kind[i] = 'stop';
  // "More K⁺ is inside the cell than outside": what comes after "than" is the reference, not
  // required but not to be said on the compared side; the compared side keeps its places and
  // describing words, which are the point ("in small cells").
  const comparison = findComparison(tokens);
  const reference = comparison === undefined ? [] : referenceOf(comparison, tokens, kind, spans, notes);
  const compared = (i: number) => onComparedSide(comparison, tokens, i);
  const optionalRest = (i: number, why: string, place = false) => {
    const words: string[] = [];
    // "At high substrate concentration the drug is outcompeted": a place that opens the label ends
    // where the statement's subject begins, at its article (it had taken the whole label, which
    // then left nothing to match; teacher set 10). With a comma the clause already ends there.
    const opening = place && tokens.slice(0, i).every((_, p) => kind[p] !== 'content');
    for (
      let j = i + 1;
      j < tokens.length && (tokens[j] as Token).clause === (tokens[i] as Token).clause;
      j++
    ) {
      // A place ends where "without" begins: in "leaks back across the membrane without going
      // through ATP synthase" the "without …" is the statement, not where (teacher set 4).
      if (place && (tokens[j] as Token).norm === 'without') break;
      if (opening && words.length > 0 && DETERMINERS.has((tokens[j] as Token).norm)) break;
      if (kind[j] === 'content') words.push((tokens[j] as Token).norm);
      kind[j] = 'stop';
    }
    if (words.length > 0) notes.push(`"${words.join(' ')}" ${why}; not required`);
  };
  // "the R allele", "the B gene": a one-letter name says which allele; students write "R" alone
  // ("passed R to their offspring", teacher set 6), so the noun after it is not required.
  for (let i = 1; i < tokens.length; i++) {
    const name = (tokens[i - 1] as Token).norm;
    if (kind[i] === 'content' && ALLELE_NOUNS.has((tokens[i] as Token).norm) && /^[b-z]$/.test(name)) {
      kind[i] = 'stop';
      notes.push(`"${(tokens[i] as Token).norm}" after the name "${name.toUpperCase()}"; not required`);
    }
  }
  // Describing words dropped before a generic noun (kept if they would leave only the subject).
  const describers: number[] = [];
  // Rule 4: everything after an adjunct preposition, up to the clause end, is optional; so is
  // what "may" happen; and a word that only describes a generic noun ("animal cells").
  for (let i = 0; i < tokens.length; i++) {
    const norm = (tokens[i] as Token).norm;
    if (ADJUNCT.has(norm)) {
      kind[i] = 'stop';
      // "Water moves by osmosis": right after a bare verb of motion, the "how" is the whole point
      // (without it the label says only "water moves"); "moves into the cell by osmosis" has its fact.
      const before = tokens[i - 1];
      if (before !== undefined && kind[i - 1] === 'content' && MOTION_VERBS.has(before.stem)) {
        notes.push(`what follows "${norm}" is the point: "${before.norm}" alone says nothing; required`);
      } else optionalRest(i, `says how (after "${norm}")`);
    } else if (norm === 'even' && CONCESSIVE.has((tokens[i + 1] as Token | undefined)?.norm ?? '')) {
      // "The mutant makes beta-galactosidase even without lactose": the condition is the setting,
      // not the statement, and its "without" does not make the label negative (teacher set 6: "does
      // not make beta-galactosidase even with lactose" had earned it).
      kind[i] = 'stop';
      // "even if …", "even when …" open a clause of their own: the condition runs to the sentence's end.
      const words: string[] = [];
      for (let j = i + 1; j < tokens.length && (tokens[j] as Token).sent === (tokens[i] as Token).sent; j++) {
        if (kind[j] === 'content') words.push((tokens[j] as Token).norm);
        kind[j] = 'stop';
      }
      if (words.length > 0) notes.push(`"${words.join(' ')}" is a condition (after "even"); not required`);
    } else if (norm === 'may' || norm === 'might') optionalRest(i, 'is only what may happen');
    else if (HEDGES.has(norm)) optionalRest(i, `is an aside (after "${norm}")`);
    else if (
      GENERIC.has(norm) &&
      i > 0 &&
      kind[i - 1] === 'content' &&
      !isReadAsOne(spans, i - 1, i) &&
      !compared(i)
    ) {
      kind[i - 1] = 'stop';
      describers.push(i - 1);
      notes.push(`"${(tokens[i - 1] as Token).norm}" only describes the "${norm}"; not required`);
    }
  }
  // "Ions keep leaking down their gradients": leaking and diffusing are movement down a gradient,
  // so the path after such a verb restates the verb; "Na+ leaks in" says it all.
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!PATH_VERBS.has((tokens[i] as Token).stem) || (tokens[i + 1] as Token).norm !== 'down') continue;
    let j = i + 2;
    if (j < tokens.length && /^(its|their|the|a)$/.test((tokens[j] as Token).norm)) j++;
    if ((tokens[j] as Token | undefined)?.stem !== 'gradient') continue;
    for (let k = i + 1; k <= j; k++) kind[k] = 'stop';
    notes.push(`"down ... gradient" is what "${(tokens[i] as Token).norm}" already says; not required`);
  }
  // "X becomes Y": what changes is said by Y; X ("the inside", "the resting potential") is the setting.
  for (let i = 0; i < tokens.length; i++) {
    if (!CHANGE_VERBS.has((tokens[i] as Token).norm)) continue;
    // "turns on the gene" switches something on; it is no change of state of what comes before.
    const particle = tokens[i + 1]?.norm;
    if (particle === 'on' || particle === 'off') continue;
    // "The shaded side grows faster": a rate is said of what grows, which is the point (teacher set 20).
    if (RATE_WORDS.has(particle ?? '')) continue;
    const words: string[] = [];
    for (let j = i - 1; j >= 0 && (tokens[j] as Token).clause === (tokens[i] as Token).clause; j--) {
      if (kind[j] !== 'content') continue;
      words.unshift((tokens[j] as Token).norm);
      kind[j] = 'stop';
    }
    if (words.length > 0) notes.push(`"${words.join(' ')}" is what changes; the change itself is required`);
  }
  const chosen = chooseSpans(spans, kind, tokens);
  // "Water moves from high water potential to low water potential": after a bare verb of motion
  // the path is the statement; its words stay required (label-path.ts).
  const path = findPath(
    tokens,
    (i) => kind[i] === 'content',
    (t) => MOTION_VERBS.has(t.stem) || t.stem === 'flow',
  );
  if (path !== undefined) {
    notes.push(
      'after a verb of motion the path is the statement: "from" and "to" are required, in that order',
    );
    // "from an area of high …": the area is only where the high is.
    for (let i = path.from + 1; i + 1 < path.end; i++)
      if (AREAS.has((tokens[i] as Token).norm) && (tokens[i + 1] as Token).norm === 'of') kind[i] = 'stop';
  }
  // "Cells on the shaded side elongate", "Finches with deeper beaks crack the hard seeds": a phrase
  // right after a one-word subject says which ones, and the verb comes after it. Read as a place, it
  // had taken the verb with it (the label then left nothing to match, or "water" alone for "Water in
  // the cell moves out"), and "with" had been a word to say (teacher set 20). Its words say which
  // ones, so they stay required; only its prepositions go.
  const modifiers: SubjectModifier[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (path !== undefined && i >= path.from && i < path.end) continue;
    const m = subjectModifier(tokens, kind, i);
    if (m === undefined) continue;
    modifiers.push(m);
    const words = tokens.slice(m.p + 1, m.verb).filter((_, k) => kind[m.p + 1 + k] === 'content');
    if (m.where) {
      for (let j = m.p; j < m.verb; j++) kind[j] = 'stop';
      const phrase = tokens.slice(m.p + 1, m.verb).map((w) => w.norm);
      notes.push(`"${phrase.join(' ')}" says where (after "across"); not required`);
      continue;
    }
    notes.push(
      `"${words.map((w) => w.norm).join(' ')}" says which ${(tokens[m.p - 1] as Token).norm} (after "${(tokens[m.p] as Token).norm}"); required`,
    );
  }
  // Where and to what, after a preposition: "to its receptor", "into the postsynaptic cell".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (modifiers.some((m) => i >= m.p && i < m.verb)) {
      if (PLACE_PREPOSITIONS.has(t.norm) || MODIFIER_PREPOSITIONS.has(t.norm)) kind[i] = 'stop';
      continue;
    }
    if (!PLACE_PREPOSITIONS.has(t.norm) && !(path !== undefined && i === path.to)) continue;
    if (path !== undefined && i >= path.from && i < path.end) {
      kind[i] = 'stop';
      continue;
    }
    // "stays at its resting potential": after a verb of staying, the place is the state itself.
    if (i > 0 && STATE_VERBS.has((tokens[i - 1] as Token).stem)) continue;
    // "The viral RNA is not copied into DNA": after a verb of conversion, "into" names what the
    // thing becomes, which is the statement; required, while "into" itself is not ("DNA" had been
    // a place, left out, and "into" a required word; teacher set 26).
    if (t.norm === 'into' && i > 0 && CONVERSION_VERBS.has((tokens[i - 1] as Token).stem)) {
      kind[i] = 'stop';
      const rest: string[] = [];
      for (let j = i + 1; j < tokens.length && (tokens[j] as Token).clause === t.clause; j++)
        if (kind[j] === 'content') rest.push((tokens[j] as Token).norm);
      if (rest.length > 0) notes.push(`"${rest.join(' ')}" is what it becomes (after "into"); required`);
      continue;
    }
    // "The rate of the reaction decreases", "The shape of the active site changes": an "of" right
    // after the statement's first word names whose rate or shape; what follows is the statement.
    if (t.norm === 'of' && opensWithOneWord(tokens, kind, i)) {
      kind[i] = 'stop';
      continue;
    }
    // "The number of rabbits decreases", "the amount of glucose": after a counting noun, "of"
    // names the thing counted, which is what the statement is about: required (it had been read
    // as whose, leaving "decreases" alone; teacher set 14).
    if (t.norm === 'of' && i > 0 && QUANTITY_NOUNS.has((tokens[i - 1] as Token).norm)) {
      kind[i] = 'stop';
      continue;
    }
    // "The allele frequencies of the two populations diverge": with no verb before it, an "of"
    // names whose; the statement's verb comes after its noun and stays required (it had been
    // read as a place, which left "allele frequencies" alone; teacher set 12).
    const whose = t.norm === 'of' ? whoseEnd(tokens, kind, spans, i) : -1;
    if (whose > 0) {
      const words: string[] = [];
      for (let j = i; j <= whose; j++) {
        if (j > i) words.push((tokens[j] as Token).norm);
        kind[j] = 'stop';
      }
      notes.push(`"${words.join(' ')}" says whose (after "of"); not required`);
      continue;
    }
    const inSpan = chosen.find((c) => i >= c.s && i < c.e);
    // "turns on the gene": the "on" of a phrasal verb the lexicon reads; what follows is its object.
    if (t.norm === 'on' && inSpan !== undefined && inSpan.s < i && inSpan.e === i + 1) continue;
    if (compared(i)) {
      // On the compared side the place is the point: a reading ("inside the cell") or a direction
      // stays; a bare preposition before its noun ("in small cells", "at the synapse") gives way
      // to the noun.
      const next = tokens[i + 1];
      const before =
        next !== undefined && next.clause === t.clause && (kind[i + 1] === 'content' || next.article);
      const alone = !inSpan || (inSpan.s === i && inSpan.e === i + 1);
      if (alone && (!DIRECTIONS.has(t.norm) || before)) kind[i] = 'stop';
      continue;
    }
    if (inSpan && inSpan.e !== i + 1) continue;
    // "binds a receptor in the cytoplasm": "in" before a determiner names where, not a way in; so
    // does "in" before a noun or its describing word ("makes the enzyme in large amounts": "in"
    // had been the statement's last, required word), but not before an adverb ("flows in rapidly").
    const after = tokens[i + 1];
    const locative =
      t.norm === 'in' &&
      (!inSpan || inSpan.e === i + 1) &&
      (LOCATIVE_OPENERS.has(after?.norm ?? '') ||
        (after !== undefined &&
          after.clause === t.clause &&
          kind[i + 1] === 'content' &&
          !after.norm.endsWith('ly')));
    if (DIRECTIONS.has(t.norm) && (!inSpan || inSpan.s === i) && !locative) {
      optionalRest(i, `says where (after "${t.norm}")`, true);
      continue;
    }
    kind[i] = 'stop';
    optionalRest(i, `says where (after "${t.norm}")`, true);
  }
  // "moves a substance down its gradient": a plain verb of motion before a path the lexicon reads,
  // with nothing else in the statement but grammar and generic nouns, adds nothing the path does
  // not say, and note form leaves it out ("passive: high → low").
  const paths = chooseSpans(spans, kind, tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (kind[i] !== 'content' || !MOTION_VERBS.has((tokens[i] as Token).stem)) continue;
    // Part of a longer reading ("flows into" is @enters): that reading is the statement.
    if (
      paths.some(
        (c) => c.s <= i && i < c.e && (c.e - c.s > 1 || c.spans.some((x) => x.reading.kind === 'concept')),
      )
    )
      continue;
    const next = paths.find((c) => c.s > i);
    if (next === undefined || (tokens[next.s] as Token).clause !== (tokens[i] as Token).clause) continue;
    if (!next.spans.some((x) => x.reading.kind === 'concept')) continue;
    // Only when the verb and the path are all the statement has: with a third item ("ions are
    // moved against …"), rule 8 already lets one of them be missing.
    let other = false;
    const clause = (tokens[i] as Token).clause;
    for (let j = 0; j < tokens.length; j++)
      if (
        j !== i &&
        (j < next.s || j >= next.e) &&
        kind[j] === 'content' &&
        (tokens[j] as Token).clause === clause
      )
        other = true;
    if (other) continue;
    kind[i] = 'stop';
    notes.push(`"${(tokens[i] as Token).norm}" is said by the path after it; not required`);
  }
  // "Fewer new viruses are made": how many there are is the statement, and a closing passive
  // verb of making adds nothing to it ("less viruses", "fewer viruses" had missed it; teacher
  // set 26). Only after "fewer", "less" or "more" and "are" or "were", as the clause's last word.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (kind[i] !== 'content' || !MAKING_STEMS.has(t.stem) || !PASSIVE_BE.has((tokens[i - 1] as Token).norm))
      continue;
    if (tokens.some((u, j) => j > i && u.clause === t.clause && kind[j] === 'content')) continue;
    if (!tokens.some((u, j) => j < i - 1 && u.clause === t.clause && HOW_MANY.has(u.norm))) continue;
    kind[i] = 'stop';
    notes.push(`"${t.norm}" adds nothing to how many; not required`);
  }
  const items: Item[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const readGroups = chooseSpans(spans, kind, tokens);
  if (warn) warnTwoSenses(readGroups, tokens, notes);
  for (const group of readGroups) {
    for (let p = group.s; p < group.e; p++) covered[p] = true;
    const readings = group.spans.map((s) => s.reading);
    // "ligand-gated channels": a hyphenated description before a noun the lexicon knows. In an
    // answer "the channels" already means the ones the question is about, so the noun alone counts.
    const head = headNounAfterHyphen(doc.text, tokens, group, spans);
    if (head !== undefined && !readings.includes(head)) {
      readings.push(head);
      notes.push(
        `"${wordsOf(tokens, group.s, group.e)}" is also met by "${(tokens[group.e - 1] as Token).norm}" alone`,
      );
    }
    // "Active transport needs energy": a verb reading whose last word is a concept it is built on
    // (@spends-energy on @energy), and nothing else to say in its clause — note form gives the
    // object alone ("active: energy (ATP)").
    const tail = objectAlone(tokens, group, spans, kind);
    if (tail !== undefined && !readings.includes(tail)) {
      readings.push(tail);
      notes.push(`"${wordsOf(tokens, group.s, group.e)}" is also met by its object "${tail.name}" alone`);
    }
    const pattern: Pattern =
      readings.length === 1 ? (readings[0]?.pattern as Pattern) : readings.map((r) => r.pattern);
    items.push({
      pattern,
      text: wordsOf(tokens, group.s, group.e),
      clause: (tokens[group.s] as Token).clause,
      first: group.s,
      end: group.e,
      group: readings.every((r) => r.kind === 'synonyms'),
    });
  }
  let negative = false;
  let ownNegation = false;
  const negClauses = new Set<number>();
  tokens.forEach((t, p) => {
    // A cue inside a lexicon reading ("no energy" is @without-energy) is that reading's polarity:
    // the reading names its cue itself, so the answer's cue must not cancel it.
    if (kind[p] === 'neg' && covered[p]) ownNegation = true;
    if (kind[p] === 'neg' && !covered[p]) {
      negative = true;
      negClauses.add(t.clause);
    }
    if (kind[p] !== 'content' || covered[p]) return;
    // "beta-galactosidase": the words of a hyphenated name are one item, said together; as two, one
    // of them could be the word left out ("make beta" earned it; teacher set 6).
    const prev = items.at(-1);
    if (
      prev !== undefined &&
      prev.end === p &&
      typeof prev.pattern === 'string' &&
      hyphenBetween(doc.text, tokens, p)
    ) {
      prev.pattern = `${prev.pattern} ${t.norm}`;
      prev.text = `${prev.text}-${t.norm}`;
      prev.end = p + 1;
      return;
    }
    // "Reverse-transcriptase", "reverse transcriptase": a one-word reading before an enzyme's name
    // (or joined to the next word by a hyphen) is part of the name, not its reading — "reverse" had
    // been read as "restore" (teacher set 26). The two words are one item, said together.
    const read = items.find((it) => it.group === true && it.first === p - 1 && it.end === p);
    if (read !== undefined && (hyphenBetween(doc.text, tokens, p) || isEnzymeName(t.norm))) {
      const before = (tokens[p - 1] as Token).norm;
      read.pattern = `${before} ${t.norm}`;
      read.text = `${before} ${t.norm}`;
      read.end = p + 1;
      read.group = false;
      return;
    }
    // "the shaded side": a side is named by its describing word, so the two are one item, said
    // together; as two, "side" could be the word left out (teacher set 20).
    if (
      prev !== undefined &&
      prev.end === p &&
      typeof prev.pattern === 'string' &&
      !prev.pattern.includes(' ') &&
      SIDE_NOUNS.has(t.norm)
    ) {
      prev.pattern = `${prev.pattern} ${t.norm}`;
      prev.text = `${prev.text} ${t.norm}`;
      prev.end = p + 1;
      return;
    }
    // "Finches with deeper beaks": the plain form of a describing word says it as well ("the birds
    // with deep beaks", teacher set 20); the label's own comparison is kept by what it is said of.
    const plainForm = PLAIN_FORMS.get(t.norm);
    if (plainForm !== undefined && !tokens.some((u) => u.norm === plainForm)) {
      notes.push(`"${t.norm}" is also said "${plainForm}"`);
      items.push({ pattern: `${t.norm}|${plainForm}`, text: t.norm, clause: t.clause, first: p, end: p + 1 });
      return;
    }
    items.push({ pattern: t.norm, text: t.norm, clause: t.clause, first: p, end: p + 1 });
  });
  items.sort((a, b) => a.first - b.first);
  // "Mitochondria have a double membrane": with its describing word dropped and the generic noun
  // unread, the label kept only its subject, and every answer naming mitochondria earned it (teacher
  // set 15). A statement needs something said of its subject: the object keeps its describing word
  // and noun, said together.
  const d = describers.find(
    (x) => (tokens[x] as Token).clause === (tokens[items[0]?.first ?? 0] as Token).clause,
  );
  if (items.length === 1 && d !== undefined && (items[0] as Item).end <= d) {
    // "The forelimbs are homologous structures": a noun that says nothing of its own ("structures",
    // "things") leaves the describing word alone to say it ("the forelimbs are homologous";
    // teacher set 27).
    const empty = EMPTY_NOUNS.has((tokens[d + 1] as Token).norm);
    const words = empty
      ? (tokens[d] as Token).norm
      : `${(tokens[d] as Token).norm} ${(tokens[d + 1] as Token).norm}`;
    items.push({ pattern: words, text: words, clause: (tokens[d] as Token).clause, first: d, end: d + 2 });
    const dropped = notes.findIndex((n) => n.startsWith(`"${(tokens[d] as Token).norm}" only describes`));
    notes.splice(dropped, dropped < 0 ? 0 : 1);
    notes.push(
      empty
        ? `"${words}" is all the label says of "${(items[0] as Item).text}": required`
        : `"${words}" is all the label says of "${(items[0] as Item).text}": required, said together`,
    );
  }
  for (const it of items) {
    // "only one X": students write the count in digits too ("guys only got 1 X"; teacher set 12).
    const alternatives = percentOf.get(it.first) ?? DIGIT_OF.get(it.text);
    if (alternatives !== undefined && it.end === it.first + 1) it.pattern = alternatives;
  }
  mergeOr(items, tokens);
  if (items.length === 0) return undefined;
  pronounSubjects(items, tokens, notes, (p) => typeof p === 'string' && reader.isKindOf(p, '@ion'));
  markAntecedent(items, tokens, notes, (p) => typeof p === 'string' && reader.isKindOf(p, '@ion'));
  const counts = countPattern(items);
  if (counts !== undefined) {
    notes.push(
      'two counts ("three X for every two Y"): each number with its own thing, or the ratio "3:2" after the first',
    );
    return { pattern: counts, negative: false, ownNegation: false };
  }
  bindCounts(items, tokens);

  // "… leaking down their gradients and nothing pumps them back": two statements joined by
  // "and" are two clauses when the first has two or more items.
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'and') continue;
    const clause = (tokens[i] as Token).clause;
    const left = items.filter((it) => it.clause === clause && it.first < i);
    const right = items.filter((it) => it.clause === clause && it.first > i);
    if (left.length < 2 || right.length < 1) continue;
    const split = clause + 0.5 + i / (10 * tokens.length);
    for (const it of right) it.clause = split;
    if (
      negClauses.has(clause) &&
      tokens.slice(0, i).every((t, p) => t.clause !== clause || kind[p] !== 'neg')
    ) {
      negClauses.delete(clause);
      negClauses.add(split);
    } else if (
      negClauses.has(clause) &&
      tokens.slice(i).some((t, p) => t.clause === clause && kind[p + i] === 'neg')
    )
      negClauses.add(split);
  }
  // The label's own words: an opposite it says itself ("hydrophilic … hydrophobic bilayer") is no slip.
  const labelWords = new LabelWords(
    tokens.map((t) => t.norm),
    countedWords(tokens, kind),
    rankWords(tokens),
  );
  const byClause = new Map<number, Item[]>();
  for (const it of items) byClause.set(it.clause, [...(byClause.get(it.clause) ?? []), it]);
  const groups: Pattern[] = [];
  for (const [clause, its] of byClause) {
    if (tokens.some((t) => t.clause === clause && t.norm === 'may') && byClause.size > 1) {
      notes.push(`"${its.map((i) => i.text).join(' ')}" only says what may happen; not required`);
      continue;
    }
    // "Some finches already had deeper beaks before the drought": a closing "before …" or "after …"
    // of a word or two says when, as a place says where; no student writes it (teacher set 20).
    const opener = tokens.find((t) => t.clause === clause);
    if (
      opener !== undefined &&
      TIME_OPENERS.has(opener.norm) &&
      its.length <= 2 &&
      byClause.size > 1 &&
      tokens.every((t) => t.clause <= clause) &&
      [...byClause.keys()].some((c) => c < clause && (byClause.get(c) ?? []).length >= 2)
    ) {
      notes.push(`"${its.map((i) => i.text).join(' ')}" says when (after "${opener.norm}"); not required`);
      continue;
    }
    const isIon = (p: Pattern) => typeof p === 'string' && reader.isKindOf(p, '@ion');
    const phraseLike = (concept: string) => reader.isPhraseConcept(concept);
    // "Insects with the R allele survive": the words saying which ones are the point, never the word
    // left out ("the strongest insects survived" had earned it once "with" was let go; "the finches
    // used their beaks to crack the seeds" earned "Finches with deeper beaks crack the seeds"). Of
    // two or more, the last is the noun they describe ("beaks"), which may go as any word may.
    const which = new Set<string>();
    for (const m of modifiers) {
      if (m.where) continue;
      const inside = its.filter((it) => it.first > m.p && it.first < m.verb);
      for (const it of inside.length === 1 ? inside : inside.slice(0, -1))
        which.add(JSON.stringify(it.pattern));
    }
    // Which side, like which ion, is the point: never the word left out (teacher set 20: "The shaded
    // side grows faster" was earned by "the lit side grows faster").
    const keptHere = (p: Pattern) =>
      isIon(p) || which.has(JSON.stringify(p)) || (typeof p === 'string' && isSideItem(p));
    const guard = both(comparedGuard(comparison, reference, its), pathGuard(path, items, tokens));
    const group = clauseGroup(
      its,
      negClauses.has(clause),
      keptHere,
      guard,
      labelWords,
      warn ? notes : undefined,
      sideBySide,
      phraseLike,
    );
    const subject = its.find((it) => it.antecedent === true);
    // Not the verb after a subject's describing phrase ("Cells on the shaded side elongate").
    const last = objectOf(its, tokens, isIon);
    const object =
      last !== undefined && modifiers.some((m) => endsModifierPhrase(m, last, tokens, kind))
        ? undefined
        : last;
    // The clause's group for other items, keeping only ions (no notes, no side-by-side warning).
    const groupOf = (items: Item[]): Pattern =>
      clauseGroup(items, negClauses.has(clause), isIon, guard, labelWords, undefined, undefined, phraseLike);
    // A pronoun's clause says the statement, and what it stands for was named just before it.
    const withPronounFor = (named: Item, pronouns: string): Pattern => ({
      all: [named.pattern, groupOf(its.map((it) => (it === named ? { ...it, pattern: pronouns } : it)))],
      ordered: true,
      scope: 'answer',
      within: ANTECEDENT_REACH,
    });
    const swapped = giverSwapped(its);
    const alternatives: Pattern[] = [
      swapped === undefined ? group : { all: [group, { not: swapped }], scope: 'clause' },
    ];
    if (swapped !== undefined)
      notes.push('who gives to whom is kept: the same words with giver and receiver swapped do not earn it');
    // "The golgi packs insulin into vesicles. They travel to the membrane." A passive label's subject
    // is what an active answer acts on: "The control bacteria are killed …" is said "… so the
    // ampicillin killed them" (teacher set 18).
    if (subject !== undefined)
      alternatives.push(
        withPronounFor(subject, isPassive(tokens) ? `${ANTECEDENT_PRONOUNS}|=them|=em` : ANTECEDENT_PRONOUNS),
      );
    // "Mitochondria have circular DNA, their own ribosomes, a double membrane": each item of a list
    // after the subject's verb is said of that subject, though the commas make it a clause of its
    // own (set 15's labels alone missed 18 ribosome, membrane and fission points written so). The
    // item must open its clause: "The water is hypotonic so Na+ rushes into the cell" has a
    // subject of its own, and does not say that water enters.
    if (subject !== undefined) {
      const rest = its.filter((it) => it !== subject);
      alternatives.push({
        all: [subject.pattern, groupOf(rest)],
        ordered: true,
        scope: 'sentence',
        within: ANTECEDENT_REACH,
        listed: true,
      });
    }
    // "When the algae die, bacteria decompose them" (teacher set 7).
    if (object !== undefined && object !== subject) {
      alternatives.push(withPronounFor(object, OBJECT_PRONOUNS));
      notes.push(
        `"${object.text}" is the object: "them" or "it" may stand for it once the answer has named it`,
      );
    }
    groups.push(alternatives.length === 1 ? group : alternatives);
  }
  if (warn) warnLoose(items, saidWords, notes, describers.length, tokens);
  if (warn) warnCausative(items, tokens, notes);
  if (warn) warnQuantifier(tokens, kind, notes);
  if (groups.length === 0) return undefined;
  let pattern: Pattern = groups.length === 1 ? (groups[0] as Pattern) : { all: groups, scope: 'answer' };
  // "both are ions diffusing through channels, without ATP": a last clause of manner alone
  // ("without …", "with no …") restates the statement; either one says it.
  const clauses = [...byClause.keys()];
  const lastClause$ = clauses.at(-1);
  if (groups.length === 2 && clauses.length === 2 && lastClause$ !== undefined) {
    const first = tokens.find((t) => t.clause === lastClause$);
    if (first !== undefined && (first.norm === 'without' || first.norm === 'with')) {
      pattern = groups;
      notes.push(
        `"${wordsOf(tokens, tokens.indexOf(first), tokens.length)}" says the same another way; either earns`,
      );
    }
  }
  // "Threshold is not reached, so no action potential fires": the statement after "so" is the
  // conclusion the point asks for; said on its own it also earns (the reason is how one gets there).
  const lastClause = [...byClause.keys()].at(-1);
  const opener = tokens.find((t) => t.clause === lastClause)?.norm;
  if (groups.length > 1 && opener !== undefined && CONSEQUENCE.has(opener)) {
    pattern = [pattern, groups.at(-1) as Pattern];
    notes.push(`the conclusion after "${opener}" also earns the point on its own`);
  }
  return { pattern, negative, ownNegation };
}

/**
 * The reference side of a comparison ("than outside", "than in large cells"): the patterns its
 * words read as, which the compared side must not say; its tokens are then left out of the
 * statement (rule 4 of the module comment does not reach past "than").
 */
function referenceOf(
  c: Comparison,
  tokens: readonly Token[],
  kind: Kind[],
  spans: readonly ReadingSpan[],
  notes: string[],
): Pattern[] {
  const refKind = kind.map((k, i) =>
    i > c.than && i < c.end && k === 'content' && !PLACE_PREPOSITIONS.has((tokens[i] as Token).norm)
      ? k
      : 'stop',
  );
  // "Smaller fragments move farther than larger fragments": a word both sides name ("fragments")
  // is what both are; only the reference's own words ("larger") tell it apart, and forbidding the
  // shared one had refused "smaller fragments move farther" (teacher set 13).
  const compared = new Set<string>();
  for (let i = 0; i < c.than; i++)
    if ((tokens[i] as Token).clause === c.clause && kind[i] === 'content')
      compared.add((tokens[i] as Token).stem);
  const shared = (i: number) => compared.has((tokens[i] as Token).stem);
  const inside = spans.filter((sp) => sp.s > c.than && sp.e <= c.end);
  const out: Pattern[] = [];
  const covered = new Set<number>();
  for (const group of chooseSpans(inside, refKind, tokens)) {
    for (let p = group.s; p < group.e; p++) covered.add(p);
    let all = true;
    for (let p = group.s; p < group.e; p++) if (refKind[p] === 'content' && !shared(p)) all = false;
    if (all) continue;
    const readings = group.spans.map((sp) => sp.reading.pattern as Pattern);
    out.push(readings.length === 1 ? (readings[0] as Pattern) : readings);
  }
  for (let i = c.than + 1; i < c.end; i++)
    if (refKind[i] === 'content' && !covered.has(i) && !shared(i)) out.push((tokens[i] as Token).norm);
  const words = tokens
    .slice(c.than + 1, c.end)
    .map((t) => t.norm)
    .join(' ');
  for (let i = c.than; i < c.end; i++) kind[i] = 'stop';
  notes.push(
    `"than ${words}" is what is compared with: not required, and not to be said before the comparison`,
  );
  return dedupe(out);
}

/** Where the area of a path ("from an area of high …") is named. */
const AREAS = new Set(['area', 'areas', 'region', 'regions', 'place', 'places']);

/**
 * For the clause holding a path, the guard {@link clauseGroup} puts on the items named only at its
 * end: see {@link guardPathEnd}.
 */
function pathGuard(
  path: Path | undefined,
  items: readonly Item[],
  tokens: readonly Token[],
): ((p: Pattern) => Pattern) | undefined {
  if (path === undefined) return undefined;
  // A reading across "to" ("high … to low" is @down-gradient) already says which way.
  if (items.some((it) => it.first < path.to && it.end > path.to)) return undefined;
  const inPath = (it: Item, s: number, e: number) =>
    (tokens[it.first] as Token).clause === path.clause && it.first > s && it.first < e;
  const start = items.filter((it) => inPath(it, path.from, path.to)).map((it) => JSON.stringify(it.pattern));
  const end = items.filter((it) => inPath(it, path.to, path.end)).map((it) => JSON.stringify(it.pattern));
  const startOnly = [...new Set(start.filter((k) => !end.includes(k)))].map((k) => JSON.parse(k) as Pattern);
  // Not a word the label also names before the path ("Water moves … to low water potential").
  const before = items.filter((it) => !inPath(it, path.to, path.end)).map((it) => JSON.stringify(it.pattern));
  const endOnly = new Set(end.filter((k) => !start.includes(k) && !before.includes(k)));
  if (startOnly.length === 0 || endOnly.size === 0) return undefined;
  return (p) => (endOnly.has(JSON.stringify(p)) ? guardPathEnd(p, startOnly) : p);
}

/** True when only a hyphen stands between token p-1 and token p of the label ("beta-galactosidase"). */
function hyphenBetween(text: string, tokens: readonly Token[], p: number): boolean {
  const a = tokens[p - 1];
  const b = tokens[p];
  return a !== undefined && b !== undefined && /^[-‐‑]$/.test(text.slice(a.end, b.start));
}

/** Two optional guards as one. */
function both(
  a: ((p: Pattern) => Pattern) | undefined,
  b: ((p: Pattern) => Pattern) | undefined,
): ((p: Pattern) => Pattern) | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return (p) => a(b(p));
}

/**
 * For the clause holding a comparison, the guard {@link clauseGroup} puts on each item: see
 * {@link guardCompared}. Other clauses are left as they are.
 */
function comparedGuard(
  c: Comparison | undefined,
  reference: readonly Pattern[],
  items: readonly Item[],
): ((p: Pattern) => Pattern) | undefined {
  if (c === undefined || !items.some((it) => it.clause === c.clause && it.first < c.than)) return undefined;
  const comparative = items.find((it) => it.first <= c.at && c.at < it.end);
  const key = comparative === undefined ? undefined : JSON.stringify(comparative.pattern);
  return (p) => guardCompared(p, JSON.stringify(p) === key, reference);
}

/** A label's words, and the words right after its "each", "every" or "all" ("daughter|cell"). */
class LabelWords extends Set<string> {
  constructor(
    words: Iterable<string>,
    readonly counted: string,
    /** The words that rank ("the most distant", "closest"), from {@link rankWords}. */
    readonly ranks: ReadonlySet<string> = new Set(),
  ) {
    super(words);
  }
}

const NO_LABEL_WORDS = new LabelWords([], '');

/**
 * The label's words that rank: "closest", "distant", and "most" or "least" after "the" ("Yeast
 * is the most distant relative"); not "most" counting a share ("Most energy is lost as heat").
 */
function rankWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!RANK_WORDS.has(t.norm)) return;
    if ((t.norm === 'most' || t.norm === 'least') && tokens[i - 1]?.norm !== 'the') return;
    out.add(t.norm);
  });
  return out;
}

/** The one or two plain words right after a label's "each", "every" or "all", joined by "|"; else "". */
function countedWords(tokens: readonly Token[], kind: readonly Kind[]): string {
  const at = tokens.findIndex((t) => t.norm === 'each' || t.norm === 'every' || t.norm === 'all');
  if (at < 0) return '';
  const words: string[] = [];
  for (let j = at + 1; j < tokens.length && words.length < 2; j++) {
    const t = tokens[j] as Token;
    // "each daughter cell": a describing word let go ("daughter") is still the thing counted.
    if (
      kind[j] === 'neg' ||
      isGrammar(t.norm) ||
      t.clause !== (tokens[at] as Token).clause ||
      !/^[a-z]+$/.test(t.norm)
    )
      break;
    words.push(t.norm);
  }
  return words.join('|');
}

/**
 * All items in one clause; with three or more, one of them may be missing, but never the last
 * (in a statement the last word is usually what happens: "… flows into the cell", "… stay closed")
 * and never a named ion (`kept`): "K⁺ is pumped into the cell" is about K⁺, and "the pump moves
 * chloride in" is not it.
 */
function clauseGroup(
  items: Item[],
  negated: boolean,
  kept: (p: Pattern) => boolean,
  guard: (p: Pattern) => Pattern = (p) => p,
  labelWords: LabelWords = NO_LABEL_WORDS,
  notes?: string[],
  sideBySide: ReadonlySet<string> = new Set(),
  phraseLike: (concept: string) => boolean = () => false,
): Pattern {
  const cue: Pattern[] = negated ? [NEGATION_CUES] : [];
  // "Every codon changes": the quantifier is grammar to the reader, but "Only one codon changes"
  // says its opposite (teacher set 8); a label that says every or all is not met in a clause
  // that says only one.
  // Only of the thing counted: "Mitosis gives each daughter cell an identical copy" is still met in
  // "… identical copies of the chromosomes and there is only one parent" (teacher set 21).
  const counted = labelWords.counted;
  const quantifier: NotItem[] = ['every', 'all', 'each'].some((w) => labelWords.has(w))
    ? [{ not: counted === '' ? '=only|=just one|single|=1' : `=only|=just one|single|=1 ..1 ${counted}` }]
    : [];
  // The same reading twice ("active transport" and "needs energy" are both @uses-energy) is one item.
  const pats = dedupe(items.map((i) => i.pattern));
  if (pats.length === 1 && !negated) return guard(pats[0] as Pattern);
  const amounts = new Set(
    items
      .filter((i) => isAmount(i) || i.text.split(/\s+/).some((w) => labelWords.ranks.has(w.toLowerCase())))
      .map((i) => JSON.stringify(i.pattern)),
  );
  // A reading the label says twice ("The activated receptor activates a G protein") is what the
  // statement is about; leaving it out would let "a G protein-coupled receptor" earn it.
  const said = items.map((i) => JSON.stringify(i.pattern));
  const twice = new Set(said.filter((k, n) => said.indexOf(k) !== n));
  // "Less oxygen is produced": left without its one thing, a statement of only synonym groups
  // ("less … produced") is met by any other thing ("less ATP is made"; teacher set 5).
  const things = items.filter((it) => it.group !== true).map((it) => JSON.stringify(it.pattern));
  const onlyThing = new Set(new Set(things).size === 1 ? things : []);
  // "The fertilized egg has three copies": left without what has them, a count and its noun ("three
  // copies") say nothing of whose they are ("the child has three copies"; teacher set 7).
  const counts = new Set(items.filter(isCount).map((i) => JSON.stringify(i.pattern)));
  const countAndOne = (skip: number) =>
    pats.filter((p, k) => k !== skip && !counts.has(JSON.stringify(p))).length < 2;
  // "The mechanism is a bottleneck effect": a subject that "it" may stand for, with one word left,
  // says almost nothing ("It is the founder effect" had earned it; teacher set 9).
  const pronounSubject = pats.findIndex((p) => Array.isArray(p) && p.includes(SUBJECT_PRONOUNS));
  const pronounAndOne = (skip: number) => {
    if (pronounSubject < 0 || skip === pronounSubject) return false;
    const rest = pats.filter((_, k) => k !== skip && k !== pronounSubject);
    // A lexicon reading left is a statement of its own ("it is against the gradient"); a plain word is not.
    return rest.length < 2 && rest.every((p) => typeof p === 'string' && /^[a-z0-9]+$/.test(p));
  };
  // "The amino acid sequence changes": left without "sequence", it says "amino acid changes", and
  // "one amino acid is different" meets that, though it is the opposite claim (teacher set 8). A
  // label that gives no count is not met, with a word left out, by a clause that counts one of a
  // thing it names.
  const oneOf = (kept: readonly Pattern[]): NotItem[] => {
    if (counts.size > 0) return [];
    // Plain words only: a lexicon reading may be an all-of, which cannot follow a count.
    const words = kept.filter(
      (p): p is string =>
        typeof p === 'string' &&
        /^[a-z][a-z0-9]*$/.test(p) &&
        !ONE_DESCRIBED.has(p) &&
        things.includes(JSON.stringify(p)),
    );
    // No gap but a describing word: "the final one activates glycogen phosphorylase" is a pronoun.
    const described = [...ONE_DESCRIBED].join('|');
    // "a different amino acid" counts one as well; a bare "a" does not ("a glycogen phosphorylase").
    return words.length === 0
      ? []
      : [{ not: [`=one|=single|=1 ${described}? ${words.join('|')}`, `=a ${described} ${words.join('|')}`] }];
  };
  // Which one may be missing: not the last, not a named ion, not how much or which way ("Less ATP
  // is made" is not met by "More ATP is made" with "less" left out), not one said twice, not the
  // only thing among synonym groups.
  const skips =
    pats.length < 3
      ? []
      : pats
          .slice(0, -1)
          .map((p, skip) => {
            const key = JSON.stringify(p);
            return kept(p) ||
              amounts.has(key) ||
              twice.has(key) ||
              onlyThing.has(key) ||
              countAndOne(skip) ||
              pronounAndOne(skip)
              ? undefined
              : skip;
          })
          .filter((skip) => skip !== undefined);
  // Rule 8 said plainly, for `rubric explain`: which shorter statements also earn it ("Glycolysis
  // still makes ATP" was earned by "they make ATP from the electron transport chain", and the
  // eleventh teacher saw nothing say so).
  if (notes !== undefined && skips.length > 0) {
    const said = (k: number) =>
      items
        .filter((it) => JSON.stringify(it.pattern) !== JSON.stringify(pats[k]))
        .map((it) => it.text)
        .join(' … ');
    notes.push(
      `with one word left out it is also earned by ${skips.map((k) => `"${said(k as number)}"`).join(', ')}; if that word is the point, add an example that should miss`,
    );
    // "Urchins eat the kelp": when the word that may be left out is the verb between two plain
    // words, "urchins … kelp" earns it (teacher set 9 found it only from a false credit).
    const [a, b, c] = items;
    const plainWord = (it: Item) => typeof it.pattern === 'string' && /^[a-z0-9]+$/.test(it.pattern);
    if (items.length === 3 && a && b && c && [a, b, c].every(plainWord) && skips.includes(1))
      notes.push(
        `⚠ one of "${a.text}", "${b.text}", "${c.text}" may be missing, "${b.text}" too: any clause with "${a.text}" and "${c.text}" earns it. If "${b.text}" is the point, add accept: phrases and an example that should miss`,
      );
    // "DNA ligase joins the fragments" was earned by "DNA polymerase joins the fragments", the
    // enzyme being the word left out; set 14's teacher saw no warning. Which enzyme is often the
    // point (though not always: a writer credits "moves away from the fork" without "polymerase").
    for (const k of skips) {
      const p = pats[k as number];
      // "The lizard's body temperature drops" was earned by "the mouse's body temperature drops",
      // the lizard being the word left out, in a prompt about a mouse and a lizard (teacher set 18).
      // A warning, not a rule: left out, such a word is as often said by a pronoun or another name
      // ("the plant gives them sugar", "the soybean uses the N"; teacher set 15).
      if (typeof p === 'string' && sideBySide.has(stemOf(p)))
        notes.push(
          `⚠ "${p}" may be the word left out, and the prompt sets it beside something else: "${said(k as number)}" said of the other one earns it. Declare the question's subjects (subjects:, see the guide) so a fact must be said of the right one`,
        );
      // "reverse transcriptase": a two-word name is one item, and its last word is the enzyme.
      if (typeof p === 'string' && isEnzymeName(p.split(' ').at(-1) ?? p))
        notes.push(
          `⚠ the enzyme "${p}" may be the word left out: "${said(k as number)}" with any other enzyme earns it. If which enzyme is the point, write the point as a pattern that requires "${p}" (accept: phrases cannot take credit away), and add an example naming another enzyme that should miss`,
        );
      // "The rhesus monkey is the closest relative" earned "The chimpanzee is the closest relative
      // of humans", the chimpanzee being the word left out (teacher set 25). A warning, not a rule:
      // as a rule it cost set 25's labels 17 decisions (3 gained), answers that name the chimp as
      // "chimps" or "it".
      const ranked =
        k === 0 && labelWords.ranks.size > 0 ? items.find((it) => it.pattern === p)?.text : undefined;
      if (ranked !== undefined)
        notes.push(
          `⚠ "${ranked}" may be the word left out of a ranking: "${said(k as number)}" said of anything else earns it. If which one ranks is the point, write the point as a pattern that requires "${ranked}" (accept: phrases cannot take credit away), and add an example naming another that should miss`,
        );
      // "Some finches already had deeper beaks" was earned by "the finches evolved deeper beaks",
      // "already" being the word left out, and set 20's teacher saw no warning: a word of time or
      // order is often the whole point (variation that was there before).
      if (typeof p === 'string' && TIME_ORDER_WORDS.has(p))
        notes.push(
          `⚠ "${p}" may be the word left out: "${said(k as number)}" earns it. If "${p}" is the point, write the point as a pattern that requires it (accept: phrases cannot take credit away), and add an example without it that should miss`,
        );
    }
  }
  const groups: Pattern[] =
    skips.length === 0
      ? [{ all: [...cue, ...pats.map(guard), ...quantifier], scope: 'clause' }]
      : skips.map((skip) => ({
          all: [
            ...cue,
            ...pats.filter((_, k) => k !== skip).map(guard),
            ...oppositeGuard(items, pats[skip], labelWords),
            ...oneOf(pats.filter((_, k) => k !== skip)),
            ...quantifier,
          ],
          scope: 'clause' as const,
        }));
  // A negative statement is also made by negating its last concept directly: "no action
  // potentials", "no binding", "no influx" for "cannot fire action potentials", "cannot bind".
  // A verb negated on its own ("cannot bind") needs the label's subject named before it in the
  // sentence ("ACh is released but can't bind"): alone it was earned by any other thing that
  // cannot bind ("RNA polymerase cannot bind to the promoter", teacher set 6).
  // Only a concept that is a phrase can stand in one: "No natural selection acts on the
  // population" read "natural" as @without-energy, an all-of concept, and the phrase made of it
  // stopped the teacher's file from importing (teacher set 23).
  const last = [...pats]
    .reverse()
    .find((p) => typeof p === 'string' && /^@[a-z0-9-]+$/.test(p) && phraseLike(p));
  if (negated && last !== undefined) {
    groups.push(`=no|without ..1 ${last as string}`);
    const subject = items.find((it) => it.antecedent === true && it.pattern !== last)?.pattern;
    if (subject !== undefined)
      groups.push({ all: [subject, `=not|=never ..1 ${last as string}`], ordered: true, scope: 'sentence' });
  }
  return groups.length === 1 ? (groups[0] as Pattern) : groups;
}

/**
 * When the item left out says one of two opposites ("loses", "dominant"), the clause must not say
 * the other in its place ("gains", "recessive"): see label-opposites.ts. Empty otherwise.
 */
function oppositeGuard(
  items: readonly Item[],
  skipped: Pattern | undefined,
  labelWords: ReadonlySet<string>,
): NotItem[] {
  const key = JSON.stringify(skipped);
  const words = items
    .filter((it) => JSON.stringify(it.pattern) === key)
    .flatMap((it) => it.text.split(/\s+/));
  const opposite = oppositesOf(words, labelWords);
  return opposite.length === 0 ? [] : [{ not: opposite.map((w) => `=${w}`).join('|') }];
}

/** Words ending in "-ase" that name no enzyme. */
const NOT_ENZYMES = new Set(
  'base case ease vase cease chase lease erase phase please phrase crease release disease increase decrease purchase database'.split(
    ' ',
  ),
);

/**
 * Whether a label word names an enzyme ("primase", "ligase", "helicase", "polymerases"): one
 * word of 6+ letters ending in "-ase", not a word that only ends so ("release", "metaphase").
 */
function isEnzymeName(word: string): boolean {
  const w = word.endsWith('ases') ? word.slice(0, -1) : word;
  return /^[a-z]{3,}ase$/.test(w) && !NOT_ENZYMES.has(w) && !w.endsWith('phase');
}

/** What may stand between a count of one and its thing: "one wrong amino acid". */
const ONE_DESCRIBED = new Set('wrong different incorrect new altered changed mutated bad extra'.split(' '));

/** Words that say how much or which way: the point of a statement, never left out. */
const AMOUNT_WORDS = new Set(
  (
    'less more fewer lower higher greater smaller larger bigger low high increase increases increased decrease decreases decreased both ' +
    // Size is how much too: "The population is too small for Hardy-Weinberg equilibrium" without
    // "small" was earned by "it is large again so it is in Hardy-Weinberg equilibrium" (teacher set 9).
    'small large big tiny huge few many ' +
    // So is a charge or a pole: "The DNA moves toward the positive electrode" without "positive"
    // was earned by "toward the negative electrode" (teacher set 13).
    'positive negative positively negatively anode cathode'
  ).split(' '),
);

/**
 * Words that rank ("Yeast is the most distant relative of humans"): how much too, so never left
 * out ("Yeast is the most closely related" had earned it with "distant" left out; teacher set 25).
 */
const RANK_WORDS: ReadonlySet<string> = new Set(
  'most least closest nearest farthest furthest distant highest lowest largest smallest biggest greatest fewest'.split(
    ' ',
  ),
);

/**
 * Counts are how much too: "One gamete has two copies" is not met by "each gamete gets one copy"
 * with "two" left out (teacher set 7).
 */
const COUNT_WORDS = new Set(
  'one two three four five six seven eight nine ten twelve twenty hundred extra double twice triple half single'.split(
    ' ',
  ),
);

/**
 * "The egg or sperm has two chromosome 21s": a count is said of the thing right after it, so the
 * answer's count must come shortly before that thing too ("2 copies of chromosome 21"), not be any
 * count in the clause ("each gamete gets one chromosome 21 and the zygote gets two"; teacher set 7's
 * own near miss).
 */
function bindCounts(items: Item[], tokens: readonly Token[]): void {
  const adjacent = (a: Item, b: Item) => {
    if (a.clause !== b.clause) return false;
    for (let p = a.end; p < b.first; p++) if (!DETERMINERS.has((tokens[p] as Token).norm)) return false;
    return true;
  };
  for (let k = 0; k + 1 < items.length; k++) {
    const count = items[k] as Item;
    if (!isCount(count)) continue;
    // The noun phrase after it, word by word ("chromosome", "21s"): any of them after the count.
    const phrase: Pattern[] = [];
    for (let j = k + 1; j < items.length; j++) {
      const it = items[j] as Item;
      if (isCount(it) || !adjacent(items[j - 1] as Item, it)) break;
      phrase.push(it.pattern);
    }
    if (phrase.length === 0) continue;
    const thing = phrase.length === 1 ? (phrase[0] as Pattern) : phrase;
    count.pattern = { all: [count.pattern, thing], ordered: true, scope: 'clause', within: 4 };
  }
}

/** Whether a (lower-case) word is a count: a number word or numerals ("three", "2", "0.5"). */
function isCountWord(w: string): boolean {
  return COUNT_WORDS.has(w) || /^\d+(\.\d+)?$/.test(w);
}

/** Whether a label item is a count ("three", "2"), not inside a lexicon reading. */
function isCount(item: Item): boolean {
  return !isConcept(item.pattern) && item.text.split(/\s+/).some((w) => isCountWord(w.toLowerCase()));
}

/** Whether a label item says how much or which way, by its own words ("less", "increases", "two", "3"). */
function isAmount(item: Item): boolean {
  return item.text.split(/\s+/).some((w) => {
    const n = w.toLowerCase();
    // A count inside a lexicon reading ("toward 0 mV" is @less-negative) is that reading's word.
    const count = isCountWord(n);
    return AMOUNT_WORDS.has(n) || (count && !isConcept(item.pattern)) || isComparative(w);
  });
}

/**
 * Words that say how many, left out as grammar: "both", "only"; and "any", "every" (teacher set
 * 21: "Any sperm can fertilize any egg" lost the "any" that is its point, with no warning).
 */
const DROPPED_QUANTIFIERS = new Set(['both', 'only', 'any', 'every']);

/**
 * "Both alleles are expressed in the phenotype" was earned by "Only the dominant allele is
 * expressed": "both" is grammar to the reader, and set 17's teacher saw no warning. A "both" or
 * "only" left out (not "both X and Y", which names the two) is said as a warning.
 */
function warnQuantifier(tokens: readonly Token[], kind: readonly Kind[], notes: string[]): void {
  tokens.forEach((t, i) => {
    if (!DROPPED_QUANTIFIERS.has(t.norm) || kind[i] === 'content') return;
    // "Three Na⁺ for every two K⁺": a ratio, whose counts say it.
    if (isCountWord(tokens[i + 1]?.norm ?? '')) return;
    if (t.norm === 'both' && tokens.some((u, j) => j > i && u.clause === t.clause && u.norm === 'and'))
      return;
    notes.push(
      `⚠ "${t.norm}" is not required: the rest of the label earns the point without it${t.norm === 'both' ? ' (even "only one …" does)' : ''}. If "${t.norm}" is the point, write the point as a pattern that requires it, and add an example that should miss`,
    );
  });
}

/** "make" as a label writes it: read as the "produce" group of words.yaml. */
const MAKING = /^(make|makes|made|making)$/;

/**
 * "Oxytocin makes the uterus contract": "makes" with an object and a second word after it means
 * "causes", but it is read as "produce" (make, generate, synthesize), and set 16's teacher found
 * that only from the compiled tree. Said as a warning; the reading stays.
 */
function warnCausative(items: readonly Item[], tokens: readonly Token[], notes: string[]): void {
  const m = items.findIndex((it) => MAKING.test(it.text));
  const object = items[m + 1];
  const second = items[m + 2];
  if (m < 0 || object === undefined || second === undefined) return;
  const clause = (tokens[(items[m] as Item).first] as Token).clause;
  if (object.clause !== clause || second.clause !== clause || object.end !== second.first) return;
  if (items.some((it, k) => k > m + 2 && it.clause === clause)) return;
  if (isAmount(object) || isAmount(second)) return;
  // "makes the uterus contract" has a bare verb last; "makes identical copies" a plural noun, a
  // thing made (teacher set 21 was warned of it).
  if (/[^s]s$/i.test(second.text)) return;
  notes.push(
    `⚠ "${(items[m] as Item).text}" is read as "produce" (make, generate, synthesize), not as "causes": if "${(items[m] as Item).text} the ${object.text} ${second.text}" means "causes", add accept: phrases with the words your students use for it ("causes", "triggers", "stimulates")`,
  );
}

/** A label's verbs of handing something over ("gives", "provides"; the give group of words.yaml). */
const GIVING =
  /^(give|gives|gave|given|giving|provide|provides|provided|supply|supplies|supplied|feed|feeds|fed|pay|pays|paid)$/;

/**
 * "The plant gives the bacteria sugar": with the giver before the verb and the receiver right after
 * it, the clause must not say it the other way round ("the bacteria give the plant sugar", which
 * set 15's teacher found earned it). The pattern of that swap (receiver, verb, giver, in order),
 * or undefined when the label has no such statement.
 */
function giverSwapped(its: readonly Item[]): Pattern | undefined {
  const v = its.findIndex((it) => GIVING.test(it.text));
  const giver = its[v - 1];
  const receiver = its[v + 1];
  if (v < 1 || giver === undefined || receiver === undefined || v + 2 >= its.length) return undefined;
  if (giver.group === true || receiver.group === true) return undefined;
  return { all: [receiver.pattern, (its[v] as Item).pattern, giver.pattern], ordered: true, scope: 'clause' };
}

/** Whether a pattern is one lexicon concept ("@less-negative"). */
function isConcept(p: Pattern): boolean {
  return typeof p === 'string' && /^@[a-z0-9-]+$/.test(p);
}

/** Forms of "be" that join a subject to what is said of it ("Glucose is polar"). */
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Helping verbs of a passive ("Memory cells are made"). */
const PASSIVE_HELPERS = new Set([...COPULAS, 'be', 'been', 'get', 'gets', 'got']);
/**
 * Subject pronouns an answer names the subject with once it has been named ("because it's polar").
 * "This is mutualism", "that's hypotonic": a demonstrative before "is" names it too (teacher set
 * 15's "The relationship is mutualism" had missed "This is mutualism because both benefit").
 */
const SUBJECT_PRONOUNS = '=it|=its|=they|=theyre|=this|=thats';
/** The same, and a relative "which" right after its antecedent, for {@link markAntecedent}. */
const ANTECEDENT_PRONOUNS = '=it|=its|=they|=theyre|=which';

/**
 * "Glucose is polar", "The transport proteins are occupied": when a statement's first item is
 * its subject, followed by "is"/"are" and then what is said of it, an answer may name that
 * subject with a pronoun ("because it is polar", "they're all saturated"), as students do once the
 * question has named it. Not for a named ion (`kept`): "it is pumped in" does not say which ion.
 */
function pronounSubjects(
  items: Item[],
  tokens: readonly Token[],
  notes: string[],
  kept: (p: Pattern) => boolean,
): void {
  const firsts = new Set(items.map((it) => it.first));
  for (const [k, it] of items.entries()) {
    if (kept(it.pattern) || items.findIndex((x) => x.clause === it.clause) !== k) continue;
    if (!items.some((x) => x.clause === it.clause && x.first > it.first)) continue;
    for (let j = it.first + 1; j < tokens.length && (tokens[j] as Token).clause === it.clause; j++) {
      if (firsts.has(j)) break;
      if (!COPULAS.has((tokens[j] as Token).norm)) continue;
      it.pattern = [...(Array.isArray(it.pattern) ? it.pattern : [it.pattern]), SUBJECT_PRONOUNS];
      notes.push(`"${it.text}" is the subject: "it" or "they" in the answer may stand for it`);
      break;
    }
  }
}

/** Past participles a passive label may use: "-ed" ones, and the irregular ("is eaten", "are taken up"). */
const PARTICIPLES =
  /^(?:[a-z]{3,}ed|eaten|taken|broken|given|bitten|shaken|chosen|driven|hidden|stolen|frozen|beaten|thrown|shown|known|grown|drawn|blown|torn|worn|sworn|born|borne|bound|caught|brought|bought|fought|sought|taught|held|kept|left|lost|made|sent|spent|built|split|shut|cut|hit|put|set|spread|found|fed|led|read|said|sold|told|paid|laid|won|spun|stuck|struck|hung|dug|run|done|seen|gone)$/;

/** A label in the passive voice: a form of "be" right before a past participle ("are killed"). */
function isPassive(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (COPULAS.has((tokens[i] as Token).norm) && PARTICIPLES.test((tokens[i + 1] as Token).norm))
      return true;
  return false;
}

/** Words from a named subject to the end of the pronoun clause that stands for it. */
const ANTECEDENT_REACH = 20;
/** Pronouns an answer names a statement's object with once it has been named ("decompose them"). */
const OBJECT_PRONOUNS = '=them|=it';

/**
 * The object a pronoun may stand for: the last item of a statement of three or more that ends the
 * label's clause ("Bacteria decompose the dead algae"), a thing (not a verb group, amount or named
 * ion), in a label with no "is"/"are" (in "Glucose is polar" the last word describes the subject).
 */
function objectOf(
  its: readonly Item[],
  tokens: readonly Token[],
  kept: (p: Pattern) => boolean,
): Item | undefined {
  if (its.length < 3) return undefined;
  const last = its[its.length - 1] as Item;
  if (last.group === true || isAmount(last) || kept(last.pattern)) return undefined;
  // "The proton gradient disappears": a change read from the lexicon is the verb, not an object
  // (teacher set 21 was told '"disappears" is the object').
  if (/"@(?:decrease|increase)"/.test(JSON.stringify(last.pattern))) return undefined;
  if (tokens.some((t) => COPULAS.has(t.norm))) return undefined;
  const clause = (tokens[last.first] as Token).clause;
  for (let j = last.end; j < tokens.length; j++) if ((tokens[j] as Token).clause === clause) return undefined;
  return last;
}

/** Words that may stand before a label's subject ("The vesicle …", "A cell …"). */
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Words after which "in" names where, not a way in: the articles, and "each", "every", "both",
 * possessives and demonstratives ("Different genes are expressed in each cell type": "in" had
 * been read as a direction and required; teacher set 24).
 */
const LOCATIVE_OPENERS = new Set([
  ...DETERMINERS,
  'each',
  'every',
  'both',
  'all',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
]);

/** Words that open a noun phrase: after a word that follows the subject, they mark that word as its verb. */
const PHRASE_OPENERS = new Set([...OBJECT_OPENERS, 'more', 'less']);

/**
 * Whether the word at `i`, right after a subject word, is not the rest of the subject's name: what
 * a possessive subject has, or the statement's verb — a word of change ("The lizard's temperature drops" is not; "The mouse
 * increases …" is), or a word a noun phrase follows in the same clause ("keeps its …", "uses the …").
 */
function isVerbAfterSubject(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  // "The lizard's metabolic rate": after a possessive the word is what the subject has.
  if (/^['’]/.test(text.slice((tokens[i - 1] as Token).end))) return true;
  if (isChangeWord(t.norm)) return true;
  const next = tokens[i + 1];
  return next !== undefined && next.clause === t.clause && PHRASE_OPENERS.has(next.norm);
}

/**
 * "The vesicle moves to the plasma membrane", "Insulin binds to receptors": when a label opens
 * with its subject and says something of it, an answer may name that subject and go on with "it"
 * or "they" ("… packs insulin into vesicles. They travel to the membrane"; "insulin, which binds
 * …"), as students do. Unlike {@link pronounSubjects} the pronoun needs its antecedent: the subject
 * named in the answer shortly before it. Not for a named ion (`kept`): which ion is the point.
 */
function markAntecedent(
  items: Item[],
  tokens: readonly Token[],
  notes: string[],
  kept: (p: Pattern) => boolean,
): void {
  const subject = items[0];
  if (subject === undefined || kept(subject.pattern) || isAmount(subject)) return;
  // Already met by a pronoun anywhere ("X is Y" labels).
  if (Array.isArray(subject.pattern) && subject.pattern.includes(SUBJECT_PRONOUNS)) return;
  if (!items.some((x) => x.clause === subject.clause && x !== subject)) return;
  for (let j = 0; j < subject.first; j++) if (!DETERMINERS.has((tokens[j] as Token).norm)) return;
  subject.antecedent = true;
  notes.push(
    `"${subject.text}" is the subject: "it", "they" or "which" may stand for it once the answer has named it`,
  );
}

/** Words that show a label's verb has come ("is", "has", "can", "becomes", …). */
const VERB_CUES = new Set(
  'is are was were be been being am has have had do does did will would can cannot could may might must shall should become becomes became get gets got keep keeps kept need needs require requires not'.split(
    ' ',
  ),
);

/**
 * For the "of" at token i: the last token of its noun ("of the two populations") when only a
 * subject of one or two words comes before the "of" in its clause and content words follow the noun there (the statement's
 * verb: "… diverge"), else -1. Its noun is the first content word after "of", with the words a
 * reading joins to it ("of sodium ions").
 */
function whoseEnd(
  tokens: readonly Token[],
  kind: readonly Kind[],
  spans: readonly ReadingSpan[],
  i: number,
): number {
  const clause = (tokens[i] as Token).clause;
  // A subject of at most two words ("the allele frequencies"): with three, one may be the verb
  // ("The complex increases transcription of the P gene").
  let subject = 0;
  for (let j = i - 1; j >= 0 && (tokens[j] as Token).clause === clause; j--) {
    const norm = (tokens[j] as Token).norm;
    if (VERB_CUES.has(norm) || (norm.length > 4 && norm.endsWith('ed'))) return -1;
    if (kind[j] === 'content' && ++subject > 2) return -1;
  }
  // Past its article and count to its noun, which may be a generic one ("of the two populations").
  let k = i + 1;
  while (
    k < tokens.length &&
    (tokens[k] as Token).clause === clause &&
    (DETERMINERS.has((tokens[k] as Token).norm) || isCountWord((tokens[k] as Token).norm))
  )
    k++;
  if (k >= tokens.length || (tokens[k] as Token).clause !== clause) return -1;
  while (k + 1 < tokens.length && (tokens[k + 1] as Token).clause === clause && isReadAsOne(spans, k, k + 1))
    k++;
  for (let j = k + 1; j < tokens.length && (tokens[j] as Token).clause === clause; j++)
    if (kind[j] === 'content') return k;
  return -1;
}

/** Whether the clause of token i opens with one content word right before it ("The rate | of …"). */
function opensWithOneWord(tokens: readonly Token[], kind: readonly Kind[], i: number): boolean {
  const clause = (tokens[i] as Token).clause;
  if (i < 1 || kind[i - 1] !== 'content') return false;
  for (let j = i - 2; j >= 0 && (tokens[j] as Token).clause === clause; j--)
    if (!DETERMINERS.has((tokens[j] as Token).norm)) return false;
  return true;
}

/**
 * Prepositions that, right after a label's one-word subject, say which ones it means ("Cells on the
 * shaded side elongate", "Finches with deeper beaks crack the seeds"). Not "to", "into", "onto" or
 * "across": after a bare subject those say where it goes, in note form ("Na⁺ into the cell").
 */
const MODIFIER_PREPOSITIONS = new Set(['with', 'on', 'in', 'at', 'from', 'within', 'near']);

/** Prepositions before a subject named as where a fact happens ("moves to the shaded side"). */
const SUBJECT_PLACES = new Set(['to', 'into', 'onto', 'toward', 'towards', 'on', 'in', 'at']);

/**
 * Words of time or order a label says on purpose ("already had", "first binds"). "still", "again"
 * and "always" are grammar (STOP) and "only" has its own warning, so none of them is ever an item.
 */
const TIME_ORDER_WORDS = new Set(['already', 'first', 'before', 'after']);

/** Words that open a closing clause saying when ("… before the drought"). */
const TIME_OPENERS = new Set(['before', 'after']);

/**
 * Comparatives of describing words, with the plain form an answer may use for them. A short list,
 * not a rule on "-er": "layer", "number" and "carrier" end so too.
 */
const PLAIN_FORMS = new Map(
  (
    'deeper:deep bigger:big larger:large longer:long thicker:thick stronger:strong wider:wide ' +
    'taller:tall shorter:short smaller:small thinner:thin heavier:heavy weaker:weak harder:hard ' +
    'softer:soft darker:dark brighter:bright warmer:warm colder:cold denser:dense tougher:tough ' +
    'narrower:narrow shallower:shallow sharper:sharp'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Adverbs that stand before a verb ("still enters", "then divides"). */
const VERB_ADVERBS = new Set([
  'still',
  'also',
  'then',
  'now',
  'never',
  'always',
  'often',
  'usually',
  'quickly',
  'slowly',
  'rapidly',
]);

/** Words that finish a verb at a clause's end ("grow longer", "moves out", "speeds up"). */
const VERB_ENDINGS =
  /^(?:longer|shorter|larger|smaller|bigger|faster|slower|more|less|up|down|out|off|back|away)$/;

/** A subject's describing phrase: the index of its preposition, and of its clause's verb after it. */
interface SubjectModifier {
  readonly p: number;
  readonly verb: number;
  /** "across the inner membrane": where the subject is, not which one; its words are optional. */
  readonly where?: boolean;
}

/**
 * The subject's describing phrase in a label that opens "Cells on the shaded side elongate", or
 * undefined. The clause must go on past the phrase's noun (two content words or more after the
 * preposition). Its verb is the first content word after a word such as "can" or "are"; else the
 * first that an article or possessive follows, that is a word of change, that follows an adverb
 * ("still enters") or that "and" joins to another; else the clause's last content word, with the
 * one before when that last word only finishes it ("grow longer").
 */
function subjectModifier(
  tokens: readonly Token[],
  kind: readonly Kind[],
  p: number,
): SubjectModifier | undefined {
  const t = tokens[p] as Token;
  if (p < 1) return undefined;
  // One word opens the clause: content, or a generic noun already let go ("Cells on the …").
  const subject = tokens[p - 1] as Token;
  if (subject.clause !== t.clause || (kind[p - 1] !== 'content' && !GENERIC.has(subject.norm)))
    return undefined;
  // Or two after an article, the second no verb's "-s" ("The proton gradient across the inner
  // membrane disappears": "across" had taken "disappears" as a place; teacher set 21). After a noun
  // with its article, "across" too says which one ("Na⁺ across the membrane" is note form for going).
  let first = p - 1;
  const second = tokens[p - 2];
  // Only before "across": "The fish die from a lack of oxygen" has its verb second.
  if (
    t.norm === 'across' &&
    second !== undefined &&
    second.clause === t.clause &&
    kind[p - 2] === 'content' &&
    !/[^s]s$/.test(subject.norm) &&
    DETERMINERS.has(tokens[p - 3]?.norm ?? '') &&
    (tokens[p - 3] as Token).clause === t.clause
  )
    first = p - 2;
  if (!MODIFIER_PREPOSITIONS.has(t.norm) && first === p - 1) return undefined;
  for (let j = first - 1; j >= 0 && (tokens[j] as Token).clause === t.clause; j--)
    if (!DETERMINERS.has((tokens[j] as Token).norm)) return undefined;
  // "in" only before an article: "Na⁺ in" is note form for moving in.
  if (t.norm === 'in' && !DETERMINERS.has((tokens[p + 1] as Token | undefined)?.norm ?? '')) return undefined;
  const after: number[] = [];
  let cue = -1;
  for (let j = p + 1; j < tokens.length && (tokens[j] as Token).clause === t.clause; j++) {
    if (cue < 0 && after.length > 0 && VERB_CUES.has((tokens[j] as Token).norm)) cue = j;
    if (kind[j] === 'content') after.push(j);
  }
  if (after.length < 2) return undefined;
  // "Finches with deeper beaks can crack …": a word such as "can" or "are" shows where the verb is.
  const where = t.norm === 'across';
  if (cue >= 0) {
    const verb = after.find((j) => j > cue);
    return verb === undefined ? undefined : { p, verb, where };
  }
  // "… crack the hard seeds": a word an article or possessive follows is the verb; so is a word
  // of change, one after an adverb such as "still" ("A cell with damaged DNA still enters S phase"),
  // or one "and" joins to another.
  for (let k = 1; k < after.length; k++) {
    const j = after[k] as number;
    const next = tokens[j + 1];
    // "… survive and reproduce more": the first of two verbs joined by "and" or "or".
    const joined =
      next !== undefined &&
      (next.norm === 'and' || next.norm === 'or') &&
      kind[j + 2] === 'content' &&
      (tokens[j + 2] as Token).clause === t.clause;
    if (
      isChangeWord((tokens[j] as Token).norm) ||
      VERB_ADVERBS.has((tokens[j - 1] as Token).norm) ||
      (next !== undefined && next.clause === t.clause && OBJECT_OPENERS.has(next.norm)) ||
      joined
    )
      return { p, verb: j, where };
  }
  let verb = after[after.length - 1] as number;
  const before = after[after.length - 2] as number;
  if (VERB_ENDINGS.test((tokens[verb] as Token).norm) && before === verb - 1 && after.length >= 3)
    verb = before;
  return { p, verb, where };
}

/**
 * Whether `item` is the verb right after a subject's describing phrase: the words before it run
 * back, with no article of their own, to the phrase's ("on the shaded side | elongate"), where an
 * object has its own ("… crack | the hard seeds").
 */
function endsModifierPhrase(
  m: SubjectModifier,
  item: { first: number },
  tokens: readonly Token[],
  kind: readonly Kind[],
): boolean {
  if (item.first !== m.verb) return false;
  if (m.where) return true;
  let j = item.first - 1;
  while (j > m.p && kind[j] === 'content') j--;
  return j === m.p || (j === m.p + 1 && DETERMINERS.has((tokens[j] as Token).norm));
}

function hasChangeVerb(tokens: readonly Token[], s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (CHANGE_VERBS.has((tokens[p] as Token).norm)) return true;
  return false;
}

/** True when one reading covers both tokens (so "cell wall" stays a term). */
function isReadAsOne(spans: readonly ReadingSpan[], a: number, b: number): boolean {
  return spans.some((s) => s.s <= a && s.e > b);
}

type Kind = 'stop' | 'neg' | 'content';

/**
 * Which subject a label word names, from the subjects' one-word alternatives ("passive|passively",
 * "depolar*", "=depol") and their names.
 */
function subjectMatcher(subjects: Readonly<Record<string, Pattern>>): (t: Token) => string | undefined {
  const tests: { name: string; test: (t: Token) => boolean }[] = [];
  for (const [name, pattern] of Object.entries(subjects)) {
    const words = [name, ...(Array.isArray(pattern) ? pattern : [pattern])]
      .filter((p): p is string => typeof p === 'string' && !p.includes(' ') && !p.startsWith('@'))
      .flatMap((p) => p.split('|'))
      .map((w) => w.replace(/\?$/, ''));
    for (const w of words) {
      if (w.startsWith('=')) tests.push({ name, test: (t) => t.norm === w.slice(1) });
      else if (w.endsWith('*')) tests.push({ name, test: (t) => t.norm.startsWith(w.slice(0, -1)) });
      else {
        const stem = stemOf(w.toLowerCase());
        tests.push({ name, test: (t) => t.stem === stem });
      }
    }
  }
  return (t) => tests.find((x) => x.test(t))?.name;
}

function classify(t: Token): Kind {
  if (t.cue === Cue.Particle || t.cue === Cue.Verb) return 'neg';
  if (STOP.has(t.norm) || GENERIC.has(t.norm) || QUANTITY_NOUNS.has(t.norm) || t.norm === 'or' || t.article)
    return 'stop';
  return 'content';
}

/**
 * Picks readings covering the label's content words: longest first (in content words), never
 * overlapping; readings over exactly the same words are kept together as alternatives.
 */
function chooseSpans(
  spans: readonly ReadingSpan[],
  kind: readonly Kind[],
  tokens: readonly Token[],
): { s: number; e: number; spans: ReadingSpan[] }[] {
  const weight = (s: ReadingSpan) => {
    let w = 0;
    for (let p = s.s; p < s.e; p++) if (kind[p] === 'content') w++;
    return w;
  };
  // "becomes negative": a reading that needs the change verb around its one content word is
  // narrower than the word ("goes back to negative"); the word itself is the item.
  const useful = spans.filter(
    (s) =>
      weight(s) > 0 && !(weight(s) === 1 && hasChangeVerb(tokens, s.s, s.e) && s.reading.kind === 'concept'),
  );
  useful.sort((a, b) => weight(b) - weight(a) || b.e - b.s - (a.e - a.s) || a.s - b.s);
  const taken: { s: number; e: number; spans: ReadingSpan[] }[] = [];
  for (const sp of useful) {
    const same = taken.find((t) => t.s === sp.s && t.e === sp.e);
    if (same) {
      if (!same.spans.some((x) => x.reading === sp.reading)) same.spans.push(sp);
      continue;
    }
    if (taken.some((t) => sp.s < t.e && t.s < sp.e)) continue;
    taken.push({ s: sp.s, e: sp.e, spans: [sp] });
  }
  // Over the same words, a lexicon concept with fewer alternatives is the closer reading
  // ("down its gradient" is @down-gradient, not all of @passive); synonym groups stay beside it.
  for (const t of taken) {
    // A concept that uses another one read here is the broader reading ("@neurotransmitter"
    // includes "@acetylcholine"); of the rest, the one with fewest alternatives.
    let concepts = t.spans.filter((x) => x.reading.kind === 'concept');
    if (concepts.length < 2) continue;
    concepts = concepts.filter((x) => !concepts.some((y) => y !== x && x.reading.uses.has(y.reading.name)));
    const best = Math.min(...concepts.map((x) => x.reading.size));
    t.spans = t.spans.filter(
      (x) => x.reading.kind !== 'concept' || (concepts.includes(x) && x.reading.size === best),
    );
  }
  return taken.sort((a, b) => a.s - b.s);
}

/**
 * The concept reading of a group's last word when a hyphenated word comes before it in the group
 * ("ligand-gated channels" → @channel), else undefined.
 */
function headNounAfterHyphen(
  text: string,
  tokens: readonly Token[],
  group: { s: number; e: number },
  spans: readonly ReadingSpan[],
): Reading | undefined {
  if (group.e - group.s < 3) return undefined;
  let hyphen = false;
  for (let p = group.s; p + 1 < group.e - 1; p++)
    if (text.slice((tokens[p] as Token).end, (tokens[p + 1] as Token).start) === '-') hyphen = true;
  if (!hyphen) return undefined;
  return spans.find((sp) => sp.s === group.e - 1 && sp.e === group.e && sp.reading.kind === 'concept')
    ?.reading;
}

/** "per cycle", "each turn", "every time": a rate after a count. */
const PER_ROUND = 'per|each|every|a cycle|turn|round|time|trip|stroke';

/** Number words a count in a label may be written with. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * "Three Na⁺ for every two K⁺": a label that is two counts, each a number before a lexicon concept.
 * Answers give them as "3 Na+ out, 2 K+ in" (two clauses), "Na+ out (3), K+ in (2)", "Na+ x3",
 * or "sodium out, potassium in, 3:2"; each number must stay with its own thing, so "2 Na+ and
 * 3 K+" is not it. Undefined when the label is not two counts.
 */
function countPattern(items: readonly Item[]): Pattern | undefined {
  const pairs: { n: number; c: string }[] = [];
  for (let k = 0; k + 1 < items.length; k++) {
    const word = items[k]?.text.toLowerCase() ?? '';
    const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
    const next = items[k + 1] as Item;
    if (n < 0 || typeof next.pattern !== 'string' || !next.pattern.startsWith('@')) continue;
    pairs.push({ n, c: next.pattern });
  }
  if (pairs.length !== 2 || items.length !== 4) return undefined;
  const [a, b] = pairs as [{ n: number; c: string }, { n: number; c: string }];
  const num = (n: number) => `=${n}|${NUMBER_WORDS[n] ?? n}`;
  const bareRatio = `${num(a.n)} to|for|vs|versus|and|out|outside? ${num(b.n)}`;
  const after = (n: number) => `=${n}|=x${n}${NUMBER_WORDS[n] ? `|=${NUMBER_WORDS[n]}` : ''}`;
  return [
    { all: [`${num(a.n)} ..2 ${a.c}`, `${num(b.n)} ..2 ${b.c}`], scope: 'sentence' },
    // Numbered list items are sentences: "1. 3 Na+ out / 2. 2 K+ in"; and the steps of a cycle
    // told in two sentences ("binds three Na+ ions …, releases them outside. It then binds two K+
    // ions …"; blind batches BH, BI).
    { all: [`${num(a.n)} ..2 ${a.c}`, `${num(b.n)} ..2 ${b.c}`], ordered: true, scope: 'answer', within: 30 },
    // "sodium goes out of cell (3) potassium goes into cell (2)"; "Na+ ions: 3 pumped out. K+: 2 in."
    { all: [`${a.c} ..4 ${after(a.n)}`, `${b.c} ..4 ${after(b.n)}`], ordered: true, scope: 'sentence' },
    {
      all: [`${a.c} ..4 ${after(a.n)}`, `${b.c} ..4 ${after(b.n)}`],
      ordered: true,
      scope: 'answer',
      within: 12,
    },
    // "Sodium is pump out from the cell, three of them. Potassium is bring in, two of them." (blind
    // batch EP): a count with "of them" after each thing, however far after it, names that thing's.
    {
      all: [`${a.c} ..8 ${after(a.n)} of =them|=those`, `${b.c} ..8 ${after(b.n)} of =them|=those`],
      ordered: true,
      scope: 'answer',
      within: 24,
    },
    // "The pump it push the sodium out of the cell, three of them, and bring two potassium inside"
    // (blind batch EH): the first count after its thing, the second before its own.
    { all: [`${a.c} ..4 ${after(a.n)}`, `${num(b.n)} ..2 ${b.c}`], ordered: true, scope: 'sentence' },
    // "Na+ is actively transported out of the neuron, 3 at a time. / K+ is brought in, 2 at a
    // time" (blind batch BJ): a rate names its count however far after the thing it is said of.
    {
      all: [`${a.c} ..8 ${num(a.n)} at ..1 time|once`, `${b.c} ..8 ${num(b.n)} at ..1 time|once`],
      ordered: true,
      scope: 'answer',
      within: 30,
    },
    // "Na+ pumped OUT of the neuron, 3 per cycle / K+ pumped IN, 2 per cycle" (blind batch CF).
    {
      all: [`${a.c} ..8 ${num(a.n)} ${PER_ROUND}`, `${b.c} ..8 ${num(b.n)} ${PER_ROUND}`],
      ordered: true,
      scope: 'answer',
      within: 30,
    },
    // The ratio after the first thing, or just before it ("3:2 ratio, Na+ out K+ in"), also
    // compared ("3 vs 2") or with the charge named ("3 positive charges out for 2 in"; "three positive
    // charges are expelled for every two taken in"). A bare ratio follows the order the things were
    // named in: after "potassium out and sodium in, 3 to 2" the 3 is potassium's (blind batch AI,
    // and the readers of batches B, C, H, W), so the first thing must be named before the second.
    // "… and potassium to in, 3 and 2", "na+ goes out n k+ comes in, 3 out 2 in" (blind batches BV,
    // BW): the two counts joined by "and", or each with its direction, in the same order.
    { all: [{ not: b.c }, a.c, bareRatio], ordered: true, scope: 'answer' },
    // The same order kept within a sentence, when an earlier sentence named the second thing first
    // ("Most of it is K+ leaking out. The pump … moving Na+ out and K+ in, 3 for 2"; blind batch DE).
    { all: [{ not: b.c }, a.c, bareRatio], ordered: true, scope: 'sentence' },
    {
      all: [{ not: b.c }, a.c, `${num(a.n)} ..4 to|for|vs|versus ..1 ${num(b.n)}`],
      ordered: true,
      scope: 'answer',
    },
    {
      all: [`${num(a.n)} to|for|vs|versus? ${num(b.n)}`, { not: b.c }, a.c],
      ordered: true,
      scope: 'sentence',
    },
    // The counts told by direction only, the first thing named elsewhere as what goes that way:
    // "the lunch lady kicks 3 people out for every 2 she lets in. The people leaving are Na+"
    // (stored resting-pump batches AE, AS, AY, … DV: 22 answers, all credited by their writers).
    // Not the second thing named for the first count's direction ("3 out, 2 in … K+ goes out").
    ...byDirection(a, b, num, OUTWARD, INWARD, '@leaves'),
    ...byDirection(a, b, num, INWARD, OUTWARD, '@enters'),
  ];
}

/** One way a count may move: the words that say it, and those that name that side at all. */
interface Way {
  readonly says: string;
  readonly side: string;
}
/** "3 out", "3 leave"; "back" is no side of its own ("shoving 3 people back out"). */
const OUTWARD: Way = { says: '=out|outside|=off|leave|leaves|leaving|exit|exits', side: '=out|outside|=off' };
/** "2 in", "lets 2 back on". */
const INWARD: Way = {
  says: '=in|inside|into|=on|enter|enters|=back',
  side: '=in|inside|into|=on|enter|enters',
};

/**
 * "3 out for every 2 in" (one sentence, each count with its direction, in the label's order),
 * beside the first thing named as moving the first count's way (`moves`: a lexicon concept), with
 * no second thing or other side between them.
 */
function byDirection(
  a: { n: number; c: string },
  b: { n: number; c: string },
  num: (n: number) => string,
  first: Way,
  second: Way,
  moves: string,
): Pattern[] {
  const counts: Pattern = {
    all: [
      num(a.n),
      { not: `${b.c}|${second.side}` },
      first.says,
      { not: b.c },
      num(b.n),
      { not: `${a.c}|${first.side}` },
      second.says,
    ],
    ordered: true,
    scope: 'sentence',
    within: 16,
  };
  const named: Pattern = {
    any: [
      {
        all: [a.c, { not: `${b.c}|${second.side}` }, `${moves}|${first.says}`],
        ordered: true,
        scope: 'clause',
        within: 8,
      },
      { all: [`${moves}|${first.says}`, { not: b.c }, a.c], ordered: true, scope: 'clause', within: 5 },
    ],
  };
  return [{ all: [counts, named], scope: 'answer' }];
}

/**
 * The concept reading of a group's last word when the group's own reading is built on it
 * ("needs energy" is @spends-energy, which uses @energy) and the group is the only content of its
 * clause; otherwise undefined.
 */
function objectAlone(
  tokens: readonly Token[],
  group: { s: number; e: number; spans: ReadingSpan[] },
  spans: readonly ReadingSpan[],
  kind: readonly Kind[],
): Reading | undefined {
  if (group.e - group.s < 2) return undefined;
  const clause = (tokens[group.s] as Token).clause;
  for (let j = 0; j < tokens.length; j++) {
    if ((tokens[j] as Token).clause !== clause) continue;
    // A negated statement ("needs no energy", "without ATP") is not met by its object.
    if (kind[j] === 'neg' || (tokens[j] as Token).cue !== 0) return undefined;
    if ((j < group.s || j >= group.e) && kind[j] === 'content') return undefined;
  }
  const tail = spans.find(
    (sp) => sp.s === group.e - 1 && sp.e === group.e && sp.reading.kind === 'concept',
  )?.reading;
  if (tail === undefined) return undefined;
  return group.spans.some((x) => x.reading.kind === 'concept' && x.reading.uses.has(tail.name))
    ? tail
    : undefined;
}

/** Words that open a label's concluding statement. */
const CONSEQUENCE = new Set(['so', 'therefore', 'thus', 'hence']);

/** "channels or carriers": two items separated only by "or" become one with both. */
function mergeOr(items: Item[], tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i] as Item;
    const b = items[i + 1] as Item;
    const between = tokens.slice(a.first + 1, b.first).map((t) => t.norm);
    // "A 5' cap or a poly-A tail is added" (teacher set 27): an article after "or" is no reason to
    // need both, and each side is its whole noun phrase (items with only articles between them).
    const bare = between.filter((w) => !ARTICLES.has(w));
    if (a.clause === b.clause && bare.length === 1 && bare[0] === 'or' && between.at(-1) !== 'or') {
      // Two words a side at most, and only where they are plainly one noun phrase: after an
      // article (or the label's start) on the left, before "is|are" (or the clause's end) on the right.
      const prev = items[i - 1];
      const from =
        prev !== undefined &&
        contiguous(prev, a, tokens) &&
        (prev.first === 0 || ARTICLES.has(tokens[prev.first - 1]?.norm ?? ''))
          ? i - 1
          : i;
      const next = items[i + 2];
      const closes = (it: Item) => {
        const t = tokens[it.end];
        return t === undefined || t.clause !== it.clause || COPULAS.has(t.norm);
      };
      const to = next !== undefined && contiguous(b, next, tokens) && closes(next) ? i + 3 : i + 2;
      const left = items.slice(from, i + 1);
      const right = items.slice(i + 1, to);
      items.splice(from, to - from, {
        pattern: [chunkPattern(left), chunkPattern(right)],
        text: `${left.map((l) => l.text).join(' ')} or ${right.map((r) => r.text).join(' ')}`,
        clause: a.clause,
        first: (left[0] as Item).first,
        end: (right.at(-1) as Item).end,
      });
      i = from - 1;
      continue;
    }
    // "Na⁺ and K⁺ gradients": either one named is the statement about them.
    const joined = between.at(-1) === 'or' || (between.length === 1 && between[0] === 'and');
    if (between.length >= 1 && joined && a.clause === b.clause) {
      items.splice(i, 2, {
        pattern: [a.pattern, b.pattern],
        text: `${a.text} or ${b.text}`,
        clause: a.clause,
        first: a.first,
        end: b.end,
      });
      i--;
    }
  }
}

/** Generic nouns that say nothing of their own: the word describing them is the statement. */
const EMPTY_NOUNS = new Set(['structure', 'structures', 'thing', 'things']);
/** What a primed number is the point of ("the 5' end", "3' to 5'"). */
const PRIMED_ENDS = new Set(['end', 'ends', 'to', 'and', 'or', 'direction', 'side']);

/** True when only articles stand between item x and item y (one noun phrase: "poly-A tail"). */
function contiguous(x: Item, y: Item, tokens: readonly Token[]): boolean {
  return x.clause === y.clause && tokens.slice(x.end, y.first).every((t) => ARTICLES.has(t.norm));
}

/** One side of an "or": its item, or its items said together in order. */
function chunkPattern(chunk: readonly Item[]): Pattern {
  if (chunk.length === 1) return (chunk[0] as Item).pattern;
  return { all: chunk.map((c) => c.pattern), ordered: true, scope: 'clause', within: chunk.length + 2 };
}

function wordsOf(tokens: readonly Token[], s: number, e: number): string {
  return tokens
    .slice(s, e)
    .map((t) => t.norm)
    .join(' ');
}

function dedupe(patterns: readonly Pattern[]): Pattern[] {
  const seen = new Set<string>();
  return patterns.filter((p) => {
    const k = JSON.stringify(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
