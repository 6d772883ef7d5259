import { ComponentType, TextInputStyle } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/content/term-schema.js';
import { parseCustomId } from '../../src/discord/custom-id.js';
import { EMBED_LIMITS, embedLength, fitEmbed } from '../../src/discord/views/embed-limits.js';
import { quoteUserText } from '../../src/discord/views/escape.js';
import { leaderboardView } from '../../src/discord/views/leaderboard.js';
import { MODAL_LIMITS, modalView } from '../../src/discord/views/modal.js';
import { termCardView, termNotFoundView, termSectionView } from '../../src/discord/views/term-card.js';

function term(overrides: Partial<Term> = {}): Term {
  return {
    id: 'depolarization',
    name: 'Depolarization',
    aliases: ['depolarisation'],
    course: 'AP Biology',
    unit: 'Unit 4: Cell Communication',
    topic: '4.2 Introduction to Signal Transduction',
    essentialKnowledge: [],
    definition: 'The inside of the cell becomes less negative.',
    explanation: 'Sodium ions flow in through open channels.',
    keyPoints: ['Na+ flows in', 'Membrane potential rises toward zero'],
    connections: [{ id: 'action-potential', why: 'A large enough depolarization triggers one.' }],
    examTips: [],
    comparisons: [],
    faqs: [{ q: 'Does it use ATP?', a: 'No, ions move down their gradient.' }],
    ...overrides,
  };
}

function buttonIds(view: ReturnType<typeof termCardView>): string[] {
  return (view.components ?? []).flatMap((row) =>
    row.components.flatMap((c) => (c.type === ComponentType.Button && 'custom_id' in c ? [c.custom_id] : [])),
  );
}

describe('term card views', () => {
  it('the card shows definition, key points and a footer with unit and topic', () => {
    const embed = termCardView(term()).embeds?.[0];
    expect(embed?.title).toBe('Depolarization');
    expect(embed?.description).toContain('less negative');
    expect(embed?.description).toContain('• Na+ flows in');
    expect(embed?.footer?.text).toBe('Unit 4: Cell Communication · 4.2 Introduction to Signal Transduction');
  });

  it('offers buttons only for the sections the card has', () => {
    const sections = buttonIds(termCardView(term())).map((id) => parseCustomId(id)?.args[1]);
    expect(sections).toEqual(['explanation', 'faq', 'links']);
  });

  it('the connections section has a button per connected card, named from the lookup', () => {
    const view = termSectionView(term(), 'links', (id) =>
      id === 'action-potential' ? term({ id, name: 'Action potential' }) : undefined,
    );
    expect(buttonIds(view)).toEqual(['define:open:action-potential']);
    expect(view.embeds?.[0]?.description).toContain('**Action potential**');
  });

  it('the not-found reply escapes the query and offers at most five suggestions', () => {
    const many = Array.from({ length: 8 }, (_, i) => term({ id: `t-${i}`, name: `T ${i}` }));
    const view = termNotFoundView('@everyone **hi**', many, []);
    expect(view.content).not.toContain('@everyone');
    expect(view.content).toContain('\\*\\*hi\\*\\*');
    expect(buttonIds(view)).toHaveLength(5);
  });
});

describe('embed limits', () => {
  it('clamps an oversized embed to Discord limits', () => {
    const embed = fitEmbed({
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, () => ({ name: 'n', value: 'v'.repeat(1000) })),
    });
    expect(embed.title?.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.fields?.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });
});

describe('modal view', () => {
  it('clamps title and labels to Discord limits and defaults to required paragraph fields', () => {
    const modal = modalView('quiz:submit:q', 'A very long modal title that goes past the limit', [
      { id: 'a', label: 'L'.repeat(60) },
    ]);
    expect(modal.title.length).toBeLessThanOrEqual(MODAL_LIMITS.title);
    const row = modal.components[0];
    const input = row && 'components' in row ? row.components[0] : undefined;
    expect(input).toMatchObject({
      custom_id: 'a',
      style: TextInputStyle.Paragraph,
      required: true,
      max_length: 4000,
    });
  });

  it('refuses more than five fields', () => {
    const fields = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, label: 'x' }));
    expect(() => modalView('quiz:submit:q', 't', fields)).toThrow(/1–5 fields/);
  });
});

describe('quoting user text', () => {
  it('quotes every line so a student cannot end the quote or ping anyone', () => {
    expect(quoteUserText('first\n@here second\n> third')).toBe('> first\n> @\u200bhere second\n> \\> third');
  });
});

describe('leaderboard view', () => {
  it('an empty board does not say nobody answered: members who left the board may have', () => {
    const view = leaderboardView({ entries: [], page: 0, pages: 1, total: 0 }, 'week');
    const text = view.embeds?.[0]?.description ?? '';
    expect(text).toMatch(/no one on the leaderboard/i);
    expect(text).not.toMatch(/nobody has answered/i);
  });
});
