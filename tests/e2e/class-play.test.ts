import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTutor } from './run-tutor.js';

describe('docs/examples/class.play (the issue\'s "Done when", as a new user runs it)', () => {
  it('runs a class: import error by line, assignment, refused student report, summary, chart, CSV, one daily post', async () => {
    const out = mkdtempSync(join(tmpdir(), 'class-play-'));
    try {
      const { code, stdout } = await runTutor([
        'play',
        '--script',
        'docs/examples/class.play',
        '--save-files',
        out,
      ]);
      expect(code, stdout).toBe(0);
      const steps = stdout.split(/^> /m);
      const step = (prefix: string, nth = 0) => steps.filter((s) => s.startsWith(prefix))[nth] ?? '';
      expect(step('/class import', 0)).toMatch(/line 19: example 1 names unknown point "raisin-grows"/);
      expect(step('/class import', 1)).toMatch(/Added 2 questions for/);
      expect(step('/class report', 0)).toMatch(/Only this class's teacher/);
      const closing = step('advance 11m');
      expect(closing).toMatch(/Assignment #1 closed/);
      expect(closing).toMatch(/3 students/);
      expect(closing).toMatch(/Na⁺ leaves the cell: 1 of 3/);
      expect(closing).not.toMatch(/\b(ana|ben|cy)\b/);
      expect(step('click My feedback')).toMatch(/Score 3\/4/);
      expect(step('/class results')).toMatch(/📎 assignment-1-results\.png/);
      const png = readFileSync(join(out, 'assignment-1-results.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5_000);
      const csv = readFileSync(join(out, 'class-report-1.csv'), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = csv.slice(1).trim().split('\n');
      expect(rows).toHaveLength(4);
      const byName = new Map(rows.slice(1).map((r) => [r.split(',')[1], r]));
      expect(byName.get('ana')).toMatch(/,3,4,1,1,1,0,,"ACh binds, the channel opens, sodium rushes in/);
      expect(byName.get('ben')).toMatch(/,1,4,1,0,0,0,,Sodium flows into the muscle cell\.$/);
      expect(byName.get('cy')).toMatch(/,0,4,0,0,0,0,more-negative; sodium-leaves,Sodium leaves/);
      expect(step('advance 3m')).toMatch(/Question of the day/);
      expect(step('advance 1h')).not.toMatch(/Question of the day/);
      expect(stdout).not.toMatch(/sandbox error/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
