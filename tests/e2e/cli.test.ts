import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finished, runTutor, spawnTutor } from './run-tutor.js';

/** `tutor …` with stdin not a terminal and the developer's own .env neutralised. */
const tutor = runTutor;

describe.concurrent('tutor play --script', () => {
  it('prints the depolarization card for the name and for a typo, then the pack’s units to browse for a nonsense word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-play-'));
    const script = join(dir, 'define.play');
    writeFileSync(script, '/define term:depolarization\n/define term:depolarizaton\n/define term:xyzzy\n');
    const { code, stdout } = await tutor(['play', '--script', script]);
    expect(code).toBe(0);
    const [, first, second, third] = stdout.split(/^> /m);
    expect(first).toMatch(/^\/define term:depolarization\n/);
    expect(first).toMatch(/┌─ Depolarization\n/);
    expect(second).toMatch(/┌─ Depolarization\n/);
    expect(third).toContain("I couldn't find “xyzzy”, and no term here is spelled close to it.");
    expect(third).toMatch(/▼ Browse Unit 2: /);
  });
});

describe('output into a pipe that closes early', () => {
  it('tutor play stops quietly with exit 0 when its reader goes away (as `| head` does)', async () => {
    const child = spawnTutor(['play', '--script', 'docs/examples/quiz.play']);
    child.stdout?.once('data', () => child.stdout?.destroy());
    const { code, stderr } = await finished(child);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
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

describe('tutor play, interactive', () => {
  it('at LOG_LEVEL=info keeps the bot JSON log lines out of the chat and says which file holds them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-play-log-'));
    const child = spawnTutor(
      ['play'],
      { LOG_LEVEL: 'info', DATABASE_PATH: join(dir, 'tutor.db') },
      '/ping\nquit\n',
    );
    const { code, stdout, stderr } = await finished(child);
    expect(code, stderr).toBe(0);
    const logFile = join(dir, 'play.log');
    expect(stdout).toContain(`The bot's log lines (LOG_LEVEL=info) go to ${logFile}.`);
    expect(stdout).toContain('Pong!');
    expect(stdout + stderr).not.toContain('{"level"');
    const logged = readFileSync(logFile, 'utf8').trim().split('\n');
    expect(logged.some((line) => JSON.parse(line).msg === 'bot is ready')).toBe(true);
  });
});
