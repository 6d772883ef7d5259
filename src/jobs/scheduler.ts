/**
 * Timers that survive restarts because they are not the truth: the store is. Each job kind says
 * how to list its pending jobs from the store and how to run one; at start-up the scheduler arms
 * every pending job (running at once whatever fell due while the bot was down), and while the bot
 * runs, code that creates or moves a job calls `arm`. All time comes from the injected clock, so
 * a test clock can advance and fire what became due; production uses real timers on the same path.
 */

/** What the scheduler needs from a clock: the time, and a one-shot timer at an instant. */
export interface TimerHost {
  /** Now, in ms UTC. */
  now(): number;
  /** Calls `fn` once when the clock reaches `at` (ms UTC); returns a function that cancels it. */
  setTimer(at: number, fn: () => void): () => void;
}

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
  private readonly timers = new Map<string, () => void>();
  private readonly running = new Set<Promise<void>>();
  private started = false;
  private stopped = false;

  constructor(
    private readonly clock: TimerHost,
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
    if (job.at <= this.clock.now()) {
      this.fire(job);
      return;
    }
    const id = idOf(job.kind, job.key);
    this.timers.set(
      id,
      this.clock.setTimer(job.at, () => {
        this.timers.delete(id);
        this.fire(job);
      }),
    );
  }

  /** Forgets a job's timer (the job was cancelled or finished early). */
  cancel(kind: string, key: string): void {
    const id = idOf(kind, key);
    this.timers.get(id)?.();
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
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
    await this.idle();
  }

  private armPending(kind: JobKind): void {
    for (const job of kind.pending()) this.arm(job);
  }

  private fire(job: Job): void {
    if (this.stopped) return;
    const kind = this.kinds.get(job.kind);
    if (!kind) return;
    const run = (async () => {
      try {
        await kind.run(job);
      } catch (error) {
        this.onError(error, job);
      }
    })();
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }
}

function idOf(kind: string, key: string): string {
  return `${kind}\u0000${key}`;
}

/** Real timers: setTimeout, chained for delays beyond what setTimeout can hold (~24.8 days). */
export const systemTimers: TimerHost = {
  now: () => Date.now(),
  setTimer(at, fn) {
    const MAX = 2 ** 31 - 1;
    let handle: NodeJS.Timeout;
    const wait = () => {
      const delay = at - Date.now();
      handle = setTimeout(delay > MAX ? wait : fn, Math.max(0, Math.min(delay, MAX)));
      handle.unref?.();
    };
    wait();
    return () => clearTimeout(handle);
  },
};
