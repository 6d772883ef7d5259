import type { FrqQuestion, Lexicon, Pattern, Point, Scoring } from '../content/question-schema.js';
import {
  type CompiledRubric,
  type CompiledTarget,
  type CompileIssue,
  PatternCompiler,
  RubricCompileError,
  verbsUsed,
} from './compile.js';
import { compileLabel, isGrammar } from './label-compiler.js';
import { labelReaderFor } from './label-reader.js';
import { isPhraseLike, type Node } from './nodes.js';
import { withoutPartWords } from './part-setting.js';
import { comparedThings, promptNames, withPromptNames } from './prompt-names.js';
import { type PromptParts, promptParts } from './prompt-parts.js';
import { promptRuns } from './restated.js';
import { buildTriggerIndex } from './trigger-index.js';
import { Vocabulary } from './vocabulary.js';

/**
 * True when the question was written with top-level `points` (the single-part shorthand); used
 * to point errors at the line the author actually wrote.
 */
export function usesPointsShorthand(q: FrqQuestion): boolean {
  return q.parts.length === 1 && q.parts[0]?.prompt === '';
}

/** YAML path of a point, honouring the single-part shorthand. */
export function pointPath(q: FrqQuestion, part: number, index: number): (string | number)[] {
  return usesPointsShorthand(q) ? ['points', index] : ['parts', part, 'points', index];
}

/**
 * Compiles a question once for grading. Throws {@link RubricCompileError} listing every problem
 * (unknown concepts, bad phrase syntax, cycles, duplicate ids, unknown part labels).
 */
export function compileQuestion(question: FrqQuestion, lexicon: Lexicon): CompiledRubric {
  const vocabulary = new Vocabulary();
  const compiler = new PatternCompiler(lexicon.concepts, question.concepts, vocabulary);
  compiler.compileLexicon();
  // Lexicon problems are reported once by the lexicon check, not again for every question.
  compiler.issues.length = 0;
  compiler.compileLocal();
  const issues: CompileIssue[] = compiler.issues;
  // Subjects first: points and misconceptions refer to them by name.
  const subjectMap = question.subjects ?? {};
  const subjectNames = Object.keys(subjectMap);
  compiler.subjects = new Map(subjectNames.map((name, i) => [name, i]));
  const subjects = subjectNames.map((name) => {
    const node = compiler.pattern(subjectMap[name] as Pattern, 'question', ['subjects', name]);
    if (!isPhraseLike(node))
      issues.push({
        source: 'question',
        path: ['subjects', name],
        message: `subject "${name}" must be phrases or any-of lists of them (it names a thing; no all-of groups)`,
      });
    return node;
  });
  /** Per point id: its pattern before `about`, and its subject name. */
  const facts = new Map<string, { node: Node; about: string | undefined }>();

  const seen = new Set<string>();
  const points: CompiledTarget[] = [];
  const names = promptNames([question.prompt, ...question.parts.map((p) => p.prompt)]);
  question.parts.forEach((part, p) => {
    part.points.forEach((point, i) => {
      const path = pointPath(question, p, i);
      if (seen.has(point.id))
        issues.push({
          source: 'question',
          path: [...path, 'id'],
          message: `duplicate point id "${point.id}"`,
        });
      seen.add(point.id);
      const { pattern, label, ignoreNegation, about, aboutStrict } = effectivePattern(
        point,
        lexicon,
        question.subjects,
        names,
        part.prompt,
        question.prompt,
      );
      const at = point.pattern === undefined ? [...path, 'label'] : [...path, 'pattern'];
      // A label that leaves nothing to match ("The surface area to volume ratio gets smaller": the
      // change and the place rules take every word) could never be earned: say so, as a teacher's
      // import would otherwise pass a point nobody can get.
      if (!point.accept && Array.isArray(label) && label.length === 0)
        issues.push({
          source: 'question',
          path: at,
          message:
            'this label leaves nothing to match, so the point could never be earned; reword it as a plain statement of the idea ("The ratio of surface area to volume decreases"), or add accept: phrases',
        });
      const before = issues.length;
      const fact = compiler.pattern(pattern, 'question', at);
      // With accept: phrases the pattern is [label or pattern, ...accept]; a problem in item k ≥ 1 is
      // in accept phrase k − 1, so it is named there rather than under the label.
      if (point.accept)
        for (let i = before; i < issues.length; i++) {
          const issue = issues[i] as CompileIssue;
          const k = issue.path[at.length];
          if (typeof k === 'number' && k >= 1 && at.every((p, j) => issue.path[j] === p))
            issues[i] = { ...issue, path: [...path, 'accept', k - 1, ...issue.path.slice(at.length + 1)] };
        }
      facts.set(point.id, { node: fact, about });
      const node =
        about === undefined ? fact : compiler.about(about, fact, 'question', path, 'is', true, aboutStrict);
      points.push(
        target(
          point.id,
          point.label,
          point.value,
          point.hint,
          '',
          node,
          p,
          ignoreNegation || point.negation === 'ignore',
        ),
      );
    });
  });

  const labels = question.parts.map((p) => p.label);
  compiler.strictAbout = true;
  const misconceptions = question.misconceptions.map((m, i): CompiledTarget => {
    const path = ['misconceptions', i];
    if (seen.has(m.id))
      issues.push({ source: 'question', path: [...path, 'id'], message: `duplicate id "${m.id}"` });
    seen.add(m.id);
    let part = -1;
    if (m.part !== undefined) {
      part = labels.indexOf(m.part);
      if (part < 0)
        issues.push({ source: 'question', path: [...path, 'part'], message: `no part labelled "${m.part}"` });
    }
    const kids: Node[] = [];
    if (m.pattern !== undefined) kids.push(compiler.pattern(m.pattern, 'question', [...path, 'pattern']));
    (m.misplaced ?? []).forEach((id, k) => {
      const fact = facts.get(id);
      if (fact?.about === undefined) {
        issues.push({
          source: 'question',
          path: [...path, 'misplaced', k],
          message: fact
            ? `point "${id}" has no \`about\`, so it cannot be said of the wrong subject`
            : `no point "${id}"`,
        });
        return;
      }
      kids.push(compiler.about(fact.about, fact.node, 'question', path, 'other'));
    });
    for (const key of ['contradicts', 'cancels', 'cancelsInSegment'] as const) {
      (m[key] ?? []).forEach((id, k) => {
        if (!facts.has(id))
          issues.push({ source: 'question', path: [...path, key, k], message: `no point "${id}"` });
      });
    }
    // A point cancelled by the whole sentence and only in a segment would mean both at once.
    (m.cancelsInSegment ?? []).forEach((id, k) => {
      if (m.cancels?.includes(id))
        issues.push({
          source: 'question',
          path: [...path, 'cancelsInSegment', k],
          message: `point "${id}" is also under \`cancels\`; list it under one of them`,
        });
    });
    const node = kids.length === 1 ? (kids[0] as Node) : compiler.anyOf(kids);
    return {
      ...target(m.id, m.label ?? m.id, 0, '', m.correction, node, part, m.negation === 'ignore'),
      contradicts: m.contradicts ?? [],
      cancels: m.cancels ?? [],
      cancelsInSegment: m.cancelsInSegment ?? [],
      readsAtFirst: m.atFirst === true,
    };
  });

  compiler.strictAbout = false;
  const scoring = question.scoring;
  if (issues.length > 0) throw new RubricCompileError(issues);
  const contextIndex = new Map<string, number>();
  const withIndex = (t: CompiledTarget): CompiledTarget => {
    if (!contextIndex.has(t.contextKey)) contextIndex.set(t.contextKey, contextIndex.size);
    const index = contextIndex.get(t.contextKey) as number;
    return { ...t, contextIndex: index, negation: { index, ignore: t.ignoreNegation, excused: t.excused } };
  };
  points.splice(0, points.length, ...points.map(withIndex));
  misconceptions.splice(0, misconceptions.length, ...misconceptions.map(withIndex));
  const roots = [...points, ...misconceptions].map((t) => t.node).concat(subjects);
  compiler.renumberFrom(roots);
  const triggers = buildTriggerIndex(roots);
  return {
    question,
    subjects,
    vocabulary,
    points,
    misconceptions,
    scoring,
    maxScore: maxScoreOf(scoring, points),
    triggers,
    promptRuns: promptRuns([question.prompt, ...question.parts.map((p) => p.prompt)]),
    promptParts: questionPromptParts(question),
    supposes: supposedCases(question),
  };
}

/**
 * A prompt that asks about a supposed case: an "if" and a "would" in it, or a contrast with another
 * case ("explain why it differs from the pattern of a gene on an autosome"), which students answer
 * with "if it were autosomal, the child would get one allele from each parent" (teacher set 26).
 */
const ASKS_SUPPOSED = (text: string): boolean =>
  (/\bif\b/i.test(text) && /\bwould\b/i.test(text)) ||
  /\b(why|how) (it|they|this|that) (differs?|would differ) from\b/i.test(text);

/** Per part, whether its prompt or the question's asks about a supposed case (CompiledRubric.supposes). */
function supposedCases(question: FrqQuestion): boolean[] {
  const whole = ASKS_SUPPOSED(question.prompt);
  return question.parts.map((p) => whole || ASKS_SUPPOSED(p.prompt));
}

/**
 * What a point is matched with: its `pattern`, or (a plain-language point) what its label
 * compiles to; `accept` phrasings are alternatives to either.
 */
export function effectivePattern(
  point: Point,
  lexicon: Lexicon,
  subjects: Readonly<Record<string, Pattern>> = {},
  names: ReadonlyMap<string, readonly string[]> = new Map(),
  partPrompt = '',
  prompt = '',
): {
  pattern: Pattern;
  /** What a plain-language point's label compiled to (undefined for a written pattern). */
  label: Pattern | undefined;
  ignoreNegation: boolean;
  notes: readonly string[];
  about: string | undefined;
  /** A plain-language point's subject named as where its fact happens: a fact of no subject does not earn. */
  aboutStrict: boolean;
} {
  let base: Pattern;
  let label: Pattern | undefined;
  let ignoreNegation = false;
  let notes: readonly string[] = [];
  let about = point.about;
  let aboutStrict = false;
  if (point.pattern !== undefined) base = point.pattern;
  else {
    const reader = labelReaderFor(lexicon, lexicon.synonyms ?? NO_SYNONYMS);
    const compared = comparedThings([prompt, partPrompt]);
    const compiled = compileLabel(point.label, reader, subjects, compared);
    notes = compiled.notes;
    base = withPromptNames(compiled.pattern, names);
    // In a part's box the part's own words are its setting (part-setting.ts).
    const reduced = withoutPartWords(point.label, partPrompt);
    if (reduced !== undefined) {
      const alone = compileLabel(reduced, reader, subjects, compared);
      if (!alone.ignoreNegation && !compiled.ignoreNegation) {
        base = [base, withPromptNames(alone.pattern, names)];
        notes = [
          ...compiled.notes,
          `in its part's box, also earned without the words it shares with the part's prompt: "${reduced}"`,
        ];
        // "Any sperm can fertilize any egg" in a part on fertilization: without "fertilize", sperm
        // and egg are one lexicon word (@gamete), and any answer naming either earned it, with no
        // warning (teacher set 21). Often right ("antiparallel" under a part on the strands), so a
        // warning, not a rule. Words outside parentheses: "1/4 (25%)" is one answer said two ways.
        const said = reduced
          .replace(/\([^()]*\)/g, ' ')
          .split(/\s+/)
          .filter((w) => /[a-z0-9]/i.test(w) && !isGrammar(w));
        const one = oneWordLeft(alone.pattern);
        if (said.length >= 2 && one !== undefined)
          notes = [
            ...notes,
            `⚠ in its part's box that leaves ${one} alone: any answer there that says it earns the point. If that is too little, add an example that should miss, or write the point as a pattern`,
          ];
      }
    }
    label = base;
    ignoreNegation = compiled.ignoreNegation;
    if (about === undefined) {
      about = compiled.about;
      aboutStrict = compiled.aboutStrict === true;
    }
  }
  const pattern: Pattern = point.accept ? [base, ...point.accept] : base;
  return { pattern, label, ignoreNegation, notes, about, aboutStrict };
}

const NO_SYNONYMS: readonly (readonly string[])[] = Object.freeze([]);

/** A compiled label's alternative that is one word or concept alone ("@gamete"), quoted; else undefined. */
function oneWordLeft(p: Pattern): string | undefined {
  if (typeof p === 'string') return p.includes(' ') ? undefined : `"${p}"`;
  if (!Array.isArray(p)) return undefined;
  for (const q of p) {
    const one = oneWordLeft(q);
    if (one !== undefined) return one;
  }
  return undefined;
}

function target(
  id: string,
  label: string,
  value: number,
  hint: string,
  correction: string,
  node: CompiledTarget['node'],
  part: number,
  ignoreNegation: boolean,
): CompiledTarget {
  const excused = verbsUsed(node);
  const contextKey = ignoreNegation ? 'ignore' : `respect:${[...excused].sort().join(',')}`;
  return {
    id,
    label,
    value,
    hint,
    correction,
    node,
    part,
    ignoreNegation,
    excused,
    contextKey,
    contextIndex: -1,
    negation: { index: -1, ignore: ignoreNegation, excused },
    contradicts: [],
    cancels: [],
    cancelsInSegment: [],
    readsAtFirst: false,
  };
}

/** The best possible score under a scoring rule. */
export function maxScoreOf(scoring: Scoring, points: readonly { value: number }[]): number {
  const raw =
    scoring.rule === 'sum'
      ? points.reduce((sum, p) => sum + p.value, 0)
      : Math.max(...Object.values(scoring.map));
  return scoring.cap === undefined ? raw : Math.min(raw, scoring.cap);
}

/** The score for a set of earned points under a scoring rule. */
export function scoreOf(scoring: Scoring, earned: readonly { value: number }[]): number {
  let raw: number;
  if (scoring.rule === 'sum') raw = earned.reduce((sum, p) => sum + p.value, 0);
  else {
    let bestKey = -1;
    raw = 0;
    const entries = mapEntriesOf(scoring.map);
    for (let i = 0; i < entries.length; i += 2) {
      const k = entries[i] as number;
      if (k <= earned.length && k > bestKey) {
        bestKey = k;
        raw = entries[i + 1] as number;
      }
    }
  }
  return scoring.cap === undefined ? raw : Math.min(raw, scoring.cap);
}

/**
 * A count-to-score map's entries as flat [count, score, ...] in `Object.entries` order, made once
 * per map: every graded answer is scored, and listing the entries anew each time was a
 * measurable share of grading a short answer.
 */
const mapEntries = new WeakMap<object, readonly number[]>();

function mapEntriesOf(map: Readonly<Record<string, number>>): readonly number[] {
  let flat = mapEntries.get(map);
  if (flat === undefined) {
    flat = Object.entries(map).flatMap(([key, value]) => [Number(key), value]);
    mapEntries.set(map, flat);
  }
  return flat;
}

/** The question prompt's lettered parts, each with the topic a bare answer to it is about (prompt-parts.ts). */
export function questionPromptParts(question: FrqQuestion): PromptParts {
  return promptParts(
    question.prompt,
    question.parts.flatMap((part) => part.points.map((p) => p.label)),
    Object.values(question.subjects ?? {}).flatMap(patternStrings),
  );
}

/**
 * The phrase strings a pattern matches with (not those of its `{not: …}` items): the plain words of
 * a question's subjects, and the `accept:` phrases `rubric explain` spells out.
 */
export function patternStrings(p: Pattern): string[] {
  if (typeof p === 'string') return [p];
  if (Array.isArray(p)) return p.flatMap(patternStrings);
  if ('any' in p) return p.any.flatMap(patternStrings);
  if ('about' in p) return patternStrings(p.pattern);
  return p.all.flatMap((item) =>
    typeof item === 'object' && !Array.isArray(item) && 'not' in item ? [] : patternStrings(item as Pattern),
  );
}
