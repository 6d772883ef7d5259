import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Term } from '../src/content/term-schema.js';
import type { AppContext } from '../src/context.js';
import { type Command, onButton } from '../src/discord/command.js';
import { asWholeMessage } from '../src/discord/reply.js';
import {
  DEFINE_COMMAND,
  DefineAction,
  TERM_SECTIONS,
  type TermSection,
  termCardView,
  termNotFoundView,
  termSectionView,
} from '../src/discord/views/term-card.js';
import { UserError } from '../src/errors.js';
import { recordTermView } from '../src/study/index.js';

/** Discord shows at most 25 autocomplete choices. */
const MAX_CHOICES = 25;
/** Discord's limit for a choice's name and value. */
const CHOICE_MAX = 100;

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
  help: 'look up a term card (definition, key points, exam tips, FAQ, connections)',

  async execute(interaction, ctx) {
    const typed = interaction.options.getString('term', true);
    // A value picked from autocomplete is the card id; anything else is free text to resolve.
    const exact = ctx.content.termIndex.get(typed);
    const resolution = exact ? { kind: 'match' as const, term: exact } : ctx.content.termIndex.resolve(typed);
    if (resolution.kind === 'match') {
      noteView(interaction, resolution.term, ctx);
      await interaction.reply(termCardView(resolution.term));
    } else {
      await interaction.reply({
        ...termNotFoundView(typed, resolution.suggestions),
        flags: MessageFlags.Ephemeral,
      });
    }
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused();
    const choices = ctx.content.termIndex.suggest(focused, MAX_CHOICES).map(({ term }) => ({
      name: term.name.slice(0, CHOICE_MAX),
      value: term.id,
    }));
    await interaction.respond(choices);
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
      await interaction.update(asWholeMessage(termCardView(termById(ctx, id))));
    }),
  },
} satisfies Command;

/** Term cards viewed count for /progress (kept until the member deletes their data). */
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
