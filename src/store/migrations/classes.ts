import type { Migration } from './types.js';

/** Class channel steps (numbers 10–19; issue "Teachers run class channels"). */
export const classesMigrations: readonly Migration[] = [];
