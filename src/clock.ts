/** A scheduled callback that can still be called off. */
export interface TimerHandle {
  /** Stops the callback from running; harmless after it ran or was cancelled. */
  cancel(): void;
}

/** What a timer runs; a returned promise lets a manual clock wait for the work it started. */
// biome-ignore lint/suspicious/noConfusingVoidType: callbacks that return nothing are the common case.
export type TimerCallback = () => void | Promise<unknown>;

/**
 * Where "now" comes from and how work is scheduled for later, so deadlines, expiry and streaks can be
 * tested by moving time instead of waiting. Domain code and handlers read time only through this.
 */
export interface Clock {
  now(): Date;
  /** Runs `fn` once after `delayMs` (0 or less: as soon as possible). */
  setTimer(delayMs: number, fn: TimerCallback): TimerHandle;
}

/** Node's setTimeout takes at most 2^31-1 ms; longer waits are chained. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * The wall clock with real timers. Timers are unref'd: a pending deadline never keeps a finished
 * process (or a test run) alive, while the gateway connection keeps the bot itself running.
 */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }

  setTimer(delayMs: number, fn: TimerCallback): TimerHandle {
    const dueAt = Date.now() + Math.max(0, delayMs);
    let timer: NodeJS.Timeout | undefined;
    let cancelled = false;
    const arm = () => {
      const wait = Math.min(MAX_TIMEOUT_MS, Math.max(0, dueAt - Date.now()));
      timer = setTimeout(() => {
        if (cancelled) return;
        if (Date.now() < dueAt) arm();
        else void Promise.resolve().then(fn);
      }, wait);
      timer.unref();
    };
    arm();
    return {
      cancel() {
        cancelled = true;
        if (timer) clearTimeout(timer);
      },
    };
  }
}

/** The process-wide wall clock. */
export const systemClock: Clock = new SystemClock();

interface ManualTimer {
  readonly dueAt: number;
  readonly seq: number;
  readonly fn: TimerCallback;
  cancelled: boolean;
}

/**
 * A clock that only moves when told to: `advance(ms)` steps time forward and fires every timer that
 * became due, earliest first (ties in the order they were set), waiting for each callback's promise
 * before the next, so what a deadline triggers has happened when `advance` resolves. Timers set by a
 * callback that fall within the advanced span fire in the same call.
 */
export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private timers: ManualTimer[] = [];

  constructor(start: Date | number = new Date()) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimer(delayMs: number, fn: TimerCallback): TimerHandle {
    const timer: ManualTimer = {
      dueAt: this.current + Math.max(0, delayMs),
      seq: this.seq++,
      fn,
      cancelled: false,
    };
    this.timers.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
        this.timers = this.timers.filter((t) => t !== timer);
      },
    };
  }

  /** Timers still waiting to fire. */
  get pending(): number {
    return this.timers.length;
  }

  /**
   * Moves time forward by `ms` (must be ≥ 0), firing due timers in order; resolves with how many
   * fired. A callback that throws does not stop the others; the first error is rethrown at the end.
   */
  async advance(ms: number): Promise<number> {
    if (!(ms >= 0)) throw new RangeError(`cannot advance a clock by ${ms} ms`);
    const target = this.current + ms;
    let fired = 0;
    let firstError: unknown;
    for (;;) {
      const next = this.nextDue(target);
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.current = Math.max(this.current, next.dueAt);
      fired++;
      try {
        await next.fn();
      } catch (error) {
        firstError ??= error;
      }
    }
    this.current = target;
    if (firstError !== undefined) throw firstError;
    return fired;
  }

  /** Sets the time directly (never backwards); fires what became due, like `advance`. */
  advanceTo(at: Date | number): Promise<number> {
    const ms = (typeof at === 'number' ? at : at.getTime()) - this.current;
    return this.advance(Math.max(0, ms));
  }

  private nextDue(target: number): ManualTimer | undefined {
    let best: ManualTimer | undefined;
    for (const t of this.timers) {
      if (t.cancelled || t.dueAt > target) continue;
      if (!best || t.dueAt < best.dueAt || (t.dueAt === best.dueAt && t.seq < best.seq)) best = t;
    }
    return best;
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parses a duration such as `11m`, `30s`, `2h`, `3d`, `1h30m` or `500ms` into milliseconds;
 * undefined when it is not one.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return undefined;
  const part = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/y;
  let total = 0;
  let at = 0;
  while (at < trimmed.length) {
    part.lastIndex = at;
    const m = part.exec(trimmed);
    if (!m) return undefined;
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    at = part.lastIndex;
    while (trimmed[at] === ' ') at++;
  }
  return Math.round(total);
}
