import type { Random } from '../random.js';

export type { Random } from '../random.js';

/**
 * Picks one of `candidates` at random, avoiding the ids in `recent` (most recent first) as far as
 * possible: it drops the longest prefix of `recent` that still leaves something to choose, so the
 * question a student just had is never repeated while another one fits, and older ones only when
 * the pool allows. Returns undefined for an empty pool.
 */
export function pickQuestion<T extends { readonly id: string }>(
  candidates: readonly T[],
  recent: readonly string[],
  random: Random,
): T | undefined {
  if (candidates.length === 0) return undefined;
  for (let keep = recent.length; keep >= 0; keep--) {
    const avoid = new Set(recent.slice(0, keep));
    const pool = candidates.filter((c) => !avoid.has(c.id));
    if (pool.length > 0) return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
  }
  return undefined;
}
