import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runEvalCli } from '../../src/cli/eval-run.js';
import { contentDir } from './helpers.js';

describe('tutor eval (runEvalCli)', () => {
  it('prints agreement figures and ends with a JSON summary line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const data = join(dir, 'answers.tsv');
    writeFileSync(
      data,
      [
        'Id\tEssaySet\tScore1\tScore2\tEssayText',
        '1\t0\t4\t4\tThe receptor is a ligand-gated channel. Na+ floods in, so the membrane depolarizes and an action potential leads to contraction.',
        '2\t0\t0\t0\tSodium leaves and the cell becomes more negative.',
        '3\t0\t2\t2\tSodium rushes in and the inside becomes less negative.',
        '4\t0\t2\t2\tI do not know.',
        '5\t0\t0\t0\t',
      ].join('\n'),
    );
    let out = '';
    const stdout = new Writable({
      write(chunk, _e, done) {
        out += String(chunk);
        done();
      },
    });
    const code = await runEvalCli({
      questionId: 'nmj-depolarization',
      dataPath: data,
      json: true,
      contentDir,
      stdout,
    });
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1] ?? '{}');
    expect(last).toEqual({ qwk: expect.any(Number), exact: 0.8, n: 5 });
    expect(out).toMatch(/quadratic weighted kappa/);
    expect(out).toMatch(/confusion matrix/);
    expect(out).toMatch(/\[4\] human 2 grader 0/);
  });
});
