/**
 * Time-zone arithmetic with nothing but Intl: validating IANA names, reading a UTC instant as a
 * local date and time, and turning a local wall-clock time back into a UTC instant.
 */

/** An example shown when a time zone name is refused. */
export const TIME_ZONE_EXAMPLE = 'America/New_York';

/** True when `name` is an IANA time zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of an instant in a time zone. */
export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date and time of `at` (ms UTC) in `timeZone`. */
export function localTime(at: number, timeZone: string): LocalTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The local calendar date of `at` in `timeZone`, as YYYY-MM-DD (the key a daily run is claimed under). */
export function localDate(at: number, timeZone: string): string {
  const t = localTime(at, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** How far `timeZone` is ahead of UTC at instant `at`, in ms. */
export function zoneOffset(at: number, timeZone: string): number {
  const t = localTime(at, timeZone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The UTC instant at which the clocks in `timeZone` show `local`. A time that does not exist (the
 * hour skipped when clocks go forward) lands just after the gap; an ambiguous one (the hour repeated
 * when clocks go back) is its first occurrence.
 */
export function fromLocal(local: LocalTime, timeZone: string): number {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // Two passes settle the offset; the earlier candidate wins for a repeated hour.
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  const candidates = [first, second].filter((c) => c + zoneOffset(c, timeZone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return Math.max(first, second);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
