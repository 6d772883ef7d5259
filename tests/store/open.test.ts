import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations, type Migration, openStore, StoreOpenError } from '../../src/store/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('creates the file and its folder, sets the pragmas and applies every migration', () => {
    const path = join(dir, 'nested', 'deeper', 'tutor.db');
    const store = openStore(path);
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      const latest = Math.max(...allMigrations().map((m) => m.version));
      expect(store.version).toBe(latest);
      const tables = store.db
        .prepare<[], { name: string; sql: string }>(
          "SELECT name, sql FROM sqlite_schema WHERE type = 'table'",
        )
        .all();
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['members', 'attempts', 'member_days', 'review_cards']),
      );
      for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
    } finally {
      store.close();
    }
  });

  it('reopening applies nothing twice and keeps the data', () => {
    const path = join(dir, 'tutor.db');
    const a = openStore(path);
    a.db
      .prepare("INSERT INTO members (guild_id, user_id, first_seen_at, last_seen_at) VALUES ('g', 'u', 1, 1)")
      .run();
    a.close();
    const b = openStore(path);
    expect(b.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 1 });
    b.close();
  });

  it('refuses a file that is not SQLite with one sentence naming it, and leaves it byte-for-byte untouched', () => {
    const path = join(dir, 'notes.db');
    const bytes = Buffer.from('these are my lecture notes, not a database\n'.repeat(200));
    writeFileSync(path, bytes);
    expect(() => openStore(path)).toThrow(StoreOpenError);
    expect(() => openStore(path)).toThrow(/notes\.db is not a SQLite database; .*DATABASE_PATH/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a database newer than the code and leaves it untouched', () => {
    const path = join(dir, 'future.db');
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.exec('CREATE TABLE x (a INTEGER)');
    raw.close();
    const before = readFileSync(path);
    expect(() => openStore(path)).toThrow(/future\.db was written by a newer version of the bot \(schema 99/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('runs a step written later in a lower range even when a higher one already ran', () => {
    const path = join(dir, 'ranges.db');
    const step = (version: number, table: string): Migration => ({
      version,
      name: table,
      up: (db) => db.exec(`CREATE TABLE ${table} (a INTEGER) STRICT`),
    });
    openStore(path, { migrations: [step(1, 'one'), step(10, 'ten')] }).close();
    const store = openStore(path, { migrations: [step(1, 'one'), step(2, 'two'), step(10, 'ten')] });
    expect(store.version).toBe(10);
    expect(store.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'two'").get()).toEqual({
      n: 1,
    });
    store.close();
  });

  it('a failing step rolls back together with its version bump', () => {
    const path = join(dir, 'fail.db');
    const bad: Migration = {
      version: 2,
      name: 'bad',
      up: (db) => {
        db.exec('CREATE TABLE half (a INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    const good = allMigrations().filter((m) => m.version === 1);
    expect(() => openStore(path, { migrations: [...good, bad] })).toThrow('boom');
    const store = openStore(path, { migrations: good });
    expect(store.version).toBe(1);
    expect(store.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual({
      n: 0,
    });
    store.close();
  });
});
