import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { type Job, JobScheduler } from '../../src/jobs/scheduler.js';

describe('job scheduler', () => {
  it('arms pending jobs from the store at start, runs overdue ones at once and the rest on time', async () => {
    const clock = new ManualClock(1_000);
    const ran: string[] = [];
    const store: Job[] = [
      { kind: 'close', key: 'a', at: 500 },
      { kind: 'close', key: 'b', at: 5_000 },
    ];
    const scheduler = new JobScheduler(clock, () => {});
    scheduler.register({
      kind: 'close',
      pending: () => store,
      run: async (job) => {
        ran.push(`${job.key}@${clock.now().getTime()}`);
      },
    });
    expect(ran).toEqual([]);
    scheduler.start();
    await scheduler.idle();
    expect(ran).toEqual(['a@1000']);
    await clock.advance(3_000);
    expect(ran).toEqual(['a@1000']);
    await clock.advance(1_000);
    expect(ran).toEqual(['a@1000', 'b@5000']);
  });

  it('re-arming a key replaces its timer; cancel and stop keep jobs from firing; errors go to onError', async () => {
    const clock = new ManualClock(0);
    const ran: string[] = [];
    const errors: string[] = [];
    const scheduler = new JobScheduler(clock, (_e, job) => errors.push(job.key));
    scheduler.register({
      kind: 'k',
      pending: () => [],
      run: async (job) => {
        if (job.key === 'bad') throw new Error('boom');
        ran.push(`${job.key}@${clock.now().getTime()}`);
      },
    });
    scheduler.start();
    scheduler.arm({ kind: 'k', key: 'x', at: 100 });
    scheduler.arm({ kind: 'k', key: 'x', at: 200 });
    scheduler.arm({ kind: 'k', key: 'y', at: 150 });
    scheduler.cancel('k', 'y');
    scheduler.arm({ kind: 'k', key: 'bad', at: 50 });
    expect(scheduler.armed).toBe(2);
    await clock.advance(300);
    expect(ran).toEqual(['x@200']);
    expect(errors).toEqual(['bad']);
    scheduler.arm({ kind: 'k', key: 'z', at: 400 });
    await scheduler.stop();
    await clock.advance(500);
    expect(ran).toEqual(['x@200']);
    expect(clock.pending).toBe(0);
  });
});
