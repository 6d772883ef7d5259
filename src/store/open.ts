import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../clock.js';
import { StoreOpenError } from './errors.js';
import { latestVersion, migrate } from './migrate.js';
import { allMigrations, type Migration } from './migrations/index.js';

/** How long a write waits for another connection (a second shard, a backup) before failing. */
export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The path that opens a private in-memory database (benchmarks and domain tests). */
export const MEMORY = ':memory:';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** Steps to apply (default: every known migration); tests pass a prefix to build old fixtures. */
  readonly migrations?: readonly Migration[];
  /** Time written into `schema_migrations.applied_at` (default: the wall clock). */
  readonly nowMs?: number;
}

/**
 * The open database. Repositories hang off it through {@link Store.repo}, so every statement is
 * prepared once per open file and every room (progress, classes, challenges) keeps its own queries.
 */
export class Store {
  private readonly repos = new Map<(db: Database.Database) => unknown, unknown>();
  private closed = false;
  /**
   * One transaction function for every write: better-sqlite3 builds a wrapper per `db.transaction`
   * call (about 9 µs each), which on a ~100 µs attempt write is worth keeping out.
   */
  private readonly inTransaction: Database.Transaction<(fn: () => unknown) => unknown>;

  constructor(
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.inTransaction = db.transaction((fn: () => unknown) => fn());
  }

  /** The repository `factory` builds for this store, built (and its statements prepared) on first use. */
  repo<T>(factory: (db: Database.Database) => T): T {
    let found = this.repos.get(factory) as T | undefined;
    if (found === undefined) {
      found = factory(this.db);
      this.repos.set(factory, found);
    }
    return found;
  }

  /**
   * Runs `fn` as one IMMEDIATE transaction: the write lock is taken up front, so two processes on
   * one file queue on busy_timeout instead of failing with SQLITE_BUSY mid-transaction. Never
   * `await` inside `fn`. Called inside another write, `fn` runs in a savepoint of it.
   */
  write<T>(fn: () => T): T {
    return this.inTransaction.immediate(fn) as T;
  }

  /** The schema version (`PRAGMA user_version`). */
  get version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Closes the file; safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Looks at an existing file without changing a byte: is it SQLite, is its schema readable, and
 * which version is it. Throws StoreOpenError otherwise.
 */
function probe(path: string, known: number): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  if (!readHeader(path).equals(SQLITE_HEADER)) {
    throw new StoreOpenError(
      `${path} is not a SQLite database; point DATABASE_PATH at the bot's database, or move this file away so a new one can be created.`,
      path,
    );
  }
  let version: number;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    version = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    db.pragma('quick_check(1)');
  } catch (error) {
    throw new StoreOpenError(
      `${path} is damaged (SQLite says: ${(error as Error).message}); restore it from a backup made with \`tutor db backup\`, or move it away to start a new one.`,
      path,
    );
  } finally {
    db?.close();
  }
  if (version > known) {
    throw new StoreOpenError(
      `${path} was written by a newer version of the bot (schema ${version}, this version knows up to ${known}); upgrade the bot, or point DATABASE_PATH at another file.`,
      path,
    );
  }
}

/**
 * Opens (creating it and its folder if missing) the database at `path`: refuses a file that is not
 * SQLite, is damaged or is newer than this code, leaving it untouched; then sets the pragmas (WAL,
 * synchronous=NORMAL, foreign keys, busy timeout) and applies pending migrations. `:memory:` opens a
 * private in-memory database.
 */
export function openStore(path: string, opts: OpenStoreOptions = {}): Store {
  const steps = opts.migrations ?? allMigrations();
  const inMemory = path === MEMORY;
  const file = inMemory ? MEMORY : resolve(path);
  if (!inMemory) {
    probe(file, latestVersion(steps));
    mkdirSync(dirname(file), { recursive: true });
  }
  for (let attempt = 1; ; attempt++) {
    const db = new Database(file);
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db, steps, opts.nowMs ?? systemClock.now().getTime());
      return new Store(db, file);
    } catch (error) {
      db.close();
      // Two processes starting on one new file race to switch it to WAL and create the schema;
      // SQLite reports some of those collisions at once, without waiting on busy_timeout.
      // Starting again a moment later sees the other process's work and goes on from there.
      if (!isBusy(error) || attempt >= OPEN_ATTEMPTS) throw error;
      sleepMs(50 * attempt);
    }
  }
}

/** How many times opening is tried when SQLite reports the file busy. */
const OPEN_ATTEMPTS = 5;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Blocks the thread for `ms` (start-up only, before the bot serves anything). */
function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
