import { describe, expect, it } from 'vitest';
import { sliceGraphemes, truncateText } from '../../src/text/truncate.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cutting text by grapheme', () => {
  it('given text within the limit, returns it unchanged', () => {
    expect(truncateText('osmosis', 7)).toBe('osmosis');
    expect(sliceGraphemes('😀', 2)).toBe('😀');
  });

  it('given a cut that would fall inside an emoji, drops the whole emoji', () => {
    const text = `${'a'.repeat(78)}😀😀`;
    const cut = truncateText(text, 80);
    expect(cut).toBe(`${'a'.repeat(78)}…`);
    expect(cut).not.toMatch(LONE_SURROGATE);
    expect(sliceGraphemes('ab😀', 3)).toBe('ab');
  });

  it('never separates a letter from its combining accent, a flag’s halves or a family emoji', () => {
    expect(sliceGraphemes('cafe\u0301!', 4)).toBe('caf');
    expect(sliceGraphemes('x🇫🇷', 3)).toBe('x');
    const family = '👩‍👩‍👧‍👦';
    expect(sliceGraphemes(`a${family}`, family.length)).toBe('a');
    expect(sliceGraphemes(`a${family}`, family.length + 1)).toBe(`a${family}`);
  });

  it('stays within the limit counted in UTF-16 units, ellipsis included', () => {
    for (let max = 1; max < 30; max++) {
      const cut = truncateText('é😀👍🏽 text with emoji 😀😀 and more text', max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(LONE_SURROGATE);
    }
  });

  it('cuts a million-character text by reading only the part it keeps', () => {
    const huge = '😀'.repeat(500_000);
    const cut = truncateText(huge, 101);
    expect(cut).toBe(`${'😀'.repeat(50)}…`);
  });
});

describe('a draft is checked for size before it is kept', () => {
  it('keeps each part to what the answer form holds, cut between characters', async () => {
    const { fitDraft } = await import('../../src/quiz/index.js');
    const { MAX_PART_CHARS } = await import('../../src/grading/index.js');
    const [long, short] = fitDraft([`${'a'.repeat(MAX_PART_CHARS - 1)}😀 and a million more`, 'short']);
    expect(long).toBe('a'.repeat(MAX_PART_CHARS - 1));
    expect(short).toBe('short');
  });
});
