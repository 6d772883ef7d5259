import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A minimal valid card as YAML text; `extra` lines are appended at the top level. */
export function cardYaml(
  id: string,
  opts: { name?: string; aliases?: string[]; links?: string[] } = {},
): string {
  const lines = [
    `id: ${id}`,
    `name: ${opts.name ?? id.replace(/-/g, ' ')}`,
    `aliases: [${(opts.aliases ?? []).map((a) => JSON.stringify(a)).join(', ')}]`,
    `definition: ${id} is a test term.`,
    'explanation: It exists only for tests.',
    'keyPoints:',
    '  - first point',
    '  - second point',
  ];
  if (opts.links?.length) {
    lines.push('connections:');
    for (const link of opts.links) lines.push(`  - id: ${link}`, `    why: Because the test says so.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `files` (name → YAML text) into `<tmp>/terms` and returns the content folder. */
export function makePack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'terms-'));
  mkdirSync(join(dir, 'terms'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'terms', name), text);
  return dir;
}
