import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node flags `npm start` passes before `--import tsx` (e.g. `--optimize-for-size`), read from
 * package.json so the benchmark measures the bot exactly as it is started and the two cannot drift.
 */
export function startNodeFlags(packageJsonPath = join(import.meta.dirname, '../../package.json')): string[] {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { scripts?: Record<string, string> };
  const start = pkg.scripts?.start ?? '';
  const words = start.split(/\s+/).filter((w) => w !== '');
  if (words[0] !== 'node') return [];
  // Everything between `node` and `--import` is a Node option; the loader and script follow.
  const end = words.indexOf('--import');
  return words.slice(1, end === -1 ? undefined : end).filter((w) => w.startsWith('--'));
}
