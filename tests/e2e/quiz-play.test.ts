import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Runs `tutor play --script <file>` as `npm run play -- --script` does, stdin not a terminal. */
function play(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('npx', ['tsx', 'src/cli.ts', 'play', '--script', script], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // A developer's own .env must not change what the sandbox run sees.
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '',
      LOG_LEVEL: '',
      CONTENT_DIR: process.env.CONTENT_DIR ?? '',
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
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('docs/examples/quiz.play', () => {
  it('answers the NMJ question in the sandbox: the good answer earns cause and effect, the reversed one names the misconception', async () => {
    const { code, stdout } = await play('docs/examples/quiz.play');
    expect(code, stdout).toBe(0);
    const steps = stdout.split(/^> /m);
    const submits = steps.filter((s) => s.startsWith('submit'));
    expect(submits).toHaveLength(2);
    const [good, reversed] = submits as [string, string];
    // Terminal lines start with "│ "; the point's quote is on the line under its label.
    expect(good).toMatch(
      /✅ Na⁺ \(positive ions\) move into the muscle cell\n[│ ]+You wrote: “sodium rushes in”/,
    );
    expect(good).toMatch(
      /✅ The inside of the cell becomes less negative.*\n[│ ]+You wrote: .*“less negative”/,
    );
    expect(reversed).toMatch(/Score 0\//);
    expect(reversed).toMatch(/❌ Na⁺ \(positive ions\) move into the muscle cell/);
    expect(reversed).toMatch(/⚠️ Misconception: Na⁺ leaves the cell/);
    expect(stdout).toMatch(/Model answer · ACh at the neuromuscular junction/);
    // The MCQ is drawn at random from unit 4; whichever it is, pressing A gets a verdict.
    expect(stdout).toMatch(/(✅ Correct|❌ Not quite) · /);
    expect(stdout).not.toMatch(/sandbox error/);
  });
});
