import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture boundary', () => {
  it('keeps discord.js out of every src/ file outside src/discord/ and src/sandbox/', () => {
    const importsDiscord =
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:discord\.js|@discordjs\/[a-z-]+)['"]/;
    const offenders = sourceFiles(join(root, 'src'))
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => !file.startsWith('src/discord/') && !file.startsWith('src/sandbox/'))
      .filter((file) => importsDiscord.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the import scan itself recognises a discord.js import', () => {
    const importsDiscord =
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:discord\.js|@discordjs\/[a-z-]+)['"]/;
    expect(importsDiscord.test("import { Client } from 'discord.js';")).toBe(true);
    expect(importsDiscord.test("const r = await import('@discordjs/rest');")).toBe(true);
    expect(importsDiscord.test("import { z } from 'zod';")).toBe(false);
  });
});

/** Relative imports of a source file, resolved to repository paths ("src/cli/main.ts"). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const spec = m[1] as string;
    found.push(join(file, '..', spec).split('\\').join('/').replace(/\.js$/, '.ts'));
  }
  return found;
}

describe('architecture layers', () => {
  // Domain code (grading, quiz, content, config) is plain TypeScript that tools and the bot use;
  // it never reaches up into a front end.
  const domain = ['src/grading/', 'src/quiz/', 'src/content/', 'src/config/'];
  const frontEnds = ['src/cli/', 'src/bench/', 'src/discord/', 'src/sandbox/', 'commands/'];
  const files = sourceFiles(join(root, 'src')).map((f) => relative(root, f).split('\\').join('/'));

  it('domain code never imports cli, bench, discord or sandbox code', () => {
    const offenders = files
      .filter((f) => domain.some((d) => f.startsWith(d)))
      .flatMap((f) =>
        importsOf(f)
          .filter((i) => frontEnds.some((d) => i.startsWith(d)))
          .map((i) => `${f} → ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the import scan resolves relative imports', () => {
    expect(importsOf('src/bench/index.ts')).toContain('src/bench/grading-bench.ts');
  });

  it('src/grading has no import cycles', () => {
    const grading = files.filter((f) => f.startsWith('src/grading/'));
    const edges = new Map(grading.map((f) => [f, importsOf(f).filter((i) => i.startsWith('src/grading/'))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      stack.push(f);
      for (const next of edges.get(f) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of grading) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
