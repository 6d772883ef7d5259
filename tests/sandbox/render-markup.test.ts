import { describe, expect, it } from 'vitest';
import { type RenderContext, renderMessage, showMarkup } from '../../src/sandbox/terminal/render.js';

const now = Date.UTC(2026, 11, 2, 17, 0, 0);
const ctx: RenderContext = {
  now,
  userName: (id) => (id === '111111111111111111' ? 'alice' : undefined),
  channelName: (id) => (id === '222222222222222222' ? 'bio-period-1' : undefined),
};
const secs = (ms: number) => Math.floor(ms / 1000);

describe('the terminal shows Discord markup as a client would', () => {
  it('timestamps in UTC, relative ones against the sandbox clock', () => {
    const due = now + 10 * 60_000;
    expect(showMarkup(`due <t:${secs(due)}:F> (<t:${secs(due)}:R>)`, ctx)).toBe(
      'due Wednesday, December 2, 2026 at 5:10 PM UTC (in 10 minutes)',
    );
    expect(showMarkup(`<t:${secs(now - 2 * 3_600_000)}:R>`, ctx)).toBe('2 hours ago');
    expect(showMarkup(`<t:${secs(now)}:t> <t:${secs(now)}:d> <t:${secs(now)}>`, ctx)).toBe(
      '5:00 PM UTC 12/02/2026 UTC December 2, 2026 at 5:00 PM UTC',
    );
  });

  it('mentions and channel links by name; unknown ids stay as sent', () => {
    expect(showMarkup('<@111111111111111111> in <#222222222222222222>', ctx)).toBe('@alice in #bio-period-1');
    expect(showMarkup('<@!111111111111111111>', ctx)).toBe('@alice');
    expect(showMarkup('<@999999999999999999> <#999999999999999999>', ctx)).toBe(
      '<@999999999999999999> <#999999999999999999>',
    );
  });

  it("drops Markdown's escaping backslashes outside code, as a client does", () => {
    expect(showMarkup('the inside becomes less negative \\(the membrane depolarizes\\)', ctx)).toBe(
      'the inside becomes less negative (the membrane depolarizes)',
    );
    // A backslash before a letter, digit or space is shown; code shows exactly what was sent.
    expect(showMarkup('a\\b 3\\4 `x\\(y` ```\nNa\\+\n```', ctx)).toBe('a\\b 3\\4 `x\\(y` ```\nNa\\+\n```');
    // An escaped timestamp or mention is text in Discord, and stays text here.
    expect(showMarkup(`\\<t:${secs(now)}:R\\>`, ctx)).toBe(`<t:${secs(now)}:R>`);
  });

  it('renders a message with the context, and raw without it', () => {
    const message = {
      id: '1',
      channelId: '2',
      content: '🥇 <@111111111111111111> — 3 pts',
      embeds: [{ title: 'Due', description: `closes <t:${secs(now + 60_000)}:R>` }],
      components: [],
      ephemeral: false,
    };
    const shown = renderMessage(message as never, 1, ctx);
    expect(shown).toContain('🥇 @alice — 3 pts');
    expect(shown).toContain('closes in 1 minute');
    expect(renderMessage(message as never, 1)).toContain('<@111111111111111111>');
  });
});
