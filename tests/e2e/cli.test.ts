import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Runs `npx tsx src/cli.ts …` as a child with stdin a pipe (so, not a terminal). Discord keys are
 * set to empty strings so that a developer's own .env cannot change what these tests see.
 */
function tutor(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('npx', ['tsx', 'src/cli.ts', ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '',
      LOG_LEVEL: '',
      CONTENT_DIR: process.env.CONTENT_DIR ?? '',
      ...env,
    },
  });
  child.stdin.end();
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, '') }));
  });
}

describe.concurrent('tutor play --script', () => {
  it('prints the depolarization card for the name and for a typo, then suggestions for a nonsense word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-play-'));
    const script = join(dir, 'define.play');
    writeFileSync(script, '/define term:depolarization\n/define term:depolarizaton\n/define term:xyzzy\n');
    const { code, stdout } = await tutor(['play', '--script', script]);
    expect(code).toBe(0);
    const [, first, second, third] = stdout.split(/^> /m);
    expect(first).toMatch(/^\/define term:depolarization\n/);
    expect(first).toMatch(/┌─ Depolarization\n/);
    expect(second).toMatch(/┌─ Depolarization\n/);
    expect(third).toContain("I couldn't find “xyzzy”");
    expect(third).toMatch(/\[1\] /);
  });
});

describe.concurrent('tutor start', () => {
  it('with no token and no terminal, exits 1 with one sentence naming DISCORD_TOKEN and .env.example', async () => {
    const { code, stderr, stdout } = await tutor(['start']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('DISCORD_TOKEN');
    expect(stderr).toContain('.env.example');
  });

  it('with a malformed variable, exits 1 with a sentence naming that variable', async () => {
    const { code, stderr } = await tutor(['start'], { DISCORD_GUILD_ID: 'abc' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'DISCORD_GUILD_ID must be a Discord id (17–20 digits); got "abc". See .env.example.',
    );
  });
});
