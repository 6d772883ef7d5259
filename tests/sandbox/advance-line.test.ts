import { describe, expect, it } from 'vitest';
import { PlayParseError, parseLine } from '../../src/sandbox/terminal/parse.js';

describe('the play line "advance"', () => {
  it.each([
    ['advance 11m', 660_000],
    ['advance 30s', 30_000],
    ['advance 2h', 7_200_000],
    ['advance 1d', 86_400_000],
  ])('%s moves time by %d ms', (line, ms) => {
    expect(parseLine(line)).toMatchObject({ kind: 'advance', ms });
  });

  it('without a duration it explains what to write', () => {
    expect(() => parseLine('advance soon')).toThrow(PlayParseError);
    expect(() => parseLine('advance')).toThrow(/advance 11m/);
  });
});
