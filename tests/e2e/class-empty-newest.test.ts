import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTutor } from './run-tutor.js';

describe('/class report and /class results on a newest assignment nobody has answered', () => {
  it('say which assignment they took and name the others, so an empty CSV does not read as lost data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-empty-'));
    try {
      const script = join(dir, 'empty.play');
      writeFileSync(
        script,
        [
          'as ms-rivera teacher channel:#bio-period-1',
          '/class setup teacher-role:Teacher',
          '/class assign question:nmj-depolarization due:10m reveal:after-due',
          'as ana channel:#bio-period-1',
          'click Answer',
          'type Sodium flows into the muscle cell.',
          'submit',
          'as ms-rivera',
          '/class assign question:pump-blocked due:1h',
          '/class report',
          '/class results',
          '/class report assignment:2',
          '/class report assignment:1',
          '',
        ].join('\n'),
      );
      const { code, stdout } = await runTutor(['play', '--script', script]);
      expect(code, stdout).toBe(0);
      const steps = stdout.split(/^> /m);
      const step = (prefix: string, nth = 0) => steps.filter((s) => s.startsWith(prefix))[nth] ?? '';
      expect(step('/class report')).toMatch(/0 rows/);
      expect(step('/class report')).toMatch(
        /No one has answered the newest assignment, #2 \(pump-blocked\), yet\. For another, add `assignment:` \(#1\) or `all`\./,
      );
      expect(step('/class results')).toMatch(/No one has answered the newest assignment, #2/);
      // Named, it is what the teacher asked for: no hint.
      expect(step('/class report assignment:2')).not.toMatch(/No one has answered/);
      expect(step('/class report assignment:1')).toMatch(/1 row/);
      expect(stdout).not.toMatch(/sandbox error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
