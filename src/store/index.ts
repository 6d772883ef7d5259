/**
 * The SQLite store: opening (pragmas, refusing corrupt or newer files), numbered migrations, and the
 * repositories of each room. Plain TypeScript over better-sqlite3; no Discord types.
 */

export {
  type AttemptKind,
  type AttemptPoint,
  AttemptRepo,
  type AttemptRow,
  type AttemptSource,
  attemptRepo,
} from './attempts.js';
export { StoreOpenError } from './errors.js';
export { latestVersion, migrate } from './migrate.js';
export { allMigrations, type Migration } from './migrations/index.js';
export { BUSY_TIMEOUT_MS, MEMORY, type OpenStoreOptions, openStore, Store } from './open.js';
