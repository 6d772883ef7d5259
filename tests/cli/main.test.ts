import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSubcommand, helpText, main } from '../../src/cli/main.js';
import { subcommands } from '../../src/cli/registry.js';
import type { Subcommand } from '../../src/cli/types.js';
import { memoryIO } from './io.js';

const fake = (name: string): Subcommand => ({
  name,
  summary: `does ${name}`,
  load: async () => ({ run: async (args) => args.length }),
});

describe('tutor command line', () => {
  it('matches multi-word subcommands before their first word and passes the rest as arguments', () => {
    const list = [fake('content'), fake('content check')];
    expect(findSubcommand(['content', 'check', '--x'], list)).toMatchObject({
      command: { name: 'content check' },
      args: ['--x'],
    });
    expect(findSubcommand(['content', 'other'], list)?.command.name).toBe('content');
    expect(findSubcommand(['nope'], list)).toBeUndefined();
  });

  it('a subcommand added to the list is runnable and appears in help', async () => {
    // A name no real subcommand has, so the fake (which returns its argument count) is what runs.
    const list = [...subcommands, fake('frobnicate')];
    const io = memoryIO();
    expect(await main(['frobnicate', 'a', 'b', 'c'], io, list)).toBe(3);
    expect(helpText(list)).toMatch(/tutor frobnicate\s+does frobnicate/);
  });

  it('help lists every registered subcommand', async () => {
    const io = memoryIO();
    expect(await main(['help'], io)).toBe(0);
    for (const command of subcommands) expect(io.out()).toContain(`tutor ${command.name}`);
  });

  it('an unknown subcommand exits 2 and points at help', async () => {
    const io = memoryIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain('Unknown subcommand "frobnicate"');
  });

  it('an unknown option exits 2 with the parser message', async () => {
    const io = memoryIO();
    expect(await main(['play', '--nope'], io)).toBe(2);
    expect(io.err()).toMatch(/--nope/);
  });
});

describe('tutor content check', () => {
  it('given a broken pack, prints each problem with file and line and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-check-'));
    mkdirSync(join(dir, 'terms'));
    writeFileSync(join(dir, 'terms', 'broken.yaml'), 'id: broken\nname: Broken\ndefinition: 42\n');
    const io = memoryIO({ CONTENT_DIR: dir });
    expect(await main(['content', 'check'], io)).toBe(1);
    expect(io.out()).toMatch(/broken\.yaml:\d+: /);
    expect(io.err()).toMatch(/problems? in/);
  });

  it('given the repository pack, reports no problems', async () => {
    const io = memoryIO({ CONTENT_DIR: process.env.CONTENT_DIR });
    expect(await main(['content', 'check'], io)).toBe(0);
    expect(io.out()).toContain('No problems found');
  });
});

describe('tutor start', () => {
  it('given a broken content pack, refuses to start and prints each problem with file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-start-'));
    mkdirSync(join(dir, 'terms'));
    writeFileSync(join(dir, 'terms', 'broken.yaml'), 'id: broken\nname: Broken\n');
    const io = memoryIO({ DISCORD_TOKEN: 'not-used', CONTENT_DIR: dir, LOG_LEVEL: 'silent' });
    expect(await main(['start'], io)).toBe(1);
    expect(io.err()).toMatch(/content pack has \d+ problems?/);
    expect(io.err()).toMatch(/broken\.yaml(:\d+)?: /);
  });
});

describe('tutor deploy', () => {
  it('without a token, exits 1 naming DISCORD_TOKEN and contacts nobody', async () => {
    const io = memoryIO({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(await main(['deploy'], io)).toBe(1);
    expect(io.err()).toContain('DISCORD_TOKEN');
  });

  it('with a malformed application id, exits 1 naming DISCORD_APPLICATION_ID', async () => {
    const io = memoryIO({ DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: 'my-app' });
    expect(await main(['deploy'], io)).toBe(1);
    expect(io.err()).toContain('DISCORD_APPLICATION_ID must be a Discord id');
  });
});
