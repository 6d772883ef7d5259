import type { ButtonInteraction, InteractionReplyOptions, ModalSubmitInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import {
  type AnswerOutcome,
  acceptDuel,
  checkCanAnswer,
  declineDuel,
  feedbackOn,
  type Response,
  submitAnswer,
} from '../challenges/index.js';
import type { AppContext } from '../context.js';
import { challengeRuntime } from './challenge-runtime.js';
import { type ComponentHandler, onButton, onModal } from './command.js';
import { ChallengeAction, parseChallengeArgs } from './views/challenge-ids.js';
import {
  inviteClosedView,
  lockedInView,
  refusalView,
  sentText,
  unreadableView,
} from './views/challenge-messages.js';
import { challengeAnswerModal, duelQuestionView } from './views/challenge-question.js';
import type { MessageView } from './views/payload.js';
import { frqFeedbackView } from './views/quiz-feedback.js';
import { answerFieldId } from './views/quiz-question.js';

/*
 * The buttons and forms of /challenge: answer presses (MCQ choices, the FRQ form), a duel's Show
 * question, My feedback on a revealed written question, and Accept / Decline. Every press is
 * checked against the stored state by the domain (src/challenges/); a refusal is a private reply
 * that changes nothing.
 */

function ephemeral(view: MessageView): InteractionReplyOptions {
  return { ...view, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

function runtimeOf(interaction: ButtonInteraction | ModalSubmitInteraction, ctx: AppContext) {
  const runtime = challengeRuntime(interaction.client, ctx);
  runtime.noteName(interaction.user);
  return runtime;
}

/** Reads a press's custom_id; a malformed one is refused like any forged id. */
function argsOf(args: readonly string[], withIndex = true) {
  return parseChallengeArgs(args, withIndex);
}

async function replyToAnswer(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  ctx: AppContext,
  outcome: AnswerOutcome,
  shownBack: string,
): Promise<void> {
  const runtime = challengeRuntime(interaction.client, ctx);
  if (!outcome.ok) {
    if (outcome.reason === 'unreadable') {
      await interaction.reply(ephemeral(unreadableView(outcome.message, shownBack)));
      return;
    }
    await interaction.reply(ephemeral(refusalView(outcome.reason, shownBack)));
    return;
  }
  const content = runtime.deps.questions.get(outcome.question.questionId);
  if (!content) throw new Error(`question ${outcome.question.questionId} vanished`);
  // The reveal (and the next question) go out before the reply, so when a member sees "Locked in"
  // the channel already shows what their answer completed.
  if (outcome.everyoneAnswered) await runtime.reveal(outcome.challenge.id, outcome.question.index);
  await interaction.reply(
    ephemeral(
      lockedInView(
        outcome.answer,
        content,
        outcome.question.deadline ?? 0,
        outcome.everyoneAnswered,
        outcome.challenge.mode === 'duel',
      ),
    ),
  );
}

function answer(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  ctx: AppContext,
  parsed: { challengeId: number; index: number },
  response: Response,
): AnswerOutcome {
  const runtime = runtimeOf(interaction, ctx);
  return submitAnswer(runtime.deps, {
    ...parsed,
    userId: interaction.user.id,
    messageId: interaction.message?.id,
    response,
  });
}

/** Handlers for the challenge:<action> custom_ids, keyed by action. */
export const challengeComponents: Readonly<Record<string, ComponentHandler>> = {
  [ChallengeAction.pick]: onButton(async (interaction, args, ctx) => {
    const parsed = argsOf(args);
    if (!parsed?.choiceId) {
      await interaction.reply(ephemeral(refusalView('forged')));
      return;
    }
    const runtime = runtimeOf(interaction, ctx);
    const outcome = answer(interaction, ctx, parsed, { kind: 'mcq', choiceId: parsed.choiceId });
    const content =
      outcome.ok || !('question' in outcome) || !outcome.question
        ? undefined
        : runtime.deps.questions.get(outcome.question.questionId);
    await replyToAnswer(interaction, ctx, outcome, sentText(content, { choiceId: parsed.choiceId }));
  }),

  [ChallengeAction.answer]: onButton(
    async (interaction, args, ctx) => {
      const parsed = argsOf(args);
      if (!parsed) {
        await interaction.reply(ephemeral(refusalView('forged')));
        return;
      }
      const runtime = runtimeOf(interaction, ctx);
      const check = checkCanAnswer(runtime.deps, {
        ...parsed,
        userId: interaction.user.id,
        messageId: interaction.message.id,
      });
      if (!check.ok) {
        await interaction.reply(ephemeral(refusalView(check.reason)));
        return;
      }
      const frq = ctx.content.questions.frq(check.open.question.questionId);
      if (!frq) {
        await interaction.reply(ephemeral(refusalView('forged')));
        return;
      }
      await interaction.showModal(challengeAnswerModal(parsed.challengeId, parsed.index, frq.question));
      // A modal must be the first response: the router never defers this button, even in a burst.
    },
    { opensModal: true },
  ),

  [ChallengeAction.submit]: onModal(async (interaction, args, ctx) => {
    const parsed = argsOf(args);
    const texts = [0, 1, 2, 3, 4]
      .filter((i) => interaction.fields.fields.has(answerFieldId(i)))
      .map((i) => interaction.fields.getTextInputValue(answerFieldId(i)));
    const shownBack = sentText(undefined, { texts });
    if (!parsed) {
      await interaction.reply(ephemeral(refusalView('forged', shownBack)));
      return;
    }
    await replyToAnswer(
      interaction,
      ctx,
      answer(interaction, ctx, parsed, { kind: 'frq', texts }),
      shownBack,
    );
  }),

  [ChallengeAction.show]: onButton(async (interaction, args, ctx) => {
    const parsed = argsOf(args);
    const runtime = runtimeOf(interaction, ctx);
    const check = parsed
      ? checkCanAnswer(runtime.deps, { ...parsed, userId: interaction.user.id })
      : ({ ok: false, reason: 'forged' } as const);
    if (!check.ok) {
      await interaction.reply(ephemeral(refusalView(check.reason)));
      return;
    }
    await interaction.reply(ephemeral(duelQuestionView(check.open)));
  }),

  [ChallengeAction.feedback]: onButton(async (interaction, args, ctx) => {
    const parsed = argsOf(args);
    const runtime = runtimeOf(interaction, ctx);
    const outcome = parsed
      ? feedbackOn(runtime.deps, { ...parsed, userId: interaction.user.id })
      : ({ ok: false, reason: 'gone' } as const);
    if (!outcome.ok) {
      await interaction.reply(ephemeral({ content: FEEDBACK_REFUSALS[outcome.reason] }));
      return;
    }
    const view = frqFeedbackView(outcome.question, outcome.result, outcome.texts, {}, { practice: false });
    await interaction.reply(
      ephemeral({
        ...view,
        content: `Your answer to question ${(parsed?.index ?? 0) + 1}, point by point (only you see this).`,
      }),
    );
  }),

  [ChallengeAction.accept]: onButton(async (interaction, args, ctx) => {
    const parsed = argsOf(args, false);
    const runtime = runtimeOf(interaction, ctx);
    const outcome = parsed
      ? acceptDuel(runtime.deps, parsed.challengeId, interaction.user.id)
      : ({ ok: false, reason: 'gone' } as const);
    if (!outcome.ok) {
      await refuseInvite(interaction, outcome.reason, outcome.challenge?.opponentId, runtime.nameOf);
      return;
    }
    // The invitation turns into the first question's post, so play starts where the duel was offered.
    const accepted = inviteClosedView(outcome.challenge, runtime.nameOf);
    if (!outcome.first) {
      await interaction.update({ ...accepted, allowedMentions: { parse: [] } });
      return;
    }
    const post = runtime.questionPost(outcome.first);
    await interaction.update({
      ...post,
      content: `${accepted.content}\n${post.content ?? ''}`,
      allowedMentions: { parse: [] },
    });
    runtime.opened(outcome.first, interaction.message.id);
  }),

  [ChallengeAction.decline]: onButton(async (interaction, args, ctx) => {
    const parsed = argsOf(args, false);
    const runtime = runtimeOf(interaction, ctx);
    const outcome = parsed
      ? declineDuel(runtime.deps, parsed.challengeId, interaction.user.id)
      : ({ ok: false, reason: 'gone' } as const);
    if (!outcome.ok) {
      await refuseInvite(interaction, outcome.reason, outcome.challenge?.opponentId, runtime.nameOf);
      return;
    }
    await interaction.update({
      ...inviteClosedView(outcome.challenge, runtime.nameOf),
      allowedMentions: { parse: [] },
    });
    await runtime.closeInvite(outcome.challenge);
  }),
};

const FEEDBACK_REFUSALS = {
  gone: "That question isn't in the question bank any more, so there is no feedback to show.",
  'not-revealed': 'Feedback opens when the answer is revealed.',
  'not-answered': "You didn't answer this question, so there is no feedback. Join in on the next one!",
} as const;

type InviteRefusal = 'gone' | 'not-invitee' | 'expired' | 'answered';

/** Tells only the presser why their Accept or Decline did not count; the invitation stays as it is. */
async function refuseInvite(
  interaction: ButtonInteraction,
  reason: InviteRefusal,
  opponentId: string | null | undefined,
  nameOf: (id: string) => string,
): Promise<void> {
  await interaction.reply(ephemeral({ content: inviteRefusal(reason, opponentId, nameOf) }));
}

function inviteRefusal(
  reason: InviteRefusal,
  opponentId: string | null | undefined,
  nameOf: (id: string) => string,
): string {
  switch (reason) {
    case 'gone':
      return "That invitation doesn't exist any more.";
    case 'not-invitee':
      return `Only ${nameOf(opponentId ?? '')} can answer this invitation.`;
    case 'expired':
      return 'This invitation expired; ask for a new duel with `/challenge duel`.';
    case 'answered':
      return 'This invitation was already answered.';
  }
}
