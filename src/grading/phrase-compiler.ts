import type { CompileIssue } from './compile-issue.js';
import {
  altElement,
  conceptElement,
  type Element,
  exactElement,
  gapElement,
  isPhraseLike,
  type Node,
  prefixElement,
  type Slot,
  wordElement,
} from './nodes.js';
import { tokenize } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';

const MAX_SLOTS = 10;
const MAX_GAPS = 2;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Characters an author may use to try to group words; phrases have no grouping. */
const GROUPING = /[()[\]{}"“”]/;
const GROUPING_MESSAGE =
  '"|" chooses between single words ("a|b c" is a or b, then c) and brackets or quotes group nothing; for alternatives of several words, list whole phrases: ["nuclear pore", "cell membrane"]';

/** What the phrase compiler needs from the pattern compiler it works for. */
export interface PhraseHost {
  readonly vocabulary: Vocabulary;
  /** Every issue so far: a phrase says "has no words" only when it said nothing more specific. */
  readonly issues: readonly CompileIssue[];
  /** The node of a concept named in a phrase ("@name"). */
  concept(name: string, source: CompileIssue['source'], path: readonly (string | number)[]): Node;
  /** Records a problem and carries on. */
  issue(source: CompileIssue['source'], path: readonly (string | number)[], message: string): void;
  /** Makes the phrase node (with the next node id) once its slots are compiled. */
  phraseNode(slots: Slot[], text: string): Node;
}

/**
 * Parses a phrase string ("sodium ions? enter|diffuse .. cell") into slots of word, exact,
 * prefix, concept and gap elements, reporting every mistake an author is likely to make.
 */
export class PhraseCompiler {
  constructor(private readonly host: PhraseHost) {}

  /** Compiles one phrase string found at `path` of `source`: a lone "@name" is that concept's node. */
  compile(text: string, source: CompileIssue['source'], path: readonly (string | number)[]): Node {
    const chunks = text.trim().split(/\s+/);
    if (
      chunks.length === 1 &&
      chunks[0]?.startsWith('@') &&
      !chunks[0].includes('|') &&
      !chunks[0].endsWith('?')
    ) {
      const name = chunks[0].slice(1);
      if (!KEBAB.test(name))
        this.host.issue(source, path, `"${chunks[0]}" is not a concept name (kebab-case)`);
      else return this.host.concept(name, source, path);
    }
    const issuesBefore = this.host.issues.length;
    const slots: Slot[] = [];
    /** Per slot: its chunk, whether it was a `|` alternation, and its folded words (for checks). */
    const from: SlotSource[] = [];
    let gaps = 0;
    if (text.includes('|') && GROUPING.test(text)) {
      // "(nuclear pore|cell membrane)" reads as nuclear, pore|cell, membrane: never what was meant.
      this.host.issue(source, path, `phrase "${text}": ${GROUPING_MESSAGE}`);
    }
    chunks.forEach((chunk, c) => {
      const gap = /^\.\.([1-8])?$/.exec(chunk);
      if (gap) {
        gaps++;
        slots.push({ el: gapElement(gap[1] ? Number(gap[1]) : 3), optional: false });
        from.push({ chunk, alternation: false, words: [] });
        return;
      }
      if (chunk.startsWith('..')) {
        // "..9", "...", "..10" would otherwise be read as words or as nothing at all.
        this.host.issue(
          source,
          path,
          `"${chunk}" in "${text}" is not a gap: write ".." (up to 3 words) or "..1" to "..8"`,
        );
        return;
      }
      const optional = chunk.length > 1 && chunk.endsWith('?');
      const body = optional ? chunk.slice(0, -1) : chunk;
      const alts = body.split('|');
      if (alts.some((a) => a === '')) {
        this.host.issue(source, path, `"${chunk}": empty alternative around "|"`);
        return;
      }
      if (alts.length > 1 && alts.some((a) => a.length > 1 && a.endsWith('?'))) {
        this.host.issue(
          source,
          path,
          `"${chunk}": "?" makes a whole element optional; put it after the last alternative ("a|b?")`,
        );
        return;
      }
      if (alts.length === 1 && !optional && !/^[@=]|\*$/.test(body)) {
        // A plain chunk may fold into several words ("ligand-gated", "can't"): each is a word slot.
        const toks = tokenize(body);
        const endsSentence = c < chunks.length - 1 && /[.!?]$/.test(body) && toks.length > 0;
        if (toks.some((t) => t.sent !== toks[0]?.sent) || endsSentence) {
          // A phrase matches words of one sentence, so "e.g." or "sodium. enters" can never be
          // matched as written.
          this.host.issue(
            source,
            path,
            `"${chunk}" in "${text}" ends a sentence inside the phrase; a phrase matches words of one sentence (leave out the "." "!" "?")`,
          );
          return;
        }
        if (toks.length === 0) {
          // "?", "-", "2)" on their own fold to nothing; the author meant something else.
          // A fraction's slash: an answer's "1/2" is read as the two numbers (teacher set 12).
          const hint =
            chunk === '/' ? '; a fraction "1/2" in an answer is read as "1 2", so write =1 =2' : '';
          this.host.issue(source, path, `"${chunk}" in "${text}" is not a word (it folds to nothing)${hint}`);
          return;
        }
        for (const tok of toks) {
          if (tok.article) continue;
          slots.push({ el: this.word(tok.norm, tok.stem), optional: false });
          from.push({ chunk, alternation: false, words: [tok.norm] });
        }
        return;
      }
      const options = alts
        .map((a) => this.simpleElement(a, chunk, source, path))
        .filter((e) => e !== undefined);
      if (options.length === 0) return;
      const el: Element = options.length === 1 ? (options[0] as Element) : mergeWords(options);
      slots.push({ el, optional });
      const words = alts.flatMap((a) => (/^[@=]|\*$/.test(a) ? [] : tokenize(a).map((t) => t.norm)));
      from.push({ chunk, alternation: alts.length > 1, words });
    });
    this.checkDoubledAlternatives(text, slots, from, source, path);
    // An empty phrase is worth its own message only when nothing more specific was said.
    if (slots.length === 0 && this.host.issues.length === issuesBefore)
      this.host.issue(source, path, `phrase "${text}" has no words`);
    if (slots.length > MAX_SLOTS)
      this.host.issue(source, path, `phrase "${text}" is too long (max ${MAX_SLOTS} elements)`);
    if (gaps > MAX_GAPS) this.host.issue(source, path, `phrase "${text}" has more than ${MAX_GAPS} gaps`);
    if (slots[0]?.el.k === 'gap' || slots[slots.length - 1]?.el.k === 'gap') {
      this.host.issue(source, path, `phrase "${text}" may not start or end with a gap`);
    }
    if (slots.length > 0 && slots.every((s) => s.optional || s.el.k === 'gap')) {
      this.host.issue(source, path, `phrase "${text}" needs at least one required word`);
    }
    return this.host.phraseNode(slots, text);
  }

  /**
   * "sodium ion|potassium ion" reads as sodium, ion|potassium, ion: its "ion" alternative would
   * need "ion ion". An alternative that is the very word written next to it is always such a
   * multi-word alternative written inside "|", so it is an error rather than a dead branch.
   * (Only the same word: "negative charge|negativity" shares a stem but not a word.)
   */
  private checkDoubledAlternatives(
    text: string,
    slots: readonly Slot[],
    from: readonly SlotSource[],
    source: CompileIssue['source'],
    path: readonly (string | number)[],
  ): void {
    for (let k = 0; k < slots.length; k++) {
      const here = from[k];
      if (!here?.alternation) continue;
      for (const n of [k - 1, k + 1]) {
        const there = from[n];
        if (!there || there.alternation || slots[n]?.optional || there.words.length !== 1) continue;
        if (!here.words.includes(there.words[0] as string)) continue;
        this.host.issue(
          source,
          path,
          `"${from[k]?.chunk}" in "${text}": one alternative is the word next to it, so it would need that word twice in a row; ${GROUPING_MESSAGE}`,
        );
        return;
      }
    }
  }

  private simpleElement(
    a: string,
    chunk: string,
    source: CompileIssue['source'],
    path: readonly (string | number)[],
  ): Element | undefined {
    if (a.startsWith('@')) {
      const name = a.slice(1);
      if (!KEBAB.test(name)) {
        this.host.issue(source, path, `"${a}" is not a concept name (kebab-case)`);
        return undefined;
      }
      const node = this.host.concept(name, source, path);
      if (!isPhraseLike(node)) {
        this.host.issue(
          source,
          path,
          `"@${name}" is an all-of concept; it can only be used as a whole pattern, not inside a phrase`,
        );
        return undefined;
      }
      return conceptElement(node);
    }
    const exact = a.startsWith('=');
    // "=dominan*" read as the exact word "dominan", which no answer writes; set 28's teacher found
    // out only by trying answers. Either sign alone says what was meant.
    if (exact && a.endsWith('*')) {
      this.host.issue(
        source,
        path,
        `"${a}" in "${chunk}" uses both = (exactly this word) and * (any word that starts so): use "${a.slice(1)}" for every word that starts with "${a.slice(1, -1)}"`,
      );
      return undefined;
    }
    const prefix = !exact && a.endsWith('*');
    const core = exact ? a.slice(1) : prefix ? a.slice(0, -1) : a;
    const toks = tokenize(core);
    const tok = toks[0];
    if (!prefix && toks.length === 2 && /^\d+[a-z]+$/i.test(core)) {
      // "=20kcal": a number glued to its unit is read as the number, then the unit, in answers and
      // here alike, so the alternative is those two words in a row (teacher set 22's accept, written
      // when "20kcal" was one word, keeps matching it).
      const slots: Slot[] = toks.map((t) => ({
        el: exact ? this.exact(t.norm, t.stem) : this.word(t.norm, t.stem),
        optional: false,
      }));
      return conceptElement(this.host.phraseNode(slots, core));
    }
    if (toks.length !== 1 || tok === undefined) {
      // "cannot", "can't", "won't" are read as two words, "can not": the eleventh teacher took the
      // bare rule for a bug, since "cannot" is one word to a reader.
      const contraction = toks.length === 2 && toks[1]?.norm === 'not';
      this.host.issue(
        source,
        path,
        contraction
          ? `"${a}" in "${chunk}" is read as two words, "${toks.map((t) => t.norm).join(' ')}", so it cannot be one of the alternatives of a | ? = or *; "=not" already matches "cannot", "can't", "won't" and "isn't"`
          : `"${a}" in "${chunk}" must be a single word when used with | ? = or *`,
      );
      return undefined;
    }
    if (exact) return this.exact(tok.norm, tok.stem);
    if (prefix) {
      if (tok.norm.length < 3) this.host.issue(source, path, `prefix "${a}" needs at least 3 letters`);
      // "exocyt*": the rubric knows "exocytosis" too, for splitting a glued "osmosisexocytosis".
      this.host.vocabulary.addPrefix(tok.norm);
      // "waste*", "produce*": a prefix is matched on the written word, and "-ing" drops the silent
      // "e", so it also meets "wasting", "producing" (set 22's teacher lost a round to "waste*").
      if (/[a-z]{2}[^aeiouy]e$/.test(tok.norm)) {
        const ing = `${tok.norm.slice(0, -1)}ing`;
        this.host.vocabulary.addPrefix(ing);
        return altElement([prefixElement(tok.norm), prefixElement(ing)]);
      }
      return prefixElement(tok.norm);
    }
    return this.word(tok.norm, tok.stem);
  }

  private exact(norm: string, stem: string): Element {
    this.host.vocabulary.add(norm, stem);
    return exactElement(norm);
  }

  private word(norm: string, stem: string): Element {
    return wordElement([this.host.vocabulary.add(norm, stem)], [stem]);
  }
}

/** Where a phrase slot came from (see PhraseCompiler.checkDoubledAlternatives). */
interface SlotSource {
  readonly chunk: string;
  readonly alternation: boolean;
  /** Folded plain words of the chunk (alternatives with @ = * excluded). */
  readonly words: readonly string[];
}

/** `a|b|c` of plain words becomes one word element with several ids (faster than an alternation). */
function mergeWords(options: Element[]): Element {
  if (options.every((o) => o.k === 'word')) {
    const words = options as Extract<Element, { k: 'word' }>[];
    return wordElement(
      [...new Set(words.flatMap((w) => w.ids))],
      words.flatMap((w) => w.stems),
    );
  }
  return altElement(options);
}
