import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, customId, parseCustomId } from '../../src/discord/custom-id.js';

describe('custom_id scheme', () => {
  it('round-trips command, action and arguments', () => {
    const id = customId('define', 'section', 'action-potential', 'faq');
    expect(id).toBe('define:section:action-potential:faq');
    expect(parseCustomId(id)).toEqual({
      command: 'define',
      action: 'section',
      args: ['action-potential', 'faq'],
    });
  });

  it('refuses a part containing the separator, which would shift every later argument', () => {
    expect(() => customId('define', 'open', 'a:b')).toThrow(/contains ":"/);
  });

  it('refuses an id longer than Discord allows', () => {
    expect(() => customId('define', 'open', 'x'.repeat(CUSTOM_ID_MAX))).toThrow(/max 100/);
  });

  it('does not parse ids from other schemes', () => {
    expect(parseCustomId('legacy')).toBeUndefined();
    expect(parseCustomId(':open')).toBeUndefined();
  });
});
