import { answerFrq, answerMcq } from '../quiz/index.js';
import { answerText, frqGrade, mcqGrade, recordAttempt } from '../study/record.js';
import { challengeRepo } from './repo.js';
import { admitAnswer, everyoneAnswered, type Refusal } from './rules.js';
import { speedBonusCenti } from './scoring.js';
import { type ChallengeDeps, contentOf, type OpenQuestion } from './service.js';
import type { Challenge, ChallengeAnswer, ChallengeQuestion } from './types.js';

/*
 * Answers: whether a member may answer now, and taking an answer (check, grade, store, record the
 * attempt) so that no refused or racing answer changes a score.
 */

function repoOf(deps: ChallengeDeps) {
  return deps.store.repo(challengeRepo);
}

/**
 * Who is answering which question of which challenge; `messageId` is the message whose button was
 * pressed (a round checks it is the question's own).
 */
export interface AnswerRequest {
  readonly challengeId: number;
  readonly index: number;
  readonly userId: string;
  readonly messageId?: string | undefined;
}

/**
 * Whether `userId` may answer question `index` right now (before opening an answer form, so a
 * member is told at once rather than after writing). Changes nothing.
 */
export function checkCanAnswer(
  deps: ChallengeDeps,
  req: AnswerRequest,
): { ok: true; open: OpenQuestion } | { ok: false; reason: Refusal } {
  const repo = repoOf(deps);
  const challenge = repo.get(req.challengeId);
  const question = repo.question(req.challengeId, req.index);
  const verdict = admitAnswer(challenge, question, {
    userId: req.userId,
    index: req.index,
    now: deps.clock.now().getTime(),
    messageId: req.messageId,
    alreadyAnswered: question ? repo.hasAnswered(req.challengeId, req.index, req.userId) : false,
  });
  if (!verdict.ok) return verdict;
  const content = contentOf(deps, (question as ChallengeQuestion).questionId);
  return {
    ok: true,
    open: { challenge: challenge as Challenge, question: question as ChallengeQuestion, content },
  };
}

/** What a member sent: a choice, or the text of each part of the answer form. */
export type Response =
  | { readonly kind: 'mcq'; readonly choiceId: string }
  | { readonly kind: 'frq'; readonly texts: readonly string[] };

/** The outcome of an answer. */
export type AnswerOutcome =
  | {
      readonly ok: true;
      readonly answer: ChallengeAnswer;
      readonly question: ChallengeQuestion;
      readonly challenge: Challenge;
      /** True when this answer completed the set of players, so the question can be revealed now. */
      readonly everyoneAnswered: boolean;
    }
  | { readonly ok: false; readonly reason: Refusal; readonly question?: ChallengeQuestion }
  /** An FRQ answer that could not be graded (empty, too long…): not counted, may be sent again. */
  | { readonly ok: false; readonly reason: 'unreadable'; readonly message: string };

/** Whether question `index` can be revealed early ({@link everyoneAnswered}), from two small queries. */
function answeredByAll(repo: ReturnType<typeof repoOf>, challenge: Challenge, index: number): boolean {
  if (challenge.mode === 'duel') {
    const answered = new Set(
      [challenge.starterId, challenge.opponentId ?? ''].filter((id) =>
        repo.hasAnswered(challenge.id, index, id),
      ),
    );
    return everyoneAnswered(challenge, new Set(), answered);
  }
  const { earlier, missing } = repo.waitingFor(challenge.id, index);
  return earlier > 0 && missing === 0;
}

/**
 * Takes one answer: checks it may count ({@link admitAnswer}), grades it, and stores it together
 * with the attempt that feeds progress, spaced review and the leaderboard, in one transaction. The
 * check is repeated inside the transaction, so two presses racing each other cannot both count.
 */
export function submitAnswer(
  deps: ChallengeDeps,
  req: AnswerRequest & { readonly response: Response },
): AnswerOutcome {
  const repo = repoOf(deps);
  const now = deps.clock.now().getTime();
  const check = () => {
    const challenge = repo.get(req.challengeId);
    const question = repo.question(req.challengeId, req.index);
    const verdict = admitAnswer(challenge, question, {
      userId: req.userId,
      index: req.index,
      now,
      messageId: req.messageId,
      alreadyAnswered: question ? repo.hasAnswered(req.challengeId, req.index, req.userId) : false,
    });
    return { challenge, question, verdict };
  };
  const first = check();
  if (!first.verdict.ok)
    return {
      ok: false,
      reason: first.verdict.reason,
      ...(first.question ? { question: first.question } : {}),
    };
  const challenge = first.challenge as Challenge;
  const question = first.question as ChallengeQuestion;
  const content = contentOf(deps, question.questionId);
  if (content.kind !== req.response.kind) return { ok: false, reason: 'forged', question };

  // Grade outside the transaction: grading is the slow part and needs no lock.
  let graded: { earned: number; max: number; answer: string; record: Parameters<typeof recordAttempt>[1] };
  const base = {
    guildId: challenge.guildId,
    userId: req.userId,
    questionId: content.id,
    source: 'challenge' as const,
    sourceRef: String(challenge.id),
    at: new Date(now),
  };
  if (req.response.kind === 'mcq') {
    const mcq = deps.questions.mcq(content.id);
    const result = mcq && answerMcq(mcq, req.response.choiceId);
    if (!result) return { ok: false, reason: 'forged', question };
    const fields = mcqGrade(result);
    graded = {
      earned: result.score,
      max: result.maxScore,
      answer: result.chosen.id,
      record: { ...base, kind: 'mcq', ...fields },
    };
  } else {
    const frq = deps.questions.frq(content.id);
    if (!frq) return { ok: false, reason: 'forged', question };
    const outcome = answerFrq(frq.question, frq.rubric, req.response.texts);
    if (outcome.kind === 'rejected') return { ok: false, reason: 'unreadable', message: outcome.message };
    const text = answerText(req.response.texts);
    graded = {
      earned: outcome.result.score,
      max: outcome.result.maxScore,
      answer: text,
      record: { ...base, kind: 'frq', answer: text, ...frqGrade(outcome.result) },
    };
  }

  return deps.store.write((): AnswerOutcome => {
    const again = check();
    if (!again.verdict.ok) return { ok: false, reason: again.verdict.reason, question };
    const elapsedMs = again.verdict.elapsedMs;
    const answer: ChallengeAnswer = {
      challengeId: challenge.id,
      index: req.index,
      userId: req.userId,
      answer: graded.answer,
      earned: graded.earned,
      max: graded.max,
      correct: graded.max > 0 && graded.earned >= graded.max,
      bonusCenti: speedBonusCenti(
        graded.earned,
        graded.max,
        elapsedMs,
        challenge.seconds * 1000,
        challenge.questionCount,
      ),
      elapsedMs,
      at: now,
    };
    if (!repo.insertAnswer(answer)) return { ok: false, reason: 'already', question };
    // The speed bonus is hundredths of a point and whole rounds stay under one point; the attempt's
    // bonus column holds whole points, so the attempt carries the rubric score and no bonus.
    recordAttempt(deps, { ...graded.record, durationMs: elapsedMs });
    return {
      ok: true,
      answer,
      question,
      challenge,
      everyoneAnswered: answeredByAll(repo, challenge, req.index),
    };
  });
}
