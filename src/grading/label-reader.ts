import type { Lexicon, Pattern } from '../content/question-schema.js';
import { AnswerDoc } from './answer-doc.js';
import { PatternCompiler } from './compile.js';
import { evaluate, type NegationContext } from './evaluate.js';
import { isPhraseLike, type Node } from './nodes.js';
import { buildTriggerIndex, type TriggerIndex } from './trigger-index.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Reads a point's label with the shared lexicon: which lexicon concepts (and which synonym
 * groups) occur in it, and where. The label compiler turns those spans into the point's items.
 * Built once per lexicon (labels of every question are read with the same reader).
 */

/** Something the reader can find in a label: a lexicon concept or a synonym group. */
export interface Reading {
  /** `@name` for a lexicon concept; the group's phrases for a synonym group. */
  readonly pattern: Pattern;
  /** For explanations: "@less-negative", "synonyms of swell". */
  readonly name: string;
  readonly node: Node;
  readonly kind: 'concept' | 'synonyms';
  /** How many alternatives it lists (a smaller concept is a closer reading of the same words). */
  readonly size: number;
  /** Lexicon concepts it uses, directly or not ("@neurotransmitter" uses "@acetylcholine"). */
  readonly uses: ReadonlySet<string>;
}

/** One reading found in a label, over its tokens [s, e). */
export interface ReadingSpan {
  readonly reading: Reading;
  readonly s: number;
  readonly e: number;
}

const IGNORE: NegationContext = { index: 0, ignore: true, excused: new Set() };

/** Finds lexicon concepts and synonym groups in label text. */
export class LabelReader {
  private readonly readings: Reading[] = [];
  // Exact: a label's words are the teacher's, spelt as meant (see Vocabulary).
  private readonly vocabulary = new Vocabulary(true);
  private readonly triggers: TriggerIndex;

  constructor(lexicon: Lexicon, synonyms: readonly (readonly string[])[]) {
    const compiler = new PatternCompiler(lexicon.concepts, {}, this.vocabulary);
    for (const name of Object.keys(lexicon.concepts)) {
      const node = compiler.concept(name, 'lexicon', ['concepts', name]);
      const p = lexicon.concepts[name];
      const size = Array.isArray(p) ? p.length : 1;
      const uses = conceptsUsed(lexicon, name);
      this.readings.push({ pattern: `@${name}`, name: `@${name}`, node, kind: 'concept', size, uses });
    }
    synonyms.forEach((group, i) => {
      const node = compiler.pattern([...group], 'lexicon', ['synonyms', i]);
      this.readings.push({
        pattern: group.length === 1 ? (group[0] as string) : [...group],
        name: `synonyms of "${group[0]}"`,
        node,
        kind: 'synonyms',
        size: group.length,
        uses: new Set(),
      });
    });
    compiler.renumberFrom(this.readings.map((r) => r.node));
    this.triggers = buildTriggerIndex(this.readings.map((r) => r.node));
  }

  /**
   * True when `name` ("@sodium") is a lexicon concept made of phrases only, so it may stand inside a
   * phrase ("=no|without ..1 @sodium"); an all-of concept ("@without-energy") may not.
   */
  isPhraseConcept(name: string): boolean {
    const r = this.readings.find((x) => x.kind === 'concept' && x.pattern === name);
    return r !== undefined && isPhraseLike(r.node);
  }

  /** True when lexicon concept `name` ("@potassium") is one of the things `kind` ("@ion") lists. */
  isKindOf(name: string, kind: string): boolean {
    return this.readings.some((r) => r.name === kind && r.uses.has(name));
  }

  /** Whether `reading` occurs in `text`. */
  matches(text: string, reading: Reading): boolean {
    const doc = new AnswerDoc(text, this.vocabulary, this.triggers);
    return evaluate(doc, reading.node, IGNORE).length > 0;
  }

  /** Every reading that occurs in `text` (negation ignored: the label's own polarity is read apart). */
  read(text: string): { doc: AnswerDoc; spans: ReadingSpan[] } {
    const doc = new AnswerDoc(text, this.vocabulary, this.triggers);
    const spans: ReadingSpan[] = [];
    for (const reading of this.readings) {
      for (const m of evaluate(doc, reading.node, IGNORE)) {
        // An all-of concept's match covers its evidence ranges; take their extent.
        let s = Number.POSITIVE_INFINITY;
        let e = -1;
        for (let i = 0; i + 1 < m.ev.length; i += 2) {
          s = Math.min(s, m.ev[i] as number);
          e = Math.max(e, m.ev[i + 1] as number);
        }
        if (e > s) spans.push({ reading, s, e });
      }
    }
    return { doc, spans };
  }
}

/**
 * The tokens inside a reading's span that it does not need: with one of them taken out of the text
 * the reading still matches ("keep ..3 constant" reads "keeps its body temperature constant", and
 * "body" and "temperature" only fill its gap). Labels are a few words long, so reading each shorter
 * text again is cheap, and it is done once per label.
 */
export function gapTokens(reader: LabelReader, doc: AnswerDoc, span: ReadingSpan): number[] {
  const gaps: number[] = [];
  const tokens = doc.tokens;
  for (let i = span.s + 1; i < span.e - 1; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    const shorter = `${doc.text.slice(0, t.start)} ${doc.text.slice(t.end)}`;
    if (reader.matches(shorter, span.reading)) gaps.push(i);
  }
  return gaps;
}

/** Every lexicon concept that `name` refers to, directly or through others. */
function conceptsUsed(lexicon: Lexicon, name: string): Set<string> {
  const out = new Set<string>();
  const visit = (p: Pattern | undefined): void => {
    if (p === undefined) return;
    if (typeof p === 'string') {
      for (const m of p.matchAll(/@([a-z0-9-]+)/g)) {
        const ref = `@${m[1]}`;
        if (out.has(ref)) continue;
        out.add(ref);
        visit(lexicon.concepts[m[1] as string]);
      }
    } else if (Array.isArray(p)) p.forEach(visit);
    else if ('any' in p) visit(p.any);
    else if ('all' in p)
      for (const i of p.all)
        visit(typeof i === 'object' && !Array.isArray(i) && 'not' in i ? undefined : (i as Pattern));
    else if ('pattern' in p) visit(p.pattern);
  };
  visit(lexicon.concepts[name]);
  return out;
}

const readers = new WeakMap<Lexicon, WeakMap<object, LabelReader>>();

/** The (cached) reader for a lexicon and synonym list. */
export function labelReaderFor(lexicon: Lexicon, synonyms: readonly (readonly string[])[]): LabelReader {
  let byLexicon = readers.get(lexicon);
  if (!byLexicon) {
    byLexicon = new WeakMap();
    readers.set(lexicon, byLexicon);
  }
  let reader = byLexicon.get(synonyms);
  if (!reader) {
    reader = new LabelReader(lexicon, synonyms);
    byLexicon.set(synonyms, reader);
  }
  return reader;
}
