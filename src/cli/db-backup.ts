import { existsSync } from 'node:fs';
import { StoreOpenError } from '../store/errors.js';
import { backupStore } from '../store/maintenance.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

/** `tutor db backup <file>`: an online copy of the database, safe while the bot runs. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const target = args[0];
  if (!target || args.length > 1) {
    println(
      io.stderr,
      'Usage: tutor db backup <file>  (for example: tutor db backup backups/tutor-2026-12-01.db)',
    );
    return 1;
  }
  if (existsSync(target)) {
    println(io.stderr, `${target} already exists; choose a new file name so no backup is overwritten.`);
    return 1;
  }
  const config = configFor(io);
  if (!config) return 1;
  try {
    const { pages } = await backupStore(config.DATABASE_PATH, target);
    println(io.stdout, `Backed up ${config.DATABASE_PATH} to ${target} (${pages} pages).`);
    return 0;
  } catch (error) {
    if (error instanceof StoreOpenError) {
      println(io.stderr, error.message);
      return 1;
    }
    throw error;
  }
}
