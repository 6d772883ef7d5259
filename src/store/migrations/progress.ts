import { core } from './001-core.js';
import { study } from './002-study.js';
import { inlinePoints } from './003-inline-points.js';
import { termViewsByTerm } from './004-term-views-by-term.js';
import type { Migration } from './types.js';

/** Progress store steps (numbers 1–9). */
export const progressMigrations: readonly Migration[] = [core, study, inlinePoints, termViewsByTerm];
