import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runTutor } from './run-tutor.js';

/** The first ```text block after "## Quick start": the lines the README tells a new user to try. */
function quickStartLines(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README quick start has no ```text block');
  return block;
}

describe("the README's quick start", () => {
  it('runs as written in the sandbox: every line works, the comparison opens, the answer is graded', async () => {
    const script = join(mkdtempSync(join(tmpdir(), 'tutor-readme-')), 'quick-start.play');
    writeFileSync(script, quickStartLines());
    const { code, stdout } = await runTutor(['play', '--script', script]);
    expect(code, stdout).toBe(0);
    expect(stdout).not.toMatch(/^[?✖!] /m);
    expect(stdout).toContain('┌─ Depolarization vs Repolarization');
    expect(stdout).toMatch(/Score \d\/\d/);
  });
});
