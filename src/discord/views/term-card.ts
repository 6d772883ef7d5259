import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIStringSelectComponent,
} from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { UnitTerms } from '../../content/term-browse.js';
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
  /** A unit's select menu in the browse reply: replace the message with the chosen card. */
  browse: 'browse',
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

/** Two cards side by side ("depolarization vs repolarization"): the pack's comparison, or both definitions. */
export function termComparisonView(a: Term, b: Term): MessageView {
  const written =
    a.comparisons.find((c) => c.with === b.id)?.summary ??
    b.comparisons.find((c) => c.with === a.id)?.summary;
  const embed: APIEmbed = {
    title: `${a.name} vs ${b.name}`,
    description: written ?? 'The pack has no written comparison of these two; here are both definitions.',
    fields: [
      { name: a.name, value: a.definition },
      { name: b.name, value: b.definition },
    ],
    color: CARD_COLOUR,
    footer: { text: footerOf(a) },
  };
  const buttons = [a, b].map((t) =>
    button(customId(DEFINE_COMMAND, DefineAction.open, t.id), `Open ${t.name}`),
  );
  return { embeds: [fitEmbed(embed)], components: buttonRows(buttons) };
}

/** Discord's limits for a select menu: 25 options, labels and placeholders of 100 and 150 characters. */
const SELECT_OPTIONS = 25;
const SELECT_PLACEHOLDER_MAX = 150;
const OPTION_LABEL_MAX = 100;
const SELECT_ROWS = 5;

/** What the pack covers, in one sentence: "40 terms: Unit 2: … (23) and Unit 4: … (16)". */
export function coverageLine(units: readonly UnitTerms[]): string {
  const total = units.reduce((n, u) => n + u.terms.length, 0);
  const parts = units.map((u) => `${u.unit} (${u.terms.length})`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `This pack has ${total} term${total === 1 ? '' : 's'}: ${list}.`;
}

/** A select menu per unit (its terms, A–Z) so a student can browse the pack without knowing a name. */
function browseRows(units: readonly UnitTerms[]): APIActionRowComponent<APIStringSelectComponent>[] {
  return units.slice(0, SELECT_ROWS).map((u, i) => {
    const more = u.terms.length > SELECT_OPTIONS ? ` (first ${SELECT_OPTIONS} of ${u.terms.length})` : '';
    const placeholder = `Browse ${u.unit}${more}`;
    const menu: APIStringSelectComponent = {
      type: ComponentType.StringSelect,
      custom_id: customId(DEFINE_COMMAND, DefineAction.browse, String(i)),
      placeholder:
        placeholder.length > SELECT_PLACEHOLDER_MAX
          ? `${placeholder.slice(0, SELECT_PLACEHOLDER_MAX - 1)}…`
          : placeholder,
      options: u.terms.slice(0, SELECT_OPTIONS).map((t) => ({
        label: t.name.slice(0, OPTION_LABEL_MAX),
        value: t.id,
      })),
    };
    return { type: ComponentType.ActionRow, components: [menu] };
  });
}

/**
 * The reply when a typed term matches no card confidently: the query (escaped) with buttons for the terms
 * that are actually close; when none is, what the pack covers and a menu per unit to browse it. An empty
 * query gets the same overview with how to write the command.
 */
export function termNotFoundView(
  query: string,
  suggestions: readonly Term[],
  units: readonly UnitTerms[],
): MessageView {
  const shown = safeUserText(query.trim(), 80);
  if (shown !== '' && suggestions.length > 0) {
    const buttons = suggestions
      .slice(0, 5)
      .map((t) => button(customId(DEFINE_COMMAND, DefineAction.pick, t.id), t.name, ButtonStyle.Primary));
    return {
      content: `I couldn't find “${shown}”. Did you mean one of these?`,
      components: buttonRows(buttons),
    };
  }
  const opening =
    shown === ''
      ? 'Type a term after `term:`, for example `/define term:osmosis`, and pick from the list as you type.'
      : `I couldn't find “${shown}”, and no term here is spelled close to it.`;
  const browse =
    'Pick a term from a unit below, or type `/define term:` and choose from the list that appears as you type.';
  return { content: [opening, coverageLine(units), browse].join('\n'), components: browseRows(units) };
}

function footerOf(term: Term): string {
  const parts = [term.unit ?? term.course, term.topic].filter((p): p is string => Boolean(p));
  return parts.join(' · ');
}
