import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { coreTerms, termsByUnit } from '../src/content/term-browse.js';
import type { Term } from '../src/content/term-schema.js';
import type { AppContext } from '../src/context.js';
import { CHOICE_MAX, MAX_CHOICES } from '../src/discord/autocomplete-limits.js';
import { type Command, onButton, onSelect } from '../src/discord/command.js';
import { asWholeMessage } from '../src/discord/reply.js';
import {
  DEFINE_COMMAND,
  DefineAction,
  TERM_SECTIONS,
  type TermSection,
  termCardView,
  termComparisonView,
  termNotFoundView,
  termSectionView,
} from '../src/discord/views/term-card.js';
import { UserError } from '../src/errors.js';
import { popularTermIds, recentTermIds, recordTermView } from '../src/study/index.js';
import { sliceGraphemes } from '../src/text/truncate.js';

/** How many of a member's recent cards open the empty autocomplete list, before the popular and core ones. */
const RECENT_FIRST = 5;

/**
 * The list shown before anything is typed: the member's recent cards here, then the ones most opened in
 * this server, then the pack's core terms (most connected first), so later-alphabet terms are reachable
 * from the start. Read from the stored card views, so it survives a restart and forgets a member who
 * deletes their data.
 */
function firstList(ctx: AppContext, guildId: string | null, memberId: string): Term[] {
  const ids = [
    ...recentTermIds(ctx, { guildId, userId: memberId }, RECENT_FIRST),
    ...popularTermIds(ctx, guildId, MAX_CHOICES),
  ];
  const seen = new Set<string>();
  const list: Term[] = [];
  for (const term of [...ids.map((id) => ctx.content.termIndex.get(id)), ...coreTerms(ctx.content.terms)]) {
    if (term && !seen.has(term.id)) {
      seen.add(term.id);
      list.push(term);
    }
  }
  return list.slice(0, MAX_CHOICES);
}

/** `/define term:<text>`: look up a term card, with autocomplete over names and aliases. */
export const define = {
  data: new SlashCommandBuilder()
    .setName(DEFINE_COMMAND)
    .setDescription('Look up an AP Biology term: definition, key points, exam tips and more')
    .addStringOption((option) =>
      option
        .setName('term')
        .setDescription('The term to look up (pick from the list or type it)')
        .setRequired(true)
        .setMaxLength(CHOICE_MAX)
        .setAutocomplete(true),
    ),
  help: 'a term card: definition, key points, exam tips, FAQ, comparisons. `/define term:osmosis`, `/define term:depolarization vs repolarization`',

  async execute(interaction, ctx) {
    const typed = interaction.options.getString('term', true);
    // A value picked from autocomplete is the card id; anything else is free text to resolve.
    const exact = ctx.content.termIndex.get(typed);
    const resolution = exact ? { kind: 'match' as const, term: exact } : ctx.content.termIndex.resolve(typed);
    if (resolution.kind === 'match') {
      noteView(interaction, resolution.term, ctx);
      await interaction.reply(termCardView(resolution.term));
    } else if (resolution.kind === 'compare') {
      await interaction.reply(termComparisonView(...resolution.terms));
    } else {
      await interaction.reply({
        ...termNotFoundView(typed, resolution.suggestions, termsByUnit(ctx.content.terms)),
        flags: MessageFlags.Ephemeral,
      });
    }
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused();
    const terms =
      focused.trim() === ''
        ? firstList(ctx, interaction.guildId, interaction.user.id)
        : ctx.content.termIndex.suggest(focused, MAX_CHOICES).map(({ term }) => term);
    await interaction.respond(
      terms.map((term) => ({ name: sliceGraphemes(term.name, CHOICE_MAX), value: term.id })),
    );
  },

  components: {
    [DefineAction.section]: onButton(async (interaction, [id, section], ctx) => {
      const term = termById(ctx, id);
      if (!isSection(section)) throw new UserError('That section does not exist any more.');
      await interaction.reply({
        ...termSectionView(term, section, (other) => ctx.content.termIndex.get(other)),
        flags: MessageFlags.Ephemeral,
      });
    }),
    [DefineAction.open]: onButton(async (interaction, [id], ctx) => {
      const term = termById(ctx, id);
      noteView(interaction, term, ctx);
      await interaction.reply({ ...termCardView(term), flags: MessageFlags.Ephemeral });
    }),
    [DefineAction.pick]: onButton(async (interaction, [id], ctx) => {
      const term = termById(ctx, id);
      noteView(interaction, term, ctx);
      await interaction.update(asWholeMessage(termCardView(term)));
    }),
    [DefineAction.browse]: onSelect(async (interaction, _args, ctx) => {
      const term = termById(ctx, interaction.values[0]);
      noteView(interaction, term, ctx);
      await interaction.update(asWholeMessage(termCardView(term)));
    }),
  },
} satisfies Command;

/**
 * Stores that the member opened a card: counted in /progress and read back for the first autocomplete
 * list (kept until the member deletes their data).
 */
function noteView(
  interaction: { guildId: string | null; user: { id: string } },
  term: Term,
  ctx: AppContext,
) {
  recordTermView(
    ctx,
    { guildId: interaction.guildId, userId: interaction.user.id },
    term.id,
    ctx.clock.now().getTime(),
  );
}

function termById(ctx: AppContext, id: string | undefined): Term {
  const term = id === undefined ? undefined : ctx.content.termIndex.get(id);
  if (!term) throw new UserError('That card is no longer in the content pack. Try `/define` again.');
  return term;
}

function isSection(value: string | undefined): value is TermSection {
  return (TERM_SECTIONS as readonly string[]).includes(value ?? '');
}
