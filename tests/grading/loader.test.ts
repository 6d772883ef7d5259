import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';

const LEXICON = `concepts:
  sodium: [sodium, Na+]
  enters: [enter, "flow in"]
`;

const GOOD = `id: q1
kind: frq
topics: [t]
prompt: What happens?
modelAnswer: Sodium enters.
points:
  - id: cause
    label: Sodium enters
    hint: Which ion?
    pattern: { all: ["@sodium", "@enters"] }
examples:
  - answer: sodium flows in
    earns: [cause]
  - answer: potassium flows in
    misses: [cause]
`;

/** Every temporary content directory made here, removed after the tests (a run used to leave 12 behind). */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty temporary directory, removed after the tests. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bank-'));
  made.push(dir);
  return dir;
}

/** Writes a content directory with the given question files and returns its path. */
function contentWith(questions: Record<string, string>, lexicon = LEXICON): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'questions'));
  writeFileSync(join(dir, 'lexicon.yaml'), lexicon);
  for (const [name, text] of Object.entries(questions)) writeFileSync(join(dir, 'questions', name), text);
  return dir;
}

const messages = (dir: string) => loadQuestionBank(dir).errors.map((e) => e.message.slice(dir.length + 1));

describe('loadQuestionBank', () => {
  it('loads a valid question, compiles its rubric and runs its examples', () => {
    const bank = loadQuestionBank(contentWith({ 'q1.yaml': GOOD }));
    expect(bank.errors).toEqual([]);
    expect(bank.questions.map((q) => q.id)).toEqual(['q1']);
    expect(bank.rubrics.get('q1')?.points.map((p) => p.id)).toEqual(['cause']);
  });

  it('names file and line of a bad field', () => {
    const bad = GOOD.replace('    hint: Which ion?\n', '    hint: 42\n');
    expect(messages(contentWith({ 'q1.yaml': bad }))).toEqual([
      expect.stringMatching(/^questions\/q1\.yaml:9: points\.0\.hint: /),
    ]);
  });

  it('names file and line of an unknown concept reference', () => {
    const bad = GOOD.replace('"@enters"', '"@entres"');
    expect(messages(contentWith({ 'q1.yaml': bad }))).toEqual([
      'questions/q1.yaml:10: points.0.pattern.all.1: unknown concept "@entres" (not in the question\'s concepts nor in the lexicon)',
    ]);
  });

  it('names the line of an example that the grader disagrees with', () => {
    const bad = GOOD.replace(
      '  - answer: potassium flows in\n    misses: [cause]',
      '  - answer: sodium does not flow in\n    earns: [cause]',
    );
    expect(messages(contentWith({ 'q1.yaml': bad }))).toEqual([
      'questions/q1.yaml:14: example 2 should earn "cause" but did not (earned: none; flagged: none)',
    ]);
  });

  it('reports duplicate point ids and ids that differ from the file name', () => {
    const dup = GOOD.replace(
      'examples:',
      `  - id: cause\n    label: again\n    hint: h\n    pattern: sodium\nexamples:`,
    );
    expect(messages(contentWith({ 'q1.yaml': dup }))).toEqual([
      expect.stringMatching(/^questions\/q1\.yaml:11: points\.1\.id: duplicate point id "cause"/),
    ]);
    expect(messages(contentWith({ 'q2.yaml': GOOD }))).toEqual([
      'questions/q2.yaml:1: id "q1" must match the file name "q2"',
    ]);
  });

  it('reports YAML syntax errors and lexicon faults with their lines', () => {
    expect(messages(contentWith({ 'q1.yaml': 'id: [unclosed\n' }))[0]).toMatch(
      /^questions\/q1\.yaml:\d+: YAML syntax/,
    );
    // A colon inside a value is named as the likely cause, with the fix.
    expect(messages(contentWith({ 'q1.yaml': 'id: q1\nhint: What is a codon: three bases?\n' }))[0]).toMatch(
      /^questions\/q1\.yaml:2: YAML syntax: .*a value that contains ": " must be in quotes/,
    );
    const lex = `${LEXICON}  broken: [".. x"]\n`;
    expect(messages(contentWith({ 'q1.yaml': GOOD }, lex))).toEqual([
      'lexicon.yaml:4: concepts.broken.0: phrase ".. x" may not start or end with a gap',
    ]);
  });

  it('names file and line of a phrase that could never match as written', () => {
    const bad = GOOD.replace('"@enters"', '"sodium ion|potassium ion"');
    expect(messages(contentWith({ 'q1.yaml': bad }))).toEqual([
      expect.stringMatching(
        /^questions\/q1\.yaml:10: points\.0\.pattern\.all\.1: "ion\|potassium" in "sodium ion\|potassium ion": one alternative is the word next to it/,
      ),
    ]);
    const gap = `${LEXICON}  bad-gap: ["sodium ..9 enters"]\n`;
    expect(messages(contentWith({ 'q1.yaml': GOOD }, gap))).toEqual([
      'lexicon.yaml:4: concepts.bad-gap.0: "..9" in "sodium ..9 enters" is not a gap: write ".." (up to 3 words) or "..1" to "..8"',
    ]);
  });

  it('names the line of a Spanish word in content/words.yaml that is already read as another word', () => {
    const dir = contentWith({ 'q1.yaml': GOOD });
    writeFileSync(
      join(dir, 'words.yaml'),
      'misspellings:\n  sodium: [sodum]\nspanish:\n  sodium: [sodio]\n  potassium: [potasio, sodio]\n  enter: [sodum]\n',
    );
    expect(messages(dir)).toEqual([
      'words.yaml:5: spanish.potassium: "sodio" is already read as "sodium"; list each word once',
      'words.yaml:6: spanish.enter: "sodum" is already read as "sodium"; list each word once',
    ]);
  });

  it('names the line of a Portuguese word that the Spanish list already reads as another word', () => {
    const dir = contentWith({ 'q1.yaml': GOOD });
    writeFileSync(
      join(dir, 'words.yaml'),
      'spanish:\n  enter: [entrar]\nportuguese:\n  enter: [entrar]\n  leave: [entrar]\n',
    );
    // The same word under the same English word in both lists is no clash.
    expect(messages(dir)).toEqual([
      'words.yaml:5: portuguese.leave: "entrar" is already read as "enter"; list each word once',
    ]);
  });

  it('names the line of a French word that another list already reads as another word', () => {
    const dir = contentWith({ 'q1.yaml': GOOD });
    writeFileSync(
      join(dir, 'words.yaml'),
      'spanish:\n  against: [contra]\nfrench:\n  against: [contre]\n  toward: [contra]\n',
    );
    expect(messages(dir)).toEqual([
      'words.yaml:5: french.toward: "contra" is already read as "against"; list each word once',
    ]);
  });

  it('reports a missing lexicon instead of loading silently', () => {
    const dir = tempDir();
    expect(loadQuestionBank(dir).errors.map((e) => e.detail)).toEqual(['the concept lexicon is missing']);
  });
});
