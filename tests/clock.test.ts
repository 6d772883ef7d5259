import { describe, expect, it } from 'vitest';
import { ManualClock, parseDuration } from '../src/clock.js';
import { seededRandom } from '../src/random.js';

describe('ManualClock', () => {
  it('fires due timers in due order on advance, and not before', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    const fired: string[] = [];
    clock.setTimer(5000, () => void fired.push('b'));
    clock.setTimer(1000, () => void fired.push('a'));
    const c = clock.setTimer(2000, () => void fired.push('cancelled'));
    c.cancel();
    expect(await clock.advance(999)).toBe(0);
    expect(fired).toEqual([]);
    expect(await clock.advance(10_000)).toBe(2);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:10.999Z');
  });

  it('a timer sees the time it was due at, and timers it sets within the span fire too', async () => {
    const clock = new ManualClock(0);
    const seen: number[] = [];
    clock.setTimer(100, () => {
      seen.push(clock.now().getTime());
      clock.setTimer(50, async () => {
        seen.push(clock.now().getTime());
      });
    });
    await clock.advance(1000);
    expect(seen).toEqual([100, 150]);
  });
});

describe('parseDuration', () => {
  it.each([
    ['11m', 660_000],
    ['30s', 30_000],
    ['2h', 7_200_000],
    ['3d', 259_200_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', 'soon', '5', '5 weeks'])('"%s" is not a duration', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
});

describe('seededRandom', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(seededRandom(8)()).not.toBe(seqA[0]);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});
