import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runGradeCli } from '../../src/cli/grade-run.js';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import type { McqQuestion } from '../../src/content/question-schema.js';
import { UserError } from '../../src/errors.js';
import { GradingInputError, grade, MAX_PART_CHARS } from '../../src/grading/grade.js';
import { gradeMcq } from '../../src/grading/mcq.js';
import { contentDir, summary } from './helpers.js';

const bank = loadQuestionBank(contentDir);
const nmj = bank.rubrics.get('nmj-depolarization');
if (!nmj) throw new Error('nmj-depolarization did not load');

describe('answers the grader refuses', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t '],
    ['over-long', 'sodium '.repeat(MAX_PART_CHARS)],
  ])('given an %s answer, it throws a GradingInputError with a message for the student', (_, answer) => {
    let error: unknown;
    try {
      grade(nmj, answer);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GradingInputError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as GradingInputError).publicMessage).toMatch(/empty|too long/);
  });

  it('refuses a part count that does not match the question', () => {
    expect(() => grade(nmj, ['a', 'b'])).toThrow(GradingInputError);
  });
});

describe('pathological inputs finish with sane results', () => {
  const unlimited = { maxChars: Number.POSITIVE_INFINITY };

  it('10,000 repeated words', () => {
    const result = grade(nmj, 'sodium '.repeat(10_000), unlimited);
    expect(result.normalizedLength).toBe(10_000);
    expect(summary(result).points).toEqual([]);
  });

  it('10,000 repeats of a negated sentence earn nothing', () => {
    const result = grade(nmj, 'no sodium enters, '.repeat(3_400), unlimited);
    expect(summary(result).points).toEqual([]);
  });

  it('long runs of combining characters fold away', () => {
    const result = grade(nmj, `s${'\u0301'.repeat(50_000)}odium rushes in`, unlimited);
    expect(summary(result).points).toEqual(['cause']);
    expect(result.points[0]?.evidence[0]?.text.length).toBeGreaterThan(50_000);
  });

  it('thousands of distinct misspelt words', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `depolarizaton${i.toString(36)}`).join(' ');
    expect(grade(nmj, text, unlimited).normalizedLength).toBe(5_000);
  });

  it('grading is deterministic', () => {
    const text = 'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative.';
    expect(grade(nmj, text)).toEqual(grade(nmj, text));
  });
});

describe('multiple choice', () => {
  const mcq = bank.questions.find((q): q is McqQuestion => q.kind === 'mcq');
  it('marks the correct choice right and others wrong, with explanations', () => {
    if (!mcq) return;
    const right = mcq.choices.find((c) => c.correct);
    const wrong = mcq.choices.find((c) => !c.correct);
    expect(gradeMcq(mcq, right?.id ?? '').correct).toBe(true);
    const r = gradeMcq(mcq, wrong?.id ?? '');
    expect([r.correct, r.score, r.correctChoice.id]).toEqual([false, 0, right?.id]);
    expect(() => gradeMcq(mcq, 'zz')).toThrow(GradingInputError);
  });
});

/** Collects everything written to a stream. */
function sink(): { stream: Writable; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  return { stream, text: () => out };
}

describe('tutor grade (runGradeCli)', () => {
  it('writes one JSON line per answer and an error line for bad input, then continues', async () => {
    const stdout = sink();
    const stderr = sink();
    const input = [
      JSON.stringify({
        text: 'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative',
      }),
      'not json',
      JSON.stringify({ text: 'Sodium leaves and the cell becomes more negative.' }),
      JSON.stringify({ parts: ['Na+ flows in'] }),
      JSON.stringify({ text: '   ' }),
    ].join('\n');
    const code = await runGradeCli({
      questionId: 'nmj-depolarization',
      contentDir,
      stdin: Readable.from([input]),
      stdout: stdout.stream,
      stderr: stderr.stream,
    });
    const lines = stdout
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { score: 3, points: ['cause', 'effect', 'channel'], misconceptions: [] },
      { error: 'not valid JSON', line: 2 },
      { score: 0, points: [], misconceptions: ['sodium-leaves', 'more-negative'] },
      { score: 1, points: ['cause'], misconceptions: [] },
      { error: expect.stringMatching(/empty/), line: 5 },
    ]);
    expect(stderr.text()).toMatch(/line 2: not valid JSON/);
    expect(code).toBe(1);
  });

  it('explains an unknown question on stderr', async () => {
    const stderr = sink();
    const code = await runGradeCli({
      questionId: 'no-such-question',
      contentDir,
      stdin: Readable.from([]),
      stdout: sink().stream,
      stderr: stderr.stream,
    });
    expect(code).toBe(2);
    expect(stderr.text()).toMatch(/No question "no-such-question"/);
  });
});
