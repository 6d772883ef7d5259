import { Cron } from 'croner';
import { isTimeZone, localDate, TIME_ZONE_EXAMPLE } from './time-zone.js';

/** A daily time as typed: "HH:MM", 24-hour. */
export type DailyTime = { hour: number; minute: number };

/** Reads "7:30" / "07:30" / "17:05"; undefined for anything else. */
export function parseDailyTime(text: string): DailyTime | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** Checks a schedule's time and time zone; a sentence for the teacher when either is wrong. */
export function checkDailySchedule(
  time: string,
  timeZone: string,
): { ok: true; time: DailyTime } | { ok: false; message: string } {
  const parsed = parseDailyTime(time);
  if (!parsed)
    return { ok: false, message: `"${time}" is not a time of day; use 24-hour HH:MM, e.g. 07:45 or 16:30.` };
  if (!isTimeZone(timeZone)) {
    return {
      ok: false,
      message: `"${timeZone}" is not a time zone I know. Use an IANA name such as ${TIME_ZONE_EXAMPLE} or Europe/London.`,
    };
  }
  return { ok: true, time: parsed };
}

/**
 * The first instant strictly after `after` (ms UTC) when the clocks in `timeZone` show `time`,
 * computed by croner so daylight-saving changes are handled (a time skipped by a spring-forward
 * change runs once that day, just after the gap).
 */
export function nextDailyRun(time: DailyTime, timeZone: string, after: number): number {
  const job = new Cron(`0 ${time.minute} ${time.hour} * * *`, { timezone: timeZone, paused: true });
  const next = job.nextRun(new Date(after));
  job.stop();
  if (!next) throw new Error(`no next run for ${time.hour}:${time.minute} in ${timeZone}`);
  return next.getTime();
}

/** What to do with a daily run whose time has come (or passed while the bot was down). */
export type DailyDecision =
  | { action: 'post'; localDate: string; next: number }
  | { action: 'skip'; localDate: string; next: number };

/**
 * The missed-run rule: a run that came due while the bot was down is posted once if it is still
 * the same local day in the schedule's time zone, and skipped otherwise. Either way the next run
 * is the first one after `now`. The caller claims `localDate` in the database before posting, so
 * a restart or a second process never posts the same day twice.
 */
export function decideDailyRun(dueAt: number, now: number, time: DailyTime, timeZone: string): DailyDecision {
  const day = localDate(dueAt, timeZone);
  const next = nextDailyRun(time, timeZone, Math.max(now, dueAt));
  return { action: day === localDate(now, timeZone) ? 'post' : 'skip', localDate: day, next };
}
