import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreOpenError } from './errors.js';
import { openStore } from './open.js';

/** What `tutor db check` reports. */
export interface StoreHealth {
  readonly path: string;
  /** "ok", or SQLite's list of problems. */
  readonly integrity: string[];
  readonly version: number;
  readonly journalMode: string;
  readonly rows: { table: string; rows: number }[];
}

function requireFile(path: string): string {
  const file = resolve(path);
  if (!existsSync(file)) {
    throw new StoreOpenError(
      `There is no database at ${file}; check DATABASE_PATH (the bot creates it on first start).`,
      file,
    );
  }
  return file;
}

/**
 * Checks a database without changing it: refuses what the bot would refuse (not SQLite, damaged,
 * newer), then runs `PRAGMA integrity_check` read-only and counts the rows of every table.
 */
export function checkStore(path: string): StoreHealth {
  const file = requireFile(path);
  // openStore's probe gives the same one-sentence refusals as start-up; it is closed straight away.
  openStore(file).close();
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all();
    const rows = tables.map(({ name }) => ({
      table: name,
      rows: (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n,
    }));
    return {
      path: file,
      integrity,
      version: db.pragma('user_version', { simple: true }) as number,
      journalMode: db.pragma('journal_mode', { simple: true }) as string,
      rows,
    };
  } finally {
    db.close();
  }
}

/**
 * Copies the database to `target` with SQLite's online backup: consistent even while the bot is
 * writing (it copies pages and restarts a step if they change underneath). Returns the page count.
 */
export async function backupStore(path: string, target: string): Promise<{ pages: number }> {
  const file = requireFile(path);
  const store = openStore(file);
  try {
    const result = await store.db.backup(resolve(target));
    return { pages: result.totalPages };
  } finally {
    store.close();
  }
}
