import { DAY_MS } from '../store/members.js';

/** A member's streak: consecutive UTC days with at least one answer. */
export interface Streak {
  /** Days in the run that includes today or yesterday (0 when the last answer is older). */
  readonly current: number;
  readonly best: number;
  /** The last active day as YYYY-MM-DD, if any. */
  readonly lastDay: string | null;
}

/** The UTC day number of a time. */
export function dayOf(at: number): number {
  return Math.floor(at / DAY_MS);
}

/** The streak over active day numbers (ascending, unique), seen at `now`. */
export function streakOf(days: readonly number[], now: number): Streak {
  let best = 0;
  let run = 0;
  let previous: number | undefined;
  for (const day of days) {
    run = previous !== undefined && day === previous + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  const today = dayOf(now);
  const current = previous !== undefined && previous >= today - 1 ? run : 0;
  const lastDay = previous === undefined ? null : new Date(previous * DAY_MS).toISOString().slice(0, 10);
  return { current, best, lastDay };
}
