import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { GradeResult, McqResult } from '../grading/index.js';
import {
  type AttemptKind,
  type AttemptPoint,
  type AttemptRow,
  type AttemptSource,
  attemptRepo,
} from '../store/attempts.js';
import { cardRepo } from '../store/cards.js';
import { draftRepo } from '../store/drafts.js';
import { DAY_MS, memberRepo } from '../store/members.js';
import type { Store } from '../store/open.js';
import { QUICK_MS, Rating, ratingFor, reviewCard } from './schedule.js';

/** The guild id under which answers given outside a server (in DMs) are kept. */
export const DM_GUILD = 'dm';

/** What recording needs from the app context. */
export interface StudyDeps {
  readonly store: Store;
  readonly clock: Clock;
}

/** A graded attempt to record; `points`/`misconceptions` come from {@link frqGrade} or {@link mcqGrade}. */
export interface AttemptInput {
  /** The server, or null/undefined for a DM. */
  readonly guildId: string | null | undefined;
  readonly userId: string;
  readonly questionId: string;
  readonly kind: AttemptKind;
  readonly source: AttemptSource;
  /** The assignment id or challenge round id the attempt belongs to. */
  readonly sourceRef?: string;
  /** What the student sent: their text (parts joined by blank lines) or the chosen MCQ option id. */
  readonly answer: string;
  readonly score: number;
  readonly max: number;
  /** Points on top of the score, e.g. a challenge's speed bonus (default 0). */
  readonly bonus?: number;
  readonly points?: readonly AttemptPoint[];
  readonly misconceptions?: readonly string[];
  /** How long the student took, when known (used to tell a quick answer from a slow one). */
  readonly durationMs?: number;
  /** When it was answered (default: the clock's now). */
  readonly at?: Date;
  /**
   * Term cards the question depends on (its `topics` that are cards): when a rubric point is missed
   * (score below the maximum) they come back for review.
   */
  readonly termIds?: readonly string[];
}

/** What {@link recordAttempt} stored. */
export interface RecordedAttempt {
  readonly id: string;
  readonly at: number;
  /** True when this was the member's first attempt at the question in this server. */
  readonly firstTry: boolean;
  /** When the question comes back for review (ms UTC). */
  readonly due: number;
}

/** Score, maximum, rubric points and misconceptions of a graded FRQ, in the shape recording takes. */
export function frqGrade(
  result: GradeResult,
): Pick<AttemptInput, 'score' | 'max' | 'points' | 'misconceptions'> {
  return {
    score: result.score,
    max: result.maxScore,
    points: result.points.map((p) => ({ id: p.id, earned: p.earned })),
    misconceptions: result.misconceptions.map((m) => m.id),
  };
}

/** The `sourceRef` of an answer pressed on a practice post (/quiz, /review): the post's message id. */
export function practicePostRef(messageId: string): string {
  return `post:${messageId}`;
}

/**
 * The option a member's first press on a practice multiple-choice post chose, or undefined when
 * this is their first press: only the first counts, and because it is read from the stored
 * attempt it still counts after the bot restarts.
 */
export function firstChoiceOnPost(store: Store, userId: string, messageId: string): string | undefined {
  return store.repo(attemptRepo).firstChoiceOnPost(userId, practicePostRef(messageId));
}

/** Score, maximum and the chosen option of a graded MCQ, in the shape recording takes. */
export function mcqGrade(result: McqResult): Pick<AttemptInput, 'score' | 'max' | 'answer'> {
  return { score: result.score, max: result.maxScore, answer: result.chosen.id };
}

/** The stored text of a multi-part answer: parts in order, separated by a blank line. */
export function answerText(parts: readonly string[]): string {
  return parts.length === 1 ? (parts[0] ?? '') : parts.map((p) => p.trim()).join('\n\n');
}

/**
 * A stored answer back as the parts {@link answerText} joined, for grading it again (feedback
 * shown later). When a part itself held a blank line the split cannot be undone: then the whole
 * text comes back as one, and the grader reads it as one answer.
 */
export function answerParts(stored: string, parts: number): string[] {
  if (parts <= 1) return [stored];
  const split = stored.split('\n\n');
  return split.length === parts ? split : [stored];
}

/** A question given more than this long ago is not timed (the student came back later). */
const TIMING_WINDOW_MS = DAY_MS;

/**
 * Records one graded attempt — the member row, the attempt, its rubric points and misconceptions,
 * the day's totals (streaks, leaderboard) and the question's spaced-review card, plus the term cards
 * a missed point depends on — as one IMMEDIATE transaction, so a crash keeps all of it or none.
 * Every source (quiz, review, assignment, challenge) records through here, so progress, spaced
 * review and the leaderboard see the same history.
 */
export function recordAttempt(deps: StudyDeps, input: AttemptInput): RecordedAttempt {
  const repo = deps.store.repo(attemptRepo);
  const members = deps.store.repo(memberRepo);
  const cards = deps.store.repo(cardRepo);
  const drafts = deps.store.repo(draftRepo);
  const at = (input.at ?? deps.clock.now()).getTime();
  const guildId = input.guildId ?? DM_GUILD;
  if (!(input.score >= 0 && input.max >= 0 && input.score <= input.max)) {
    throw new RangeError(`attempt score ${input.score}/${input.max} is out of range`);
  }
  return deps.store.write(() => {
    const userId = input.userId;
    const score = input.score;
    const max = input.max;
    const bonus = Math.max(0, Math.round(input.bonus ?? 0));
    repo.touchWithAttempt(guildId, userId, at, score, bonus, max);
    // Every answered question has a review card, so no card means this is the first try.
    const previous = cards.get(guildId, userId, 'question', input.questionId);
    const firstTry = previous === undefined;
    let durationMs = input.durationMs;
    if (durationMs === undefined) {
      const givenAt = drafts.givenAt(guildId, userId, input.questionId);
      if (givenAt !== undefined && at - givenAt <= TIMING_WINDOW_MS) durationMs = at - givenAt;
    }
    const row: AttemptRow = {
      id: randomUUID(),
      guildId,
      userId,
      questionId: input.questionId,
      kind: input.kind,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      answer: input.answer,
      score,
      max,
      bonus,
      firstTry,
      durationMs: durationMs ?? null,
      at,
    };
    repo.insert(row, input.points ?? [], input.misconceptions ?? []);
    members.addToDay(guildId, userId, at, score, bonus, max);

    const quick = durationMs !== undefined && durationMs <= QUICK_MS[input.kind];
    const rating = ratingFor(score, max, quick, firstTry);
    const card = reviewCard(
      { guildId, userId, itemKind: 'question', itemId: input.questionId },
      previous,
      rating,
      at,
      row,
    );
    cards.save(card, !firstTry);
    if (score < max) {
      for (const termId of input.termIds ?? []) {
        const old = cards.get(guildId, userId, 'term', termId);
        const key = { guildId, userId, itemKind: 'term' as const, itemId: termId };
        cards.save(reviewCard(key, old, Rating.Again, at, { score: 0, max: 0 }), old !== undefined);
      }
    }
    return { id: row.id, at, firstTry, due: card.due };
  });
}
