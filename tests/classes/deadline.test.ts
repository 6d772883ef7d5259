import { describe, expect, it } from 'vitest';
import { isOpenAt, parseDue } from '../../src/classes/deadline.js';

const now = Date.parse('2026-12-01T10:00:00Z');

describe('assignment deadlines', () => {
  it('reads durations from now', () => {
    expect(parseDue('30m', now)).toEqual({ ok: true, at: now + 30 * 60_000 });
    expect(parseDue('2h', now)).toEqual({ ok: true, at: now + 2 * 3_600_000 });
    expect(parseDue('3d', now)).toEqual({ ok: true, at: now + 3 * 86_400_000 });
    expect(parseDue('1d 12h', now)).toEqual({ ok: true, at: now + 36 * 3_600_000 });
    expect(parseDue('10 minutes', now)).toEqual({ ok: true, at: now + 10 * 60_000 });
  });

  it('reads a local date and time in the class time zone (UTC by default)', () => {
    expect(parseDue('2026-12-24 17:00', now)).toEqual({ ok: true, at: Date.parse('2026-12-24T17:00:00Z') });
    expect(parseDue('2026-12-24 17:00', now, 'America/Chicago')).toEqual({
      ok: true,
      at: Date.parse('2026-12-24T23:00:00Z'),
    });
  });

  it('refuses nonsense, the past, too soon and too far, always with examples', () => {
    for (const bad of [
      'soon',
      '',
      '2026-02-30 10:00',
      '2026-11-30 10:00',
      '0m',
      '200d',
      '2026-12-24 25:00',
    ]) {
      const result = parseDue(bad, now);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toContain('`30m`');
    }
  });

  it('a submission at the deadline itself is late', () => {
    expect(isOpenAt(now, now - 1)).toBe(true);
    expect(isOpenAt(now, now)).toBe(false);
  });
});
