import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from './io.js';

const repo = join(import.meta.dirname, '..', '..');
const env = { CONTENT_DIR: join(repo, 'content') };

/** memoryIO with the given lines waiting on stdin. */
function withStdin(lines: string[]) {
  const io = memoryIO(env);
  const stdin = new PassThrough();
  stdin.end(lines.map((l) => `${l}\n`).join(''));
  return { ...io, stdin };
}

describe('tutor grade', () => {
  it('writes one JSON line per answer: points earned and misconceptions recognised', async () => {
    const io = withStdin([
      JSON.stringify({
        text: 'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative',
      }),
      JSON.stringify({ text: 'sodium leaves and the cell becomes more negative' }),
    ]);
    expect(await main(['grade', '--question', 'nmj-depolarization'], io)).toBe(0);
    const [good, bad] = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(good.points).toEqual(expect.arrayContaining(['cause', 'effect']));
    expect(good.score).toBeGreaterThanOrEqual(2);
    expect(bad).toMatchObject({ score: 0, points: [] });
    expect(bad.misconceptions).toEqual(expect.arrayContaining(['sodium-leaves', 'more-negative']));
  });

  it('answers a bad line with an error line, keeps going, and exits 1', async () => {
    const io = withStdin([
      'not json',
      JSON.stringify({ text: '   ' }),
      JSON.stringify({ text: 'Na+ flows in' }),
    ]);
    expect(await main(['grade', '--question', 'nmj-depolarization'], io)).toBe(1);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].error).toBeTruthy();
    expect(lines[1].error).toMatch(/empty/i);
    expect(lines[2].points).toContain('cause');
  });

  it('without --question prints the usage and exits 2', async () => {
    const io = withStdin([]);
    expect(await main(['grade'], io)).toBe(2);
    expect(io.err()).toMatch(/--question/);
  });
});

describe('tutor eval', () => {
  it('with --json ends with {"qwk", "exact", "n"} for a human-scored TSV', async () => {
    const io = memoryIO(env);
    const data = join(repo, '..', 'shared', 'benchmarks', 'asap-sas', 'set5.tsv');
    expect(await main(['eval', '--question', 'asap-sas-5', '--data', data, '--json', '--top', '1'], io)).toBe(
      0,
    );
    const out = io.out().trim().split('\n');
    const last = JSON.parse(out[out.length - 1] ?? '{}');
    expect(last.n).toBe(1795);
    expect(last.qwk).toBeGreaterThan(0.7);
    expect(last.exact).toBeGreaterThan(0.5);
    expect(io.out()).toMatch(/confusion matrix/);
  });

  it('names a missing data file instead of crashing', async () => {
    const io = memoryIO(env);
    const code = await main(['eval', '--question', 'asap-sas-5', '--data', '/nonexistent.tsv'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/nonexistent\.tsv/);
  });
});
