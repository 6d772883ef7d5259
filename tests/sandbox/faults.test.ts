import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FAULT_PRESETS, FaultController } from '../../src/sandbox/faults.js';
import { textEncodingViolations } from '../../src/sandbox/text-validation.js';
import { memoryIO } from '../cli/io.js';

describe('sandbox fault switches', () => {
  it('are off unless set: every request passes and nothing is delayed', () => {
    const faults = new FaultController();
    expect(faults.decide('POST', '/interactions/1/t/callback')).toEqual({ kind: 'pass' });
    expect(faults.delayMs()).toBe(0);
  });

  it('hit only their route, only as many times as asked, and count what they injected', () => {
    const faults = new FaultController();
    faults.set({ rest: [{ route: 'callback', status: 503, times: 2 }] });
    expect(faults.decide('PATCH', '/webhooks/1/t/messages/@original').kind).toBe('pass');
    expect(faults.decide('POST', '/interactions/1/t/callback')).toMatchObject({ kind: 'fail', status: 503 });
    expect(faults.decide('POST', '/interactions/2/t/callback')).toMatchObject({ kind: 'fail', status: 503 });
    expect(faults.decide('POST', '/interactions/3/t/callback').kind).toBe('pass');
    expect(faults.injected.get('callback 503')).toBe(2);
  });

  it('answer a 429 with Discord’s rate-limit headers, per route or global', () => {
    const faults = new FaultController();
    faults.set({ rest: [{ route: 'callback', status: 429, retryAfterS: 2, global: true }] });
    const decision = faults.decide('POST', '/interactions/1/t/callback');
    expect(decision).toMatchObject({
      kind: 'fail',
      status: 429,
      headers: { 'retry-after': '2', 'x-ratelimit-global': 'true' },
      body: { retry_after: 2, global: true },
    });
  });

  it('with a rate, hit about that share of requests, the same ones for the same seed', () => {
    const run = () => {
      const faults = new FaultController();
      faults.set({ seed: 3, rest: [{ route: '*', status: 500, rate: 0.1 }] });
      return Array.from({ length: 2_000 }, () => faults.decide('GET', '/gateway/bot').kind);
    };
    const first = run();
    expect(run()).toEqual(first);
    const hits = first.filter((k) => k === 'fail').length;
    expect(hits).toBeGreaterThan(120);
    expect(hits).toBeLessThan(280);
  });

  it('a lost response is marked so the sandbox does the work and then answers 502', () => {
    const faults = new FaultController();
    faults.set({ rest: [{ route: 'callback', lost: true }] });
    expect(faults.decide('POST', '/interactions/1/t/callback')).toEqual({ kind: 'lose' });
  });

  it('every preset is a plan the controller accepts', () => {
    for (const plan of Object.values(FAULT_PRESETS)) {
      const faults = new FaultController();
      faults.set(plan);
      expect(faults.delayMs()).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('Discord’s text validation in the sandbox', () => {
  it('refuses unpaired surrogates and NUL anywhere in a body, naming where', () => {
    const body = {
      content: 'fine 😀',
      embeds: [{ title: `half ${'😀'.slice(0, 1)}` }],
      components: [{ components: [{ custom_id: 'quiz:answer\u0000x' }] }],
    };
    expect(textEncodingViolations(body).map((v) => v.path)).toEqual([
      'embeds.0.title',
      'components.0.components.0.custom_id',
    ]);
    expect(textEncodingViolations({ content: '👩‍👩‍👧‍👦 é' })).toEqual([]);
  });
});

describe('npm run play -- --faults', () => {
  it('runs a script through a misbehaving sandbox and the bot still answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'play-faults-'));
    const script = join(dir, 'ping.play');
    writeFileSync(script, '/ping\n/define term:osmosis\n');
    const io = memoryIO({ CONTENT_DIR: process.env.CONTENT_DIR ?? '', DATABASE_PATH: join(dir, 'tutor.db') });
    const code = await main(['play', '--script', script, '--faults', 'latency-150ms'], io);
    expect(io.out()).toContain('Pong!');
    expect(io.out()).toMatch(/osmosis/i);
    expect(io.err()).toContain('latency-150ms');
    expect(code).toBe(0);
  }, 60_000);

  it('names the presets when asked for one that does not exist', async () => {
    const io = memoryIO();
    const code = await main(['play', '--faults', 'chaos-monkey'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/no fault preset "chaos-monkey".*latency-150ms.*flaky-rest/);
  });
});
