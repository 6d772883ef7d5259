import type Database from 'better-sqlite3';

/**
 * One numbered schema step. Numbers are grouped by room so parallel work never collides:
 * progress 1–9, classes 10–19, challenges 20–29. A step runs once, inside a transaction together
 * with its `user_version` bump, and is never edited after it shipped (add a new step instead).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
