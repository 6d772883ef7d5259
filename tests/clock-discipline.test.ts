import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Where real time and chance may be used: the clock and random sources themselves, the sandbox's protocol timing, benchmarks and the CLI shell. */
const ALLOWED = [
  /^src\/clock\.ts$/,
  /^src\/random\.ts$/,
  /^src\/sandbox\//,
  /^src\/bench\//,
  /^src\/cli(\.ts|\/)/,
];
const FORBIDDEN = /\b(?:Date\.now\(|Math\.random\(|setTimeout\(|setInterval\()/;

describe('time and chance come from ctx', () => {
  it('no domain or command code calls Date.now, Math.random, setTimeout or setInterval directly', () => {
    const offenders = [...files(join(root, 'src')), ...files(join(root, 'commands'))]
      .map((f) => relative(root, f).split('\\').join('/'))
      .filter((f) => !ALLOWED.some((a) => a.test(f)))
      .filter((f) =>
        FORBIDDEN.test(readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
      );
    expect(offenders).toEqual([]);
  });
});
