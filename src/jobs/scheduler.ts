/**
 * Timers that survive restarts because they are not the truth: the store is. Each job kind says
 * how to list its pending jobs from the store and how to run one; at start-up the scheduler arms
 * every pending job (running at once whatever fell due while the bot was down), and while the bot
 * runs, code that creates or moves a job calls `arm`. All time comes from the injected clock, so
 * a test clock can advance and fire what became due; production uses real timers on the same path.
 */
import type { Clock, TimerHandle } from '../clock.js';

/** One pending job: `key` is unique within its kind (an assignment id, a schedule id). */
export interface Job {
  readonly kind: string;
  readonly key: string;
  /** When it is due, ms UTC. */
  readonly at: number;
}

/** A kind of job: how to find its pending jobs in the store and how to run one. */
export interface JobKind {
  readonly kind: string;
  /** Every job of this kind that is still to run, read from the store. */
  pending(): readonly Job[];
  /**
   * Runs a job that is due. Must be idempotent: the store decides whether there is still work
   * (a closed assignment is not closed twice), because a job may fire in two processes.
   */
  run(job: Job): Promise<void>;
}

/** Runs jobs at their time; one per bot, started once the bot can post. */
export class JobScheduler {
  private readonly kinds = new Map<string, JobKind>();
  private readonly timers = new Map<string, TimerHandle>();
  private readonly running = new Set<Promise<void>>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly onError: (error: unknown, job: Job) => void,
  ) {}

  /** Adds a job kind; if the scheduler already started, its pending jobs are armed now. */
  register(kind: JobKind): void {
    if (this.kinds.has(kind.kind)) throw new Error(`job kind "${kind.kind}" is registered twice`);
    this.kinds.set(kind.kind, kind);
    if (this.started) this.armPending(kind);
  }

  /** Arms every pending job of every kind; overdue ones run at once. Call when the bot is ready. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    for (const kind of this.kinds.values()) this.armPending(kind);
  }

  /** (Re-)arms one job, replacing any timer with the same kind and key. */
  arm(job: Job): void {
    if (!this.started || this.stopped) return;
    this.cancel(job.kind, job.key);
    const delay = job.at - this.clock.now().getTime();
    if (delay <= 0) {
      void this.fire(job);
      return;
    }
    const id = idOf(job.kind, job.key);
    this.timers.set(
      id,
      // Returning the run lets a manual clock's advance() wait for what the job does.
      this.clock.setTimer(delay, () => {
        this.timers.delete(id);
        return this.fire(job);
      }),
    );
  }

  /** Forgets a job's timer (the job was cancelled or finished early). */
  cancel(kind: string, key: string): void {
    const id = idOf(kind, key);
    this.timers.get(id)?.cancel();
    this.timers.delete(id);
  }

  /** Number of armed timers (for tests and `db check`-style reports). */
  get armed(): number {
    return this.timers.size;
  }

  /** Resolves when every job that has started running has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Cancels every timer and waits for running jobs; nothing fires afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
    await this.idle();
  }

  private armPending(kind: JobKind): void {
    for (const job of kind.pending()) this.arm(job);
  }

  private fire(job: Job): Promise<void> {
    const kind = this.kinds.get(job.kind);
    if (this.stopped || !kind) return Promise.resolve();
    const run = (async () => {
      try {
        await kind.run(job);
      } catch (error) {
        this.onError(error, job);
      }
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return run;
  }
}

function idOf(kind: string, key: string): string {
  return `${kind}\u0000${key}`;
}
