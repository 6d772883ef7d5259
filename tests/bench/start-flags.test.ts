import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startNodeFlags } from '../../src/bench/start-flags.js';

function packageWithStart(start: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'start-flags-'));
  const file = join(dir, 'package.json');
  writeFileSync(file, JSON.stringify({ scripts: { start } }));
  return file;
}

describe('the Node flags of npm start', () => {
  it('npm start asks V8 to favour size, which keeps the bot under its memory target', () => {
    expect(startNodeFlags()).toEqual(['--optimize-for-size']);
  });

  it('reads every option between node and --import', () => {
    const file = packageWithStart(
      'node --max-semi-space-size=1 --max-old-space-size=96 --import tsx src/cli.ts start',
    );
    expect(startNodeFlags(file)).toEqual(['--max-semi-space-size=1', '--max-old-space-size=96']);
  });

  it('a start script that is not plain node has no flags to copy', () => {
    expect(startNodeFlags(packageWithStart('tsx src/cli.ts start'))).toEqual([]);
  });
});
