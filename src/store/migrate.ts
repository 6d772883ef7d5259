import type Database from 'better-sqlite3';
import type { Migration } from './migrations/index.js';

/** The highest step number `steps` knows (0 for none). */
export function latestVersion(steps: readonly Migration[]): number {
  return steps.reduce((max, s) => Math.max(max, s.version), 0);
}

/**
 * Applies every known step the database has not had yet, lowest number first, each in its own
 * IMMEDIATE transaction together with `PRAGMA user_version` (the highest step applied) and a row in
 * `schema_migrations`. The table, not only `user_version`, says what ran: steps are numbered in
 * per-room ranges, so a database that already has step 10 may still lack a later-written step 2.
 * Safe when two processes start on one file at once: each step re-checks inside its transaction.
 * Returns the versions it applied.
 */
export function migrate(db: Database.Database, steps: readonly Migration[], nowMs: number): number[] {
  // In an IMMEDIATE transaction: run in autocommit, this statement reads the schema first and
  // then needs the write lock, and a second process that committed in between makes SQLite
  // fail it at once ("database is locked") instead of waiting on busy_timeout.
  db.transaction(() =>
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`),
  ).immediate();
  const isApplied = db.prepare<[number], { one: number }>(
    'SELECT 1 AS one FROM schema_migrations WHERE version = ?',
  );
  const note = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  const ordered = [...steps].sort((a, b) => a.version - b.version);
  for (const step of ordered) {
    const run = db.transaction(() => {
      if (isApplied.get(step.version)) return false;
      step.up(db);
      note.run(step.version, step.name, nowMs);
      const current = db.pragma('user_version', { simple: true }) as number;
      // PRAGMA takes no bound parameters; the version is an integer from our own code.
      db.pragma(`user_version = ${Math.max(current, Math.trunc(step.version))}`);
      return true;
    });
    if (run.immediate()) applied.push(step.version);
  }
  return applied;
}
