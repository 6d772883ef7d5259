import { describe, expect, it } from 'vitest';
import { checkDailySchedule, decideDailyRun, nextDailyRun, parseDailyTime } from '../../src/jobs/daily.js';
import { fromLocal, isTimeZone, localDate, localTime } from '../../src/jobs/time-zone.js';

const at = (iso: string) => Date.parse(iso);

describe('daily question timing', () => {
  it('given a time zone, the next run is that local time, today if still ahead, else tomorrow', () => {
    const time = { hour: 7, minute: 30 };
    // 06:00 in New York (EST, UTC-5) = 11:00 UTC
    expect(new Date(nextDailyRun(time, 'America/New_York', at('2026-01-15T11:00:00Z'))).toISOString()).toBe(
      '2026-01-15T12:30:00.000Z',
    );
    // 08:00 local: tomorrow
    expect(new Date(nextDailyRun(time, 'America/New_York', at('2026-01-15T13:00:00Z'))).toISOString()).toBe(
      '2026-01-16T12:30:00.000Z',
    );
  });

  it('follows daylight-saving changes: the same local time maps to a different UTC hour', () => {
    const time = { hour: 7, minute: 30 };
    // Clocks go forward in New York on 2026-03-08: 07:30 EDT is 11:30 UTC from that day on.
    const before = nextDailyRun(time, 'America/New_York', at('2026-03-07T00:00:00Z'));
    const after = nextDailyRun(time, 'America/New_York', before);
    expect(new Date(before).toISOString()).toBe('2026-03-07T12:30:00.000Z');
    expect(new Date(after).toISOString()).toBe('2026-03-08T11:30:00.000Z');
    expect(localTime(after, 'America/New_York')).toMatchObject({ hour: 7, minute: 30, day: 8 });
  });

  it('a time skipped by spring-forward still runs once that local day', () => {
    const time = { hour: 2, minute: 30 };
    const run = nextDailyRun(time, 'America/New_York', at('2026-03-08T05:00:00Z'));
    expect(localDate(run, 'America/New_York')).toBe('2026-03-08');
    const next = nextDailyRun(time, 'America/New_York', run);
    expect(localDate(next, 'America/New_York')).toBe('2026-03-09');
  });

  it('a missed run is posted if it is still the same local day, and skipped on a later day', () => {
    const time = { hour: 8, minute: 0 };
    const due = at('2026-06-01T06:00:00Z'); // 08:00 in Berlin (CEST)
    const sameDay = decideDailyRun(due, at('2026-06-01T15:00:00Z'), time, 'Europe/Berlin');
    expect(sameDay).toMatchObject({ action: 'post', localDate: '2026-06-01' });
    expect(new Date(sameDay.next).toISOString()).toBe('2026-06-02T06:00:00.000Z');
    // 00:30 the next day in Berlin is still 22:30 the same day in UTC: the local day decides.
    const nextDay = decideDailyRun(due, at('2026-06-01T22:30:00Z'), time, 'Europe/Berlin');
    expect(nextDay).toMatchObject({ action: 'skip', localDate: '2026-06-01' });
  });

  it('refuses a bad time zone with an example of a good one, and a bad time', () => {
    expect(checkDailySchedule('07:45', 'Mars/Olympus')).toEqual({
      ok: false,
      message: expect.stringContaining('America/New_York'),
    });
    expect(checkDailySchedule('25:00', 'UTC').ok).toBe(false);
    expect(checkDailySchedule('7:05', 'Europe/London')).toEqual({ ok: true, time: { hour: 7, minute: 5 } });
    expect(parseDailyTime('7.05')).toBeUndefined();
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('')).toBe(false);
  });

  it('turns a local wall time back into UTC, across the fall-back hour', () => {
    expect(
      new Date(
        fromLocal({ year: 2026, month: 12, day: 24, hour: 17, minute: 0 }, 'Europe/Paris'),
      ).toISOString(),
    ).toBe('2026-12-24T16:00:00.000Z');
    // 01:30 happens twice in New York on 2026-11-01; the first (EDT, UTC-4) is taken.
    expect(
      new Date(
        fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York'),
      ).toISOString(),
    ).toBe('2026-11-01T05:30:00.000Z');
  });
});
