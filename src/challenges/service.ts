import type { Clock } from '../clock.js';
import type { Question } from '../content/question-schema.js';
import type { QuestionCatalog } from '../quiz/catalog.js';
import type { Random } from '../random.js';
import type { Store } from '../store/open.js';
import { challengeRepo } from './repo.js';
import { LIMITS, planQuestions } from './rules.js';
import type { Challenge, ChallengeAnswer, ChallengeKind, ChallengeQuestion } from './types.js';

/** What the challenge service needs from the app context. */
export interface ChallengeDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly random: Random;
  readonly questions: QuestionCatalog;
}

/** A question that is open for answers: its place in the challenge and its content. */
export interface OpenQuestion {
  readonly challenge: Challenge;
  readonly question: ChallengeQuestion;
  readonly content: Question;
}

function repoOf(deps: ChallengeDeps) {
  return deps.store.repo(challengeRepo);
}

/** The content of a stored question; a question removed from the pack since is reported, not guessed. */
export function contentOf(deps: ChallengeDeps, questionId: string): Question {
  const found = deps.questions.get(questionId);
  if (!found) throw new Error(`challenge question "${questionId}" is no longer in the question bank`);
  return found;
}

/** The question currently open in a challenge, if it is running. */
export function currentQuestion(deps: ChallengeDeps, challengeId: number): OpenQuestion | undefined {
  const repo = repoOf(deps);
  const challenge = repo.get(challengeId);
  if (challenge?.status !== 'running') return undefined;
  const question = repo.question(challengeId, challenge.current);
  if (!question) return undefined;
  return { challenge, question, content: contentOf(deps, question.questionId) };
}

/** A challenge by id. */
export function getChallenge(deps: ChallengeDeps, id: number): Challenge | undefined {
  return repoOf(deps).get(id);
}

/** Every answer given in a challenge, oldest first per question. */
export function answersOf(deps: ChallengeDeps, id: number): ChallengeAnswer[] {
  return repoOf(deps).answers(id);
}

/** Every challenge still waiting for something (an invitation, a question's time). */
export function openChallenges(deps: ChallengeDeps): Challenge[] {
  return repoOf(deps).open();
}

/** Notes the message a question was posted in, so presses on other messages can be told apart. */
export function setQuestionMessage(deps: ChallengeDeps, id: number, index: number, messageId: string): void {
  repoOf(deps).setQuestionMessage(id, index, messageId);
}

/** Notes the message that announced a challenge (a duel's invitation). */
export function setChallengeMessage(deps: ChallengeDeps, id: number, messageId: string): void {
  repoOf(deps).setMessage(id, messageId);
}

/** Options of /challenge start, already checked against {@link LIMITS}. */
export interface RoundRequest {
  readonly guildId: string;
  readonly channelId: string;
  readonly starterId: string;
  /** A topic or unit key the catalog knows, or undefined for any. */
  readonly topic?: string | undefined;
  readonly kind: ChallengeKind;
  readonly count: number;
  readonly seconds: number;
}

/** The outcome of starting a round. */
export type StartOutcome =
  | { readonly ok: true; readonly first: OpenQuestion }
  /** `messageId`: the running round's current question message, to point at. */
  | {
      readonly ok: false;
      readonly reason: 'busy';
      readonly running: Challenge;
      readonly messageId: string | null;
    }
  | { readonly ok: false; readonly reason: 'no-questions' };

function pool(deps: ChallengeDeps, topic: string | undefined, kind: ChallengeKind) {
  return deps.questions.matching({ topic, kind: kind === 'mixed' ? undefined : kind });
}

/**
 * Starts a round in a channel and opens its first question, in one transaction; refused when a
 * round is already running there (the unique index makes this hold across processes too).
 */
export function startRound(deps: ChallengeDeps, req: RoundRequest): StartOutcome {
  const repo = repoOf(deps);
  const busy = (running: Challenge): StartOutcome => ({
    ok: false,
    reason: 'busy',
    running,
    messageId: repo.question(running.id, running.current)?.messageId ?? null,
  });
  const running = repo.runningRoundIn(req.channelId);
  if (running) return busy(running);
  const planned = planQuestions(pool(deps, req.topic, req.kind), req.count, req.kind, deps.random);
  if (planned.length === 0) return { ok: false, reason: 'no-questions' };
  const now = deps.clock.now().getTime();
  try {
    const id = deps.store.write(() => {
      const newId = repo.insert(
        {
          guildId: req.guildId,
          channelId: req.channelId,
          mode: 'round',
          starterId: req.starterId,
          opponentId: null,
          topic: req.topic ?? null,
          kind: req.kind,
          seconds: req.seconds,
          questionCount: planned.length,
          status: 'running',
          createdAt: now,
          inviteExpiresAt: null,
        },
        planned.map((q) => q.id),
      );
      repo.openQuestion(newId, 0, now, now + req.seconds * 1000);
      return newId;
    });
    return { ok: true, first: currentQuestion(deps, id) as OpenQuestion };
  } catch (error) {
    // Another start won the race for this channel between our check and our insert.
    const winner = repo.runningRoundIn(req.channelId);
    if (winner) return busy(winner);
    throw error;
  }
}

/** What revealing a question produced: its answers and, after it, the next question or the end. */
export interface RevealResult {
  readonly challenge: Challenge;
  readonly question: ChallengeQuestion;
  readonly content: Question;
  /** This question's answers, first first. */
  readonly answers: readonly ChallengeAnswer[];
  /** Every answer in the challenge so far (for the standings). */
  readonly allAnswers: readonly ChallengeAnswer[];
  /** The question opened after it; undefined after the last one. */
  readonly next?: OpenQuestion;
  /** True when this was the last question and the challenge is now finished. */
  readonly finished: boolean;
}

/**
 * Reveals question `index` if it is still the open one and not revealed yet, then opens the next
 * question or finishes the challenge, in one transaction. Returns undefined when someone else (the
 * timer, an early reveal, another process) already did, so a reveal is posted exactly once.
 */
export function revealQuestion(
  deps: ChallengeDeps,
  challengeId: number,
  index: number,
): RevealResult | undefined {
  const repo = repoOf(deps);
  const now = deps.clock.now().getTime();
  const done = deps.store.write(() => {
    const challenge = repo.get(challengeId);
    if (challenge?.status !== 'running' || challenge.current !== index) return undefined;
    if (!repo.reveal(challengeId, index, now)) return undefined;
    const nextIndex = index + 1;
    if (nextIndex < challenge.questionCount) {
      repo.setCurrent(challengeId, nextIndex);
      repo.openQuestion(challengeId, nextIndex, now, now + challenge.seconds * 1000);
      return { finished: false };
    }
    repo.setCurrent(challengeId, challenge.questionCount);
    repo.transition(challengeId, 'running', 'finished', now);
    return { finished: true };
  });
  if (!done) return undefined;
  const challenge = repo.get(challengeId) as Challenge;
  const question = repo.question(challengeId, index) as ChallengeQuestion;
  const next = done.finished ? undefined : currentQuestion(deps, challengeId);
  return {
    challenge,
    question,
    content: contentOf(deps, question.questionId),
    answers: repo.answersTo(challengeId, index),
    allAnswers: repo.answers(challengeId),
    ...(next ? { next } : {}),
    finished: done.finished,
  };
}

/** The outcome of /challenge stop. */
export type StopOutcome =
  | { readonly ok: true; readonly challenge: Challenge; readonly answers: readonly ChallengeAnswer[] }
  | { readonly ok: false; readonly reason: 'none' | 'not-allowed'; readonly running?: Challenge };

/** Stops the round running in a channel: only its starter or a member who may manage messages. */
export function stopRound(
  deps: ChallengeDeps,
  req: { readonly channelId: string; readonly userId: string; readonly canManageMessages: boolean },
): StopOutcome {
  const repo = repoOf(deps);
  const running = repo.runningRoundIn(req.channelId);
  if (!running) return { ok: false, reason: 'none' };
  if (running.starterId !== req.userId && !req.canManageMessages)
    return { ok: false, reason: 'not-allowed', running };
  const now = deps.clock.now().getTime();
  if (!repo.transition(running.id, 'running', 'stopped', now)) return { ok: false, reason: 'none' };
  return { ok: true, challenge: repo.get(running.id) as Challenge, answers: repo.answers(running.id) };
}

export { LIMITS };
