import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  neutraliseMentions,
  safeUserText,
  truncate,
} from '../../src/discord/views/escape.js';

describe('escaping user text', () => {
  it('breaks @everyone and @here so they cannot ping', () => {
    const out = neutraliseMentions('hi @everyone and @HERE');
    expect(out).not.toContain('@everyone');
    expect(out.toLowerCase()).not.toContain('@here');
  });

  it('breaks user, role and channel mentions', () => {
    for (const mention of [
      '<@123456789012345678>',
      '<@!123456789012345678>',
      '<@&123456789012345678>',
      '<#1>',
    ]) {
      expect(neutraliseMentions(mention)).not.toContain(mention.slice(0, 2));
    }
  });

  it('escapes Markdown so formatting characters show literally', () => {
    expect(escapeMarkdown('**bold** _i_ `code` ||spoiler||')).toBe(
      '\\*\\*bold\\*\\* \\_i\\_ \\`code\\` \\|\\|spoiler\\|\\|',
    );
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('[link](http://x)')).toBe('\\[link\\]\\(http://x\\)');
  });

  it('makes user text one escaped line no longer than asked', () => {
    const out = safeUserText(`@everyone ${'a'.repeat(200)}\nsecond line`, 50);
    expect(out).not.toContain('\n');
    expect(out).not.toContain('@everyone');
    expect(out.endsWith('…')).toBe(true);
  });

  it('leaves short text alone when truncating', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });
});
