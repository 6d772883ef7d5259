import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { FaultPlan } from '../../src/sandbox/faults.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { memoryIO } from '../cli/io.js';
import { finished, root } from './run-tutor.js';

/**
 * `tutor start` and `tutor deploy` against a sandbox that refuses them the way Discord does. Each must end with
 * one sentence naming the cause and the fix, exit 1, print no stack trace and never print the token.
 */
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function sandboxWith(faults: FaultPlan = {}): Promise<Sandbox> {
  sandbox = await startSandbox({ settleMs: 20, faults });
  return sandbox;
}

/** A URL on a port nothing listens on: stands in for no network. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api`;
}

function env(
  s: { token: string; applicationId: string; restUrl: string },
  extra: Record<string, string> = {},
) {
  return {
    DISCORD_TOKEN: s.token,
    DISCORD_APPLICATION_ID: s.applicationId,
    DISCORD_API_URL: s.restUrl,
    LOG_LEVEL: 'silent',
    CONTENT_DIR: process.env.CONTENT_DIR ?? '',
    ...extra,
  };
}

async function tutor(args: string[], vars: Record<string, string>) {
  const io = memoryIO(vars);
  const code = await main(args, io);
  return { code, err: io.err(), out: io.out() };
}

/** One line, no stack frames, no token. */
function expectOneSentence(err: string, token: string) {
  const lines = err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(err).not.toMatch(/^\s+at /m);
  expect(err).not.toContain(token);
}

const WRONG_TOKEN = 'MTIzNDU2Nzg5.wrong-token-for-test.abcdef';

describe('going live when Discord refuses', () => {
  it('tutor start with a wrong token says to reset the token and exits 1', async () => {
    const s = await sandboxWith();
    const run = await tutor(['start'], env({ ...s, token: WRONG_TOKEN }));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refused the bot token.*Reset Token/);
    expectOneSentence(run.err, WRONG_TOKEN);
  }, 30_000);

  it('tutor deploy with a wrong token says to reset the token and exits 1', async () => {
    const s = await sandboxWith();
    const run = await tutor(['deploy'], env({ ...s, token: WRONG_TOKEN }));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/refused the bot token/);
    expectOneSentence(run.err, WRONG_TOKEN);
  }, 30_000);

  it('tutor deploy with the id of another application says to check DISCORD_APPLICATION_ID', async () => {
    const s = await sandboxWith();
    const run = await tutor(['deploy'], env({ ...s, applicationId: '1300000000000000999' }));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/DISCORD_APPLICATION_ID/);
    expectOneSentence(run.err, s.token);
    expect(s.registeredCommands()).toEqual([]);
  }, 30_000);

  it('tutor start with a token for another application says so and exits 1', async () => {
    const s = await sandboxWith();
    const run = await tutor(['start'], env({ ...s, applicationId: '1300000000000000999' }));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/belongs to application .* DISCORD_APPLICATION_ID/);
    expectOneSentence(run.err, s.token);
  }, 30_000);

  it('no network: start and deploy say Discord could not be reached', async () => {
    const url = await closedPortUrl();
    const vars = env({
      token: 'a-token-that-is-never-printed',
      applicationId: '1300000000000000001',
      restUrl: url,
    });
    for (const command of ['start', 'deploy']) {
      const run = await tutor([command], vars);
      expect(run.code, command).toBe(1);
      expect(run.err, command).toMatch(/Could not reach Discord .*ECONNREFUSED.*network/);
      expectOneSentence(run.err, vars.DISCORD_TOKEN);
    }
  }, 60_000);

  it('a 500 from /gateway/bot at start-up is reported as a problem on Discord’s side', async () => {
    const s = await sandboxWith({ rest: [{ route: 'gateway-bot', status: 500 }] });
    const run = await tutor(['start'], env(s));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Discord answered 500 .*GET \/api\/v10\/gateway\/bot.*try again|start again/);
    expectOneSentence(run.err, s.token);
    expect(s.faults.injected.get('gateway-bot 500')).toBeGreaterThan(0);
  }, 30_000);

  it.each([
    [4004, /refused the bot token \(gateway close 4004/],
    [4014, /privileged intent .*4014.*Privileged Gateway Intents/],
    [4010, /gateway close 4010/],
    [4011, /gateway close 4011/],
    [4012, /gateway close 4012.*npm install/],
    [4013, /gateway close 4013/],
  ])(
    'gateway close %i on IDENTIFY ends start with its sentence and exit 1',
    async (code, sentence) => {
      const s = await sandboxWith({ gateway: { closeOnIdentify: code } });
      const run = await tutor(['start'], env(s));
      expect(run.code).toBe(1);
      expect(run.err).toMatch(sentence);
      expectOneSentence(run.err, s.token);
    },
    30_000,
  );

  it('a fatal close while running (token reset) ends the running bot with exit 1', async () => {
    const s = await sandboxWith();
    const running = tutor(['start'], env(s));
    await s.waitForBot(20_000);
    s.disconnectBot(4004);
    const run = await running;
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/gateway close 4004/);
    expectOneSentence(run.err, s.token);
  }, 30_000);

  it('as a real process, a refused deploy prints one line on stderr and exits 1', async () => {
    const s = await sandboxWith();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'deploy'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DISCORD_GUILD_ID: '',
        ...env({ ...s, token: WRONG_TOKEN }),
      },
    });
    const run = await finished(child);
    expect(run.code).toBe(1);
    expectOneSentence(run.stderr, WRONG_TOKEN);
    expect(run.stderr).toMatch(/refused the bot token/);
  }, 90_000);
});
