/** A source of numbers in [0, 1): `Math.random` in production, a seeded one in tests. */
export type Random = () => number;

/** The unpredictable source the bot uses in production. */
export const systemRandom: Random = () => Math.random();

/**
 * A small, fast seeded generator (mulberry32): the same seed gives the same sequence, so a test or
 * a sandbox run can fix every random choice the bot makes.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
