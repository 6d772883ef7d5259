import type { APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import { ButtonStyle } from 'discord-api-types/v10';
import type { Term } from '../../content/term-schema.js';
import { customId } from '../custom-id.js';
import { fitEmbed } from './embed-limits.js';
import { safeUserText } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';

/** The command that owns every custom_id these views create. */
export const DEFINE_COMMAND = 'define';

/** custom_id actions of /define: `define:open:<termId>`, `define:pick:<termId>`, `define:section:<termId>:<section>`. */
export const DefineAction = {
  /** Show a card as a new ephemeral message (connection buttons). */
  open: 'open',
  /** Replace the "couldn't find" message with the chosen card (suggestion buttons). */
  pick: 'pick',
  /** Show one section of a card. */
  section: 'section',
} as const;

/** The sections a card can show beyond its front, in button order. */
export const TERM_SECTIONS = ['explanation', 'tips', 'faq', 'compare', 'links'] as const;
/** One of {@link TERM_SECTIONS}. */
export type TermSection = (typeof TERM_SECTIONS)[number];

const SECTION_LABEL: Record<TermSection, string> = {
  explanation: 'Explanation',
  tips: 'Exam tips',
  faq: 'FAQ',
  compare: 'Comparisons',
  links: 'Connections',
};

/** Finds another card by id (for names of connected and compared terms). */
export type TermLookup = (id: string) => Term | undefined;

const CARD_COLOUR = 0x2f855a;

/** True if the card has something to show in `section`. */
export function hasSection(term: Term, section: TermSection): boolean {
  switch (section) {
    case 'explanation':
      return term.explanation.trim() !== '';
    case 'tips':
      return term.examTips.length > 0;
    case 'faq':
      return term.faqs.length > 0;
    case 'compare':
      return term.comparisons.length > 0;
    case 'links':
      return term.connections.length > 0;
  }
}

/** The front of a term card: definition and key points, with a button per other section it has. */
export function termCardView(term: Term): MessageView {
  const description = [term.definition, '', '**Key points**', ...term.keyPoints.map((p) => `• ${p}`)].join(
    '\n',
  );
  const embed: APIEmbed = {
    title: term.name,
    description,
    color: CARD_COLOUR,
    footer: { text: footerOf(term) },
  };
  if (term.aliases.length > 0) {
    embed.fields = [{ name: 'Also called', value: term.aliases.join(', ') }];
  }
  const buttons = TERM_SECTIONS.filter((s) => hasSection(term, s)).map((s) =>
    button(customId(DEFINE_COMMAND, DefineAction.section, term.id, s), SECTION_LABEL[s]),
  );
  return { embeds: [fitEmbed(embed)], components: buttonRows(buttons) };
}

/** One section of a card; the Connections section carries a button per connected card. */
export function termSectionView(term: Term, section: TermSection, lookup: TermLookup): MessageView {
  const embed: APIEmbed = { title: `${term.name} · ${SECTION_LABEL[section]}`, color: CARD_COLOUR };
  let buttons: APIButtonComponent[] = [];
  switch (section) {
    case 'explanation':
      embed.description = term.explanation;
      break;
    case 'tips':
      embed.description = term.examTips.map((t) => `• ${t}`).join('\n');
      break;
    case 'faq':
      embed.fields = term.faqs.map((f) => ({ name: f.q, value: f.a }));
      break;
    case 'compare':
      embed.fields = term.comparisons.map((c) => ({
        name: `${term.name} vs ${lookup(c.with)?.name ?? c.with}`,
        value: c.summary,
      }));
      break;
    case 'links': {
      const linked = term.connections.map((c) => ({ ...c, name: lookup(c.id)?.name ?? c.id }));
      embed.description = linked.map((c) => `**${c.name}**: ${c.why}`).join('\n');
      buttons = linked.map((c) => button(customId(DEFINE_COMMAND, DefineAction.open, c.id), c.name));
      break;
    }
  }
  return { embeds: [fitEmbed(embed)], components: buttonRows(buttons) };
}

/** The reply when a typed term matches no card confidently: the query (escaped) and suggestion buttons. */
export function termNotFoundView(query: string, suggestions: readonly Term[]): MessageView {
  const shown = safeUserText(query, 80);
  const content =
    suggestions.length > 0
      ? `I couldn't find “${shown}”. Did you mean one of these?`
      : `I couldn't find “${shown}”, and nothing close to it either. Try \`/define\` and pick from the list as you type.`;
  const buttons = suggestions
    .slice(0, 5)
    .map((t) => button(customId(DEFINE_COMMAND, DefineAction.pick, t.id), t.name, ButtonStyle.Primary));
  return { content, components: buttonRows(buttons) };
}

function footerOf(term: Term): string {
  const parts = [term.unit ?? term.course, term.topic].filter((p): p is string => Boolean(p));
  return parts.join(' · ');
}
