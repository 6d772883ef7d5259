import { join } from 'node:path';
import { parse } from 'yaml';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import {
  type FrqQuestion,
  type Lexicon,
  lexiconFileSchema,
  normalizeQuestion,
  questionFileSchema,
} from '../../src/content/question-schema.js';
import type { CompiledRubric } from '../../src/grading/compile.js';
import { compileQuestion } from '../../src/grading/compile-question.js';
import { type GradeResult, grade } from '../../src/grading/grade.js';
import { type CompiledLabel, compileLabel } from '../../src/grading/label-compiler.js';
import { labelReaderFor } from '../../src/grading/label-reader.js';

/** The repository's content directory. */
export const contentDir = join(import.meta.dirname, '../../content');

/** The repository's question bank, loaded once for every test file that grades with the real pack. */
export const packBank = loadQuestionBank(contentDir);

/** The real shared lexicon. */
export const realLexicon: Lexicon = packBank.lexicon;

/** A pack question's compiled rubric; fails with the loader's errors when it did not load. */
export function packRubric(id: string): CompiledRubric {
  const r = packBank.rubrics.get(id);
  if (!r) throw new Error(`${id} did not load: ${packBank.errors.map((e) => e.message).join('; ')}`);
  return r;
}

/** What the real rubric of pack question `id` gives `answer`: earned point ids and flagged misconceptions. */
export function packVerdict(id: string, answer: string): { earned: string[]; flags: string[] } {
  const g = grade(packRubric(id), answer);
  return {
    earned: g.points.filter((p) => p.earned).map((p) => p.id),
    flags: g.misconceptions.map((m) => m.id),
  };
}

/** The points pack question `id` gives `answer` (shorthand for the round-rule tests). */
export function packEarned(id: string, answer: string): string[] {
  return packVerdict(id, answer).earned;
}

/** The misconceptions pack question `id` flags in `answer`. */
export function packFlags(id: string, answer: string): string[] {
  return packVerdict(id, answer).flags;
}

/** Ids of the six pack FRQs written for issue 7, by the short names the round-rule tests use. */
export const frq = {
  dvr: 'depolarization-vs-repolarization',
  osm: 'osmosis-red-blood-cell',
  pva: 'passive-vs-active',
  pump: 'pump-blocked',
  rpp: 'resting-potential-pump',
  syn: 'synapse-neurotoxin',
} as const;

/** A small lexicon for focused tests, written in YAML like the real one. */
export function lexicon(yamlText: string): Lexicon {
  return lexiconFileSchema.parse(parse(yamlText));
}

/**
 * Compiles a single-point question whose pattern is given in YAML, e.g.
 * `rubric('all: ["@sodium", "@enters"]', lex)`. Extra YAML (concepts, misconceptions, scoring)
 * may follow in `rest`.
 */
export function rubric(
  patternYaml: string,
  lex: Lexicon = realLexicon,
  rest: Record<string, unknown> = {},
): CompiledRubric {
  const q = questionFileSchema.parse({
    id: 'test-question',
    kind: 'frq',
    topics: ['test'],
    prompt: 'Test prompt.',
    modelAnswer: 'Model.',
    points: [{ id: 'p', label: 'The point', hint: 'A hint', pattern: parse(patternYaml) }],
    ...rest,
  });
  return compileQuestion(normalizeQuestion(q) as FrqQuestion, lex);
}

/** Compiles a whole question given as a YAML document. */
export function question(yamlText: string, lex: Lexicon = realLexicon): CompiledRubric {
  const q = questionFileSchema.parse(parse(yamlText));
  return compileQuestion(normalizeQuestion(q) as FrqQuestion, lex);
}

/** A one-point question (point id `p`) whose point is written as a label only, plus any extra YAML. */
export function plain(label: string, extra = ''): CompiledRubric {
  return question(`
id: plain-test
kind: frq
topics: [test]
prompt: Test prompt.
modelAnswer: Model.
points:
  - id: p
    label: "${label}"
    hint: A hint.
${extra}`);
}

/** True when the single point `p` (or the named point) is earned. */
export function earns(r: CompiledRubric, answer: string | string[], id = 'p'): boolean {
  return grade(r, answer).points.find((x) => x.id === id)?.earned ?? false;
}

/** Ids of earned points and flagged misconceptions. */
export function summary(result: GradeResult): { points: string[]; misconceptions: string[] } {
  return {
    points: result.points.filter((p) => p.earned).map((p) => p.id),
    misconceptions: result.misconceptions.map((m) => m.id),
  };
}

/** A label compiled as a plain-language point is, with the pack's lexicon and synonym groups. */
export function compiledLabel(label: string): CompiledLabel {
  return compileLabel(label, labelReaderFor(realLexicon, realLexicon.synonyms ?? []));
}

/** The notes `tutor rubric explain` prints for a label, one per line. */
export function labelNotes(label: string): string {
  return compiledLabel(label).notes.join('\n');
}

/** A one-point question comparing passive and active transport (declared subjects), point `p` on its label. */
export function transportQuestion(label: string, about?: string): CompiledRubric {
  return question(`
id: transport-test
kind: frq
topics: [test]
prompt: Compare passive and active transport.
modelAnswer: Model.
subjects:
  passive: ["passive"]
  active: ["active"]
points:
  - id: p
    label: ${label}
${about === undefined ? '' : `    about: ${about}\n`}    hint: A hint.
`);
}
