import { StoreOpenError } from '../store/errors.js';
import { checkStore } from '../store/maintenance.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

/** `tutor db check`: integrity, schema version and row counts of the database at DATABASE_PATH. */
export async function run(_args: string[], io: CliIO): Promise<number> {
  const config = configFor(io);
  if (!config) return 1;
  try {
    const health = checkStore(config.DATABASE_PATH);
    const ok = health.integrity.length === 1 && health.integrity[0] === 'ok';
    println(io.stdout, `database: ${health.path}`);
    println(io.stdout, `schema version: ${health.version} · journal: ${health.journalMode}`);
    println(io.stdout, `integrity: ${ok ? 'ok' : health.integrity.join('; ')}`);
    for (const { table, rows } of health.rows) println(io.stdout, `  ${table.padEnd(24)} ${rows}`);
    return ok ? 0 : 1;
  } catch (error) {
    if (error instanceof StoreOpenError) {
      println(io.stderr, error.message);
      return 1;
    }
    throw error;
  }
}
