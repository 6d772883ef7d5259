import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/index.js';
import { type SandboxMessage, startSandbox } from '../sandbox/index.js';
import { openStore } from '../store/index.js';
import { forkBenchBot, nextMessage } from './child-message.js';
import { mb, ms, percentile } from './stats.js';
import type { BenchSection } from './types.js';

const STUDENTS = 500;
const CONCURRENCY = 16;
const WINDOW_MS = 60_000;
const P99_TARGET_MS = 300;
const RSS_TARGET_MB = 200;

const ANSWERS = [
  'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative.',
  'Sodium flows into the muscle cell.',
  'Sodium leaves and the cell becomes more negative.',
  'The receptor is a ligand-gated channel. Na+ floods in, so the membrane depolarizes and an action potential leads to contraction.',
];

interface Stats {
  type: 'stats';
  submits: number[];
  rss: number;
}

/** What the classes bot child sends: `ready` once connected, then `stats` when asked. */
type ClassesChildMessage = { type: 'ready' } | Stats;

/**
 * 500 students answer one assignment through the sandbox, 16 at a time (well inside the 60-second
 * window): each presses Answer and sends the form. The bot runs in its own process, so its memory
 * is its own; bot-side time is what its router measures from the modal submit arriving to the
 * feedback being sent. Afterwards the database must hold all 500 submissions.
 */
export const classesBench: BenchSection = {
  name: 'classes',
  title: 'Class assignments (500 students submit to one assignment through the sandbox)',
  async run({ progress, json }) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-classes-'));
    const databasePath = join(dir, 'tutor.db');
    const sandbox = await startSandbox({ settleMs: 0 });
    const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
    let child: ChildProcess | undefined;
    try {
      child = await forkBenchBot(sandbox, 'classes-bot-child.ts', {
        CONTENT_DIR: config.CONTENT_DIR,
        BENCH_DATABASE_PATH: databasePath,
      });
      await nextMessage<ClassesChildMessage, 'ready'>(child, 'ready', 60_000);
      const teacher = sandbox.user('bench-teacher', { teacher: true, channel: '#bio-period-1' });
      await teacher.slash('class', {}, { subcommand: 'setup' });
      const post = (
        await teacher.slash('class', { question: 'nmj-depolarization', due: '1h' }, { subcommand: 'assign' })
      ).reply as SandboxMessage;
      progress(`${STUDENTS} students submitting, ${CONCURRENCY} at a time`);
      const refused: string[] = [];
      let next = 0;
      const started = performance.now();
      const student = async () => {
        for (;;) {
          const i = next++;
          if (i >= STUDENTS) return;
          const user = sandbox.user(`student-${i}`, { channel: '#bio-period-1' });
          const form = (await user.click(post, 'Answer')).modal;
          if (!form) {
            refused.push(`student-${i}: no form`);
            continue;
          }
          const result = await user.submitModal(
            form,
            { 'part-0': ANSWERS[i % ANSWERS.length] as string },
            post,
          );
          if (!/Submitted/.test(result.reply?.content ?? ''))
            refused.push(`student-${i}: ${result.reply?.content}`);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, student));
      const wall = performance.now() - started;
      const stats = await nextMessage<ClassesChildMessage, 'stats'>(child, 'stats', 10_000, {
        type: 'stats',
      });
      const rss = stats.rss;
      const store = openStore(databasePath);
      const stored = (
        store.db
          .prepare(
            "SELECT count(*) AS n FROM submissions s JOIN attempts a ON a.id = s.attempt_id WHERE a.source = 'assignment'",
          )
          .get() as {
          n: number;
        }
      ).n;
      store.close();
      const submits = stats.submits;
      const p50 = percentile(submits, 50);
      const p99 = percentile(submits, 99);
      json?.({
        classes_submissions_stored: stored,
        classes_submit_all_ms: Math.round(wall),
        classes_submit_p50_ms: Math.round(p50 * 10) / 10,
        classes_submit_p99_ms: Math.round(p99 * 10) / 10,
        classes_rss_mb: Math.round(rss / 1024 / 1024),
      });
      return [
        // Timings on a shared machine follow its load; read them together with this figure.
        { label: 'machine load average (1 min) at the end', value: (loadavg()[0] ?? 0).toFixed(2) },
        {
          label: 'submissions sent / stored',
          value: `${STUDENTS} / ${stored}`,
          target: 'all stored',
          met: stored === STUDENTS && refused.length === 0,
        },
        {
          label: 'time for all submissions',
          value: ms(wall),
          target: `< ${WINDOW_MS / 1000} s`,
          met: wall < WINDOW_MS,
        },
        { label: 'bot-side modal submit → feedback p50', value: ms(p50) },
        {
          label: 'bot-side modal submit → feedback p99',
          value: ms(p99),
          target: `< ${P99_TARGET_MS} ms`,
          met: p99 < P99_TARGET_MS,
        },
        {
          label: 'bot process RSS after',
          value: mb(rss),
          target: `< ${RSS_TARGET_MB} MB`,
          met: rss < RSS_TARGET_MB * 1024 * 1024,
        },
        ...(refused.length > 0 ? [{ label: 'first refusal', value: refused[0] ?? '' }] : []),
      ];
    } finally {
      if (child && child.exitCode === null) {
        const exited = new Promise((r) => child?.once('exit', r));
        child.send({ type: 'stop' });
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill();
      }
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
