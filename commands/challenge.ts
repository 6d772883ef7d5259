import {
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { type ChallengeKind, inviteDuel, LIMITS, startRound, stopRound } from '../src/challenges/index.js';
import type { AppContext } from '../src/context.js';
import { challengeComponents } from '../src/discord/challenge-components.js';
import { challengeRuntime, registerChallengeJobs } from '../src/discord/challenge-runtime.js';
import type { Command } from '../src/discord/command.js';
import { CHALLENGE_COMMAND } from '../src/discord/views/challenge-ids.js';
import { busyView, inviteView } from '../src/discord/views/challenge-messages.js';
import type { MessageView } from '../src/discord/views/payload.js';
import { UserError } from '../src/errors.js';
import { suggestTopics } from '../src/quiz/index.js';

const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

function ephemeral(view: MessageView): InteractionReplyOptions {
  return { ...view, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

function runtimeOf(
  interaction: { client: ChatInputCommandInteraction['client']; user: ChatInputCommandInteraction['user'] },
  ctx: AppContext,
) {
  const runtime = challengeRuntime(interaction.client, ctx);
  runtime.noteName(interaction.user);
  return runtime;
}

function guildOf(interaction: ChatInputCommandInteraction): { guildId: string; channelId: string } {
  if (!interaction.inGuild() || !interaction.channelId)
    throw new UserError('Challenges are played in a server channel; run this in one.');
  return { guildId: interaction.guildId, channelId: interaction.channelId };
}

/** The topic key a member typed or picked, or undefined for any; a UserError when it names nothing. */
function topicOf(interaction: ChatInputCommandInteraction, ctx: AppContext): string | undefined {
  const typed = interaction.options.getString('topic')?.trim() || undefined;
  if (typed === undefined) return undefined;
  const catalog = ctx.content.questions;
  const target = catalog.target(typed) ?? catalog.resolveTopic(typed);
  if (!target || target.kind === 'question')
    throw new UserError(
      `I have no topic or unit called “${typed.slice(0, 80)}”. Pick one from the list as you type.`,
    );
  return target.key;
}

function messageLink(
  guildId: string,
  channelId: string,
  messageId: string | null | undefined,
): string | undefined {
  return messageId ? `https://discord.com/channels/${guildId}/${channelId}/${messageId}` : undefined;
}

async function start(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const where = guildOf(interaction);
  const runtime = runtimeOf(interaction, ctx);
  const kind = (interaction.options.getString('kind') ?? 'mixed') as ChallengeKind;
  const count = interaction.options.getInteger('questions') ?? LIMITS.roundQuestions.default;
  const seconds = interaction.options.getInteger('seconds') ?? LIMITS.seconds.default;
  const topic = topicOf(interaction, ctx);
  const outcome = startRound(runtime.deps, {
    ...where,
    starterId: interaction.user.id,
    topic,
    kind,
    count,
    seconds,
  });
  if (!outcome.ok) {
    if (outcome.reason === 'busy') {
      const link = messageLink(where.guildId, where.channelId, outcome.messageId);
      await interaction.reply(ephemeral(busyView(outcome.running, link)));
      return;
    }
    throw new UserError(
      'I have no questions for that topic and kind yet. Try another topic, or `kind:mixed`.',
    );
  }
  const { first } = outcome;
  const short =
    first.challenge.questionCount < count ? ` (only ${first.challenge.questionCount} fit that topic)` : '';
  // The first question is the reply itself, so it is in the channel the moment the command answers.
  const response = await interaction.reply({
    ...runtime.questionPost(first),
    content: `🏁 ${runtime.nameOf(interaction.user.id)} started a challenge: ${first.challenge.questionCount} ${kind === 'mixed' ? 'mixed' : kind.toUpperCase()} questions${short}, ${seconds} s each. Anyone here can play; answers stay private until each reveal.`,
    allowedMentions: { parse: [] },
    withResponse: true,
  });
  runtime.opened(first, response.resource?.message?.id);
}

async function stop(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const where = guildOf(interaction);
  const runtime = runtimeOf(interaction, ctx);
  const canManageMessages = interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
  const outcome = stopRound(runtime.deps, {
    channelId: where.channelId,
    userId: interaction.user.id,
    canManageMessages,
  });
  if (!outcome.ok) {
    throw new UserError(
      outcome.reason === 'none'
        ? 'No challenge is running in this channel.'
        : `Only ${runtime.nameOf(outcome.running?.starterId ?? '')}, who started this challenge, or someone with Manage Messages can stop it.`,
    );
  }
  // The results are the reply, so everyone sees them as the answer to /challenge stop; drawing the
  // chart can take a moment, so the reply is deferred first.
  await interaction.deferReply();
  const { view, files } = await runtime.results(outcome.challenge, true, runtime.nameOf(interaction.user.id));
  await interaction.editReply({ ...view, files, allowedMentions: { parse: [] } });
}

const DUEL_REFUSALS = {
  self: 'You cannot duel yourself; pick another member.',
  bot: 'Bots do not duel; pick a member.',
  'busy-starter': 'You already have a duel offered or running; finish it first.',
  'busy-opponent': 'That member already has a duel offered or running; try again when it is over.',
  'no-questions': 'I have no questions for that topic yet. Try another topic.',
} as const;

async function duel(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const where = guildOf(interaction);
  const runtime = runtimeOf(interaction, ctx);
  const opponent = interaction.options.getUser('member', true);
  runtime.noteName(opponent);
  const outcome = inviteDuel(runtime.deps, {
    ...where,
    starterId: interaction.user.id,
    opponentId: opponent.id,
    opponentIsBot: opponent.bot,
    topic: topicOf(interaction, ctx),
    count: interaction.options.getInteger('questions') ?? LIMITS.duelQuestions.default,
  });
  if (!outcome.ok) throw new UserError(DUEL_REFUSALS[outcome.reason]);
  const response = await interaction.reply({
    ...inviteView(outcome.challenge, runtime.nameOf),
    allowedMentions: { parse: [] },
    withResponse: true,
  });
  const messageId = response.resource?.message?.id;
  if (messageId) runtime.invitePosted(outcome.challenge, messageId);
}

/** `/challenge start | stop | duel`: timed quiz rounds for a whole channel, and head-to-head duels. */
export const challenge = {
  data: new SlashCommandBuilder()
    .setName(CHALLENGE_COMMAND)
    .setDescription('Timed quiz rounds the whole channel plays, and duels')
    .addSubcommand((sub) =>
      sub
        .setName('start')
        .setDescription('Start a timed quiz round in this channel; anyone here can play')
        .addStringOption((o) =>
          o
            .setName('topic')
            .setDescription('A topic or unit (pick from the list), or any')
            .setAutocomplete(true)
            .setMaxLength(CHOICE_MAX),
        )
        .addIntegerOption((o) =>
          o
            .setName('questions')
            .setDescription('How many questions (3–20, default 5)')
            .setMinValue(LIMITS.roundQuestions.min)
            .setMaxValue(LIMITS.roundQuestions.max),
        )
        .addStringOption((o) =>
          o
            .setName('kind')
            .setDescription('Multiple choice, free response, or mixed (default)')
            .addChoices(
              { name: 'Multiple choice', value: 'mcq' },
              { name: 'Free response', value: 'frq' },
              { name: 'Mixed', value: 'mixed' },
            ),
        )
        .addIntegerOption((o) =>
          o
            .setName('seconds')
            .setDescription('Seconds per question (15–300, default 30)')
            .setMinValue(LIMITS.seconds.min)
            .setMaxValue(LIMITS.seconds.max),
        ),
    )
    .addSubcommand((sub) =>
      sub.setName('stop').setDescription('Stop the round in this channel (its starter or Manage Messages)'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('duel')
        .setDescription('Challenge a member to a head-to-head duel, answered privately')
        .addUserOption((o) => o.setName('member').setDescription('Who to duel').setRequired(true))
        .addStringOption((o) =>
          o
            .setName('topic')
            .setDescription('A topic or unit, or any')
            .setAutocomplete(true)
            .setMaxLength(CHOICE_MAX),
        )
        .addIntegerOption((o) =>
          o
            .setName('questions')
            .setDescription('How many questions (3–10, default 5)')
            .setMinValue(LIMITS.duelQuestions.min)
            .setMaxValue(LIMITS.duelQuestions.max),
        ),
    ),
  help: 'timed quiz rounds for the whole channel (start, stop) and head-to-head duels',

  async execute(interaction, ctx) {
    const sub = interaction.options.getSubcommand();
    if (sub === 'start') return start(interaction, ctx);
    if (sub === 'stop') return stop(interaction, ctx);
    return duel(interaction, ctx);
  },

  async autocomplete(interaction, ctx) {
    const targets = ctx.content.questions.targets.filter((t) => t.kind !== 'question');
    const choices = suggestTopics(targets, interaction.options.getFocused(), MAX_CHOICES).map((t) => ({
      name: t.name.length > CHOICE_MAX ? `${t.name.slice(0, CHOICE_MAX - 1)}…` : t.name,
      value: t.key,
    }));
    await interaction.respond(choices);
  },

  /** Puts the challenge timers on the app's job scheduler, which re-arms them from the store. */
  onReady(client, ctx) {
    registerChallengeJobs(client, ctx);
  },

  components: challengeComponents,
} satisfies Command;
