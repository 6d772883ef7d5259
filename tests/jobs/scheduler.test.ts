import { describe, expect, it } from 'vitest';
import { type Job, JobScheduler, type TimerHost } from '../../src/jobs/scheduler.js';

/** A clock whose time moves only when the test says; timers fire in time order. */
function manualTimers(start: number) {
  let now = start;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const host: TimerHost = {
    now: () => now,
    setTimer(at, fn) {
      const t = { at, fn, live: true };
      timers.push(t);
      return () => {
        t.live = false;
      };
    },
  };
  return {
    host,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = Math.max(now, due.at);
        due.live = false;
        due.fn();
      }
      now = until;
    },
  };
}

describe('job scheduler', () => {
  it('arms pending jobs from the store at start, runs overdue ones at once and the rest on time', async () => {
    const clock = manualTimers(1_000);
    const ran: string[] = [];
    const store: Job[] = [
      { kind: 'close', key: 'a', at: 500 },
      { kind: 'close', key: 'b', at: 5_000 },
    ];
    const scheduler = new JobScheduler(clock.host, () => {});
    scheduler.register({
      kind: 'close',
      pending: () => store,
      run: async (job) => {
        ran.push(job.key);
      },
    });
    expect(ran).toEqual([]);
    scheduler.start();
    await scheduler.idle();
    expect(ran).toEqual(['a']);
    clock.advance(3_000);
    await scheduler.idle();
    expect(ran).toEqual(['a']);
    clock.advance(1_000);
    await scheduler.idle();
    expect(ran).toEqual(['a', 'b']);
  });

  it('re-arming a key replaces its timer; cancel and stop keep jobs from firing; errors go to onError', async () => {
    const clock = manualTimers(0);
    const ran: string[] = [];
    const errors: string[] = [];
    const scheduler = new JobScheduler(clock.host, (_e, job) => errors.push(job.key));
    scheduler.register({
      kind: 'k',
      pending: () => [],
      run: async (job) => {
        if (job.key === 'bad') throw new Error('boom');
        ran.push(`${job.key}@${clock.host.now()}`);
      },
    });
    scheduler.start();
    scheduler.arm({ kind: 'k', key: 'x', at: 100 });
    scheduler.arm({ kind: 'k', key: 'x', at: 200 });
    scheduler.arm({ kind: 'k', key: 'y', at: 150 });
    scheduler.cancel('k', 'y');
    scheduler.arm({ kind: 'k', key: 'bad', at: 50 });
    clock.advance(300);
    await scheduler.idle();
    expect(ran).toEqual(['x@200']);
    expect(errors).toEqual(['bad']);
    scheduler.arm({ kind: 'k', key: 'z', at: 400 });
    await scheduler.stop();
    clock.advance(500);
    await scheduler.idle();
    expect(ran).toEqual(['x@200']);
  });
});
