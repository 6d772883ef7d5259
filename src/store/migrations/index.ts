import { challengesMigrations } from './challenges.js';
import { classesMigrations } from './classes.js';
import { progressMigrations } from './progress.js';
import type { Migration } from './types.js';

export type { Migration } from './types.js';

/** Number ranges per room; a step outside its room's range is a bug caught at start-up. */
const RANGES: readonly [string, readonly Migration[], number, number][] = [
  ['progress', progressMigrations, 1, 9],
  ['classes', classesMigrations, 10, 19],
  ['challenges', challengesMigrations, 20, 29],
];

/** Every known step, in version order. Throws on a duplicate or out-of-range number. */
export function allMigrations(): Migration[] {
  const all: Migration[] = [];
  for (const [room, steps, low, high] of RANGES) {
    for (const step of steps) {
      if (!Number.isInteger(step.version) || step.version < low || step.version > high) {
        throw new Error(
          `Migration ${step.version} (${step.name}) is outside the ${room} range ${low}–${high}`,
        );
      }
      all.push(step);
    }
  }
  all.sort((a, b) => a.version - b.version);
  for (let i = 1; i < all.length; i++) {
    if (all[i]?.version === all[i - 1]?.version)
      throw new Error(`Two migrations are numbered ${all[i]?.version}`);
  }
  return all;
}
