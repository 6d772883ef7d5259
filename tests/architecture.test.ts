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
