import type { Migration } from './types.js';

/** Challenge steps (numbers 20–29; issue "Challenges"). */
export const challengesMigrations: readonly Migration[] = [];
