import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../src/config/index.js';

describe('.env.example', () => {
  const text = readFileSync(join(import.meta.dirname, '..', '..', '.env.example'), 'utf8');
  const lines = text.split('\n');

  it('documents every configuration key with a comment directly above it', () => {
    for (const key of CONFIG_KEYS) {
      const at = lines.findIndex((line) => line.startsWith(`${key}=`));
      expect(at, `${key} is missing from .env.example`).toBeGreaterThan(0);
      expect(lines[at - 1]?.startsWith('#'), `${key} has no comment above it`).toBe(true);
    }
  });

  it('contains no key the code does not read', () => {
    const keys = lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]);
    expect(keys.sort()).toEqual([...CONFIG_KEYS].sort());
  });
});
