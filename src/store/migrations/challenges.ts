import { createChallengeTables } from '../../challenges/schema.js';
import type { Migration } from './types.js';

/** Challenge steps (numbers 20–29; issue "Challenges"). */
export const challengesMigrations: readonly Migration[] = [
  { version: 20, name: 'challenges, their questions and answers', up: createChallengeTables },
];
