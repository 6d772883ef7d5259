import { fromLocal, isTimeZone } from '../jobs/time-zone.js';

/** The shortest and longest an assignment may run. */
export const MIN_DUE_MS = 60_000;
export const MAX_DUE_MS = 90 * 24 * 3_600_000;

/** Examples shown whenever a deadline is refused. */
export const DUE_EXAMPLES = '`30m`, `2h`, `3d` or `2026-12-24 17:00`';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A parsed deadline, or a sentence saying why it was refused. */
export type DueResult = { ok: true; at: number } | { ok: false; message: string };

/**
 * Reads a deadline as a teacher types it: a duration from now (`30m`, `2h`, `3d`, `1d 12h`) or a
 * local date and time (`2026-12-24 17:00`, read in `timeZone`, UTC unless the class has one).
 * The result must lie between one minute and 90 days ahead of `now`.
 */
export function parseDue(text: string, now: number, timeZone = 'UTC'): DueResult {
  const input = text.trim().toLowerCase();
  const refuse = (why: string): DueResult => ({ ok: false, message: `${why} Try ${DUE_EXAMPLES}.` });
  if (input === '') return refuse('The deadline is empty.');
  let at: number | undefined;
  const durations = [...input.matchAll(/(\d{1,4})\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\b/g)];
  const leftover = input.replace(/(\d{1,4})\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\b/g, '').trim();
  if (durations.length > 0 && leftover === '') {
    at = now;
    for (const [, amount, unit] of durations) at += Number(amount) * (UNITS[(unit ?? 'm')[0] as string] ?? 0);
  } else {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ t](\d{1,2}):(\d{2})$/.exec(input);
    if (!m) return refuse(`I could not read "${text.trim()}" as a deadline.`);
    const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
      return refuse(`"${text.trim()}" is not a real date and time.`);
    }
    if (!isTimeZone(timeZone)) return refuse(`The class time zone "${timeZone}" is not known.`);
    at = fromLocal({ year, month, day, hour, minute }, timeZone);
  }
  if (at - now < MIN_DUE_MS) return refuse('The deadline must be at least a minute from now.');
  if (at - now > MAX_DUE_MS) return refuse('The deadline must be within 90 days.');
  return { ok: true, at };
}

/** Whether a submission at `at` is in time for a deadline (the deadline minute itself is late). */
export function isOpenAt(dueAt: number, at: number): boolean {
  return at < dueAt;
}

/** Milliseconds until the deadline, never negative (0 means due now). */
export function msUntil(dueAt: number, now: number): number {
  return Math.max(0, dueAt - now);
}
