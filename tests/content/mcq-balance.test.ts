import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { correctIsLongest, longestCorrectWarning } from '../../src/content/mcq-balance.js';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { type McqQuestion, mcqSchema } from '../../src/content/question-schema.js';
import { choiceOrder } from '../../src/quiz/mcq-order.js';
import { memoryIO } from '../cli/io.js';

const item = (id: string, correctText: string, others: string[], extra: Record<string, unknown> = {}) =>
  mcqSchema.parse({
    id,
    kind: 'mcq',
    topics: ['osmosis'],
    stem: 'Which one?',
    choices: [
      { id: 'a', text: correctText, correct: true, explanation: 'Right.' },
      ...others.map((text, i) => ({ id: String.fromCharCode(98 + i), text, explanation: 'Wrong.' })),
    ],
    ...extra,
  }) as McqQuestion;

const yamlOf = (q: McqQuestion) =>
  [
    `id: ${q.id}`,
    'kind: mcq',
    'topics: [osmosis]',
    'stem: Which one?',
    'choices:',
    ...q.choices.flatMap((c) => [
      `  - id: ${c.id}`,
      `    text: "${c.text}"`,
      ...(c.correct ? ['    correct: true'] : []),
      `    explanation: "${c.explanation}"`,
    ]),
  ].join('\n');

describe('correct option length', () => {
  it('counts an item only when the correct option is strictly the longest', () => {
    expect(correctIsLongest(item('x', 'a much longer right answer', ['short', 'tiny']))).toBe(true);
    expect(correctIsLongest(item('x', 'same size', ['same size', 'tiny']))).toBe(false);
    expect(correctIsLongest(item('x', 'short', ['a much longer wrong answer']))).toBe(false);
  });

  it('warns above 40% and names the items; 2 of 5 (40%) passes', () => {
    const long = (id: string) => item(id, 'a much longer right answer', ['short', 'tiny']);
    const fine = (id: string) => item(id, 'short', ['a much longer wrong answer', 'tiny']);
    expect(
      longestCorrectWarning([long('l1'), long('l2'), fine('f1'), fine('f2'), fine('f3')]),
    ).toBeUndefined();
    const warning = longestCorrectWarning([long('l1'), long('l2'), long('l3'), fine('f1'), fine('f2')]);
    expect(warning).toContain(
      'the correct option is the longest in 3 of 5 multiple-choice items (60%, above 40%)',
    );
    expect(warning).toContain('l1, l2, l3');
  });

  it("the repository's own items give nothing away by length", () => {
    const mcqs = loadQuestionBank(process.env.CONTENT_DIR ?? 'content').questions.filter(
      (q): q is McqQuestion => q.kind === 'mcq',
    );
    expect(mcqs.length).toBeGreaterThan(0);
    expect(mcqs.filter(correctIsLongest).map((q) => q.id)).toEqual([]);
  });
});

describe('tutor content check', () => {
  it('prints the warning for a pack whose correct options are mostly the longest, and still exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-balance-'));
    mkdirSync(join(dir, 'terms'));
    mkdirSync(join(dir, 'questions'));
    copyFileSync(join('content', 'lexicon.yaml'), join(dir, 'lexicon.yaml'));
    for (const q of [
      item('mcq-one', 'the longest option by far here', ['short', 'tiny']),
      item('mcq-two', 'another long right answer', ['short', 'tiny']),
    ]) {
      writeFileSync(join(dir, 'questions', `${q.id}.yaml`), yamlOf(q));
    }
    const io = memoryIO({ CONTENT_DIR: dir });
    expect(await main(['content', 'check'], io)).toBe(0);
    expect(io.out()).toMatch(/^warning: the correct option is the longest in 2 of 2 multiple-choice items/m);
  });
});

describe('choice order per post', () => {
  it('shuffles by default and keeps the written order when the item says shuffle: false', () => {
    const q = item('x', 'one', ['two', 'three', 'four']);
    const reversed = () => 0; // always swap with the first: a deterministic non-identity shuffle
    expect(choiceOrder(q, reversed)).not.toEqual([0, 1, 2, 3]);
    expect([...choiceOrder(q, Math.random)].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceOrder(item('y', 'one', ['two', 'three'], { shuffle: false }), reversed)).toEqual([0, 1, 2]);
  });
});
