/**
 * The shapes of a challenge: a timed round a whole channel plays, or a duel between two members.
 * Plain data with times in integer milliseconds UTC, as the store keeps them; no Discord types.
 */

/** A round in a channel, or a head-to-head duel. */
export type ChallengeMode = 'round' | 'duel';
/** Which questions a round draws. */
export type ChallengeKind = 'mcq' | 'frq' | 'mixed';
/**
 * Where a challenge is in its life: a duel starts `invited` and becomes `running` (accepted),
 * `declined` or `expired`; a round starts `running`. A running one ends `finished` (after its
 * last question) or `stopped` (by /challenge stop).
 */
export type ChallengeStatus = 'invited' | 'running' | 'finished' | 'stopped' | 'declined' | 'expired';

/** Statuses after which nothing changes any more. */
export const ENDED_STATUSES: readonly ChallengeStatus[] = ['finished', 'stopped', 'declined', 'expired'];

/** One challenge as stored. */
export interface Challenge {
  readonly id: number;
  readonly guildId: string;
  readonly channelId: string;
  readonly mode: ChallengeMode;
  /** Who ran /challenge start or /challenge duel. */
  readonly starterId: string;
  /** The invited member of a duel; null for a round. */
  readonly opponentId: string | null;
  readonly topic: string | null;
  readonly kind: ChallengeKind;
  /** Time allowed per question. */
  readonly seconds: number;
  readonly questionCount: number;
  readonly status: ChallengeStatus;
  /** Index of the question in play (0-based); equals questionCount once every question is revealed. */
  readonly current: number;
  readonly createdAt: number;
  /** When a duel invitation lapses; null for rounds. */
  readonly inviteExpiresAt: number | null;
  readonly endedAt: number | null;
  /** The message that announced it (a duel's invitation); null until posted. */
  readonly messageId: string | null;
}

/** One question of a challenge and its timing. */
export interface ChallengeQuestion {
  readonly challengeId: number;
  readonly index: number;
  readonly questionId: string;
  /** When it was posted; null while it waits its turn. */
  readonly openedAt: number | null;
  /** openedAt + the challenge's seconds. */
  readonly deadline: number | null;
  readonly revealedAt: number | null;
  /** The public message that carries its buttons; null until posted. */
  readonly messageId: string | null;
}

/** A member's answer to one question of a challenge (at most one: the first counts). */
export interface ChallengeAnswer {
  readonly challengeId: number;
  readonly index: number;
  readonly userId: string;
  /** The chosen option id (MCQ) or the answer text (FRQ parts joined). */
  readonly answer: string;
  /** Rubric points earned (MCQ: 1 or 0). */
  readonly earned: number;
  readonly max: number;
  /** Full marks. */
  readonly correct: boolean;
  /** Speed bonus in hundredths of a point (see scoring.ts). */
  readonly bonusCenti: number;
  /** Milliseconds from the question's opening to the answer. */
  readonly elapsedMs: number;
  readonly at: number;
}
