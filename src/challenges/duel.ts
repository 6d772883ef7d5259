import { challengeRepo } from './repo.js';
import { checkDuel, type DuelRefusal, LIMITS, planQuestions } from './rules.js';
import { type ChallengeDeps, currentQuestion, type OpenQuestion } from './service.js';
import type { Challenge } from './types.js';

/** Options of /challenge duel, already checked against {@link LIMITS}. */
export interface DuelRequest {
  readonly guildId: string;
  readonly channelId: string;
  readonly starterId: string;
  readonly opponentId: string;
  readonly opponentIsBot: boolean;
  readonly topic?: string | undefined;
  readonly count: number;
}

/** The outcome of offering a duel. */
export type InviteOutcome =
  | { readonly ok: true; readonly challenge: Challenge }
  | { readonly ok: false; readonly reason: DuelRefusal | 'no-questions' };

/**
 * Offers a duel: the questions are drawn now (mixed kinds), and the invitation lapses after five
 * minutes. Refused for yourself, a bot, or when either member already has a duel offered or running.
 */
export function inviteDuel(deps: ChallengeDeps, req: DuelRequest): InviteOutcome {
  const repo = deps.store.repo(challengeRepo);
  const refusal = checkDuel({
    starterId: req.starterId,
    opponentId: req.opponentId,
    opponentIsBot: req.opponentIsBot,
    starterBusy: repo.activeDuelOf(req.guildId, req.starterId) !== undefined,
    opponentBusy: repo.activeDuelOf(req.guildId, req.opponentId) !== undefined,
  });
  if (refusal) return { ok: false, reason: refusal };
  const pool = deps.questions.matching({ topic: req.topic });
  const planned = planQuestions(pool, req.count, 'mixed', deps.random);
  if (planned.length === 0) return { ok: false, reason: 'no-questions' };
  const now = deps.clock.now().getTime();
  const id = deps.store.write(() =>
    repo.insert(
      {
        guildId: req.guildId,
        channelId: req.channelId,
        mode: 'duel',
        starterId: req.starterId,
        opponentId: req.opponentId,
        topic: req.topic ?? null,
        kind: 'mixed',
        seconds: LIMITS.duelSeconds,
        questionCount: planned.length,
        status: 'invited',
        createdAt: now,
        inviteExpiresAt: now + LIMITS.inviteMs,
      },
      planned.map((q) => q.id),
    ),
  );
  return { ok: true, challenge: repo.get(id) as Challenge };
}

/** Why an invitation cannot be answered. */
export type ReplyRefusal = 'gone' | 'not-invitee' | 'expired' | 'answered';

/** The outcome of accepting or declining. */
export type ReplyOutcome =
  | { readonly ok: true; readonly challenge: Challenge; readonly first?: OpenQuestion }
  | { readonly ok: false; readonly reason: ReplyRefusal; readonly challenge?: Challenge };

function checkReply(deps: ChallengeDeps, id: number, userId: string): ReplyOutcome | Challenge {
  const challenge = deps.store.repo(challengeRepo).get(id);
  if (challenge?.mode !== 'duel') return { ok: false, reason: 'gone' };
  if (challenge.opponentId !== userId) return { ok: false, reason: 'not-invitee', challenge };
  const now = deps.clock.now().getTime();
  if (
    challenge.status === 'expired' ||
    (challenge.status === 'invited' && now >= (challenge.inviteExpiresAt ?? 0))
  )
    return { ok: false, reason: 'expired', challenge };
  if (challenge.status !== 'invited') return { ok: false, reason: 'answered', challenge };
  return challenge;
}

/** The invited member accepts: the duel starts and its first question opens. */
export function acceptDuel(deps: ChallengeDeps, id: number, userId: string): ReplyOutcome {
  const checked = checkReply(deps, id, userId);
  if ('ok' in checked) return checked;
  const repo = deps.store.repo(challengeRepo);
  const now = deps.clock.now().getTime();
  const started = deps.store.write(() => {
    if (!repo.transition(id, 'invited', 'running', null)) return false;
    repo.openQuestion(id, 0, now, now + checked.seconds * 1000);
    return true;
  });
  if (!started) return { ok: false, reason: 'answered', challenge: repo.get(id) };
  const first = currentQuestion(deps, id);
  return { ok: true, challenge: repo.get(id) as Challenge, ...(first ? { first } : {}) };
}

/** The invited member declines. */
export function declineDuel(deps: ChallengeDeps, id: number, userId: string): ReplyOutcome {
  const checked = checkReply(deps, id, userId);
  if ('ok' in checked) return checked;
  const repo = deps.store.repo(challengeRepo);
  if (!repo.transition(id, 'invited', 'declined', deps.clock.now().getTime()))
    return { ok: false, reason: 'answered', challenge: repo.get(id) };
  return { ok: true, challenge: repo.get(id) as Challenge };
}

/** Lapses an invitation nobody answered in time; undefined when it was answered already. */
export function expireInvite(deps: ChallengeDeps, id: number): Challenge | undefined {
  const repo = deps.store.repo(challengeRepo);
  if (!repo.transition(id, 'invited', 'expired', deps.clock.now().getTime())) return undefined;
  return repo.get(id);
}
