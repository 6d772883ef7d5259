import type { Challenge, ChallengeKind, ChallengeQuestion } from './types.js';

/** Limits of /challenge start and /challenge duel (also the slash options' min/max). */
export const LIMITS = {
  roundQuestions: { min: 3, max: 20, default: 5 },
  duelQuestions: { min: 3, max: 10, default: 5 },
  seconds: { min: 15, max: 300, default: 30 },
  /** A duel question's time; both answer privately, so there is no option for it. */
  duelSeconds: 60,
  /** How long a duel invitation stays open. */
  inviteMs: 5 * 60_000,
} as const;

/**
 * Why an answer (a button press or a submitted form) is refused. Every refusal leaves scores as
 * they were; the command turns each into a clear private reply.
 */
export type Refusal =
  /** The custom_id names no challenge, a question it does not have, or not the message it was sent on. */
  | 'forged'
  /** The button belongs to a challenge that is over (a stale message from an earlier round). */
  | 'ended'
  /** A duel that has not been accepted yet. */
  | 'not-started'
  /** That question was revealed already. */
  | 'revealed'
  /** The time was up (the reveal may not have posted yet). */
  | 'late'
  /** This member already answered this question: the first answer counts. */
  | 'already'
  /** Someone who is not one of the two duelists. */
  | 'not-duelist';

/** What an answer claims: which challenge and question, from which message, by whom, when. */
export interface AnswerAttempt {
  readonly userId: string;
  readonly index: number;
  readonly now: number;
  /** The message whose button was pressed; rounds check it is the question's own message. */
  readonly messageId?: string | undefined;
  /** Whether this member already answered this question. */
  readonly alreadyAnswered: boolean;
}

/**
 * Decides whether an answer counts. `question` is the stored question at `attempt.index` (undefined
 * when the challenge has no such question). Returns the refusal, or the milliseconds since the
 * question opened when the answer is accepted. Order matters: a forged id is reported as forged
 * even when the challenge is over, and a late answer as late even if the member answered before.
 */
export function admitAnswer(
  challenge: Challenge | undefined,
  question: ChallengeQuestion | undefined,
  attempt: AnswerAttempt,
): { ok: true; elapsedMs: number } | { ok: false; reason: Refusal } {
  if (!challenge || !question || question.index !== attempt.index) return { ok: false, reason: 'forged' };
  // A public round's buttons live on the question's own message; the same id on another message is made up.
  if (
    challenge.mode === 'round' &&
    attempt.messageId !== undefined &&
    question.messageId !== null &&
    attempt.messageId !== question.messageId
  ) {
    return { ok: false, reason: 'forged' };
  }
  if (
    challenge.mode === 'duel' &&
    attempt.userId !== challenge.starterId &&
    attempt.userId !== challenge.opponentId
  )
    return { ok: false, reason: 'not-duelist' };
  if (challenge.status === 'invited') return { ok: false, reason: 'not-started' };
  if (challenge.status !== 'running') return { ok: false, reason: 'ended' };
  if (question.revealedAt !== null || attempt.index < challenge.current)
    return { ok: false, reason: 'revealed' };
  // A question not opened yet cannot have a button anyone saw.
  if (question.openedAt === null || question.deadline === null || attempt.index > challenge.current)
    return { ok: false, reason: 'forged' };
  if (attempt.now > question.deadline) return { ok: false, reason: 'late' };
  if (attempt.alreadyAnswered) return { ok: false, reason: 'already' };
  return { ok: true, elapsedMs: Math.max(0, attempt.now - question.openedAt) };
}

/**
 * Whether a question can be revealed before its time is up: in a duel when both have answered; in
 * a round when every member who has played so far (answered an earlier question) has answered this
 * one. On a round's first question nobody has played yet, so it runs its full time.
 */
export function everyoneAnswered(
  challenge: Challenge,
  earlierPlayers: ReadonlySet<string>,
  answeredThis: ReadonlySet<string>,
): boolean {
  if (challenge.mode === 'duel') {
    return (
      answeredThis.has(challenge.starterId) &&
      challenge.opponentId !== null &&
      answeredThis.has(challenge.opponentId)
    );
  }
  if (earlierPlayers.size === 0) return false;
  for (const player of earlierPlayers) if (!answeredThis.has(player)) return false;
  return true;
}

/**
 * Draws `count` different questions from `pool` at random (fewer when the pool is smaller). For a
 * mixed round both kinds are represented when the pool has both, so "mixed" means mixed.
 */
export function planQuestions<T extends { readonly id: string; readonly kind: 'mcq' | 'frq' }>(
  pool: readonly T[],
  count: number,
  kind: ChallengeKind,
  random: () => number,
): T[] {
  const remaining = [...pool];
  const take = (from: T[]): T | undefined => {
    if (from.length === 0) return undefined;
    const pick = from[Math.min(from.length - 1, Math.floor(random() * from.length))] as T;
    remaining.splice(remaining.indexOf(pick), 1);
    return pick;
  };
  const chosen: T[] = [];
  if (kind === 'mixed' && count >= 2) {
    for (const k of ['mcq', 'frq'] as const) {
      const one = take(remaining.filter((q) => q.kind === k));
      if (one) chosen.push(one);
    }
  }
  while (chosen.length < count) {
    const one = take(remaining);
    if (!one) break;
    chosen.push(one);
  }
  // Shuffle so the guaranteed pair is not always first (Fisher–Yates).
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [chosen[i], chosen[j]] = [chosen[j] as T, chosen[i] as T];
  }
  return chosen;
}

/** Why a duel cannot be offered. */
export type DuelRefusal = 'self' | 'bot' | 'busy-starter' | 'busy-opponent';

/** Checks a duel invitation: not yourself, not a bot, and neither member already in a duel. */
export function checkDuel(opts: {
  starterId: string;
  opponentId: string;
  opponentIsBot: boolean;
  starterBusy: boolean;
  opponentBusy: boolean;
}): DuelRefusal | undefined {
  if (opts.opponentId === opts.starterId) return 'self';
  if (opts.opponentIsBot) return 'bot';
  if (opts.starterBusy) return 'busy-starter';
  if (opts.opponentBusy) return 'busy-opponent';
  return undefined;
}
