import type { ChallengeAnswer } from './types.js';

/**
 * Points in a challenge: the rubric points an answer earns (an MCQ is worth 1), plus a speed bonus
 * in hundredths of a point. The bonus for one question is at most ⌊99 ÷ questions⌋ hundredths, so
 * a whole round's bonus stays below one point: a member with more points from correct answers is
 * always ahead, however fast the other was. Speed only separates members with equal points.
 */

/** The largest speed bonus (hundredths) one question can give in a round of `questionCount`. */
export function maxBonusCenti(questionCount: number): number {
  return Math.floor(99 / Math.max(1, questionCount));
}

/**
 * The speed bonus (hundredths of a point) for an answer that earned `earned` of `max` points after
 * `elapsedMs` of a `limitMs` window: nothing for an answer that earned nothing, otherwise the share
 * of time left, scaled by the share of points earned, rounded down.
 */
export function speedBonusCenti(
  earned: number,
  max: number,
  elapsedMs: number,
  limitMs: number,
  questionCount: number,
): number {
  if (earned <= 0 || max <= 0 || limitMs <= 0) return 0;
  const left = Math.min(1, Math.max(0, 1 - elapsedMs / limitMs));
  return Math.floor(maxBonusCenti(questionCount) * left * Math.min(1, earned / max));
}

/** One member's line in the standings. */
export interface Standing {
  readonly userId: string;
  /** 1 for the leader; members with the same total share a place (1, 1, 3). */
  readonly place: number;
  /** Rubric points earned. */
  readonly points: number;
  /** Speed bonus, hundredths of a point. */
  readonly bonusCenti: number;
  /** Questions answered with full marks. */
  readonly correct: number;
  readonly answered: number;
}

/** points + bonus as a number ("3.42"), for display. */
export function totalOf(s: Pick<Standing, 'points' | 'bonusCenti'>): number {
  return (s.points * 100 + s.bonusCenti) / 100;
}

/**
 * Standings from every answer so far: highest total first; equal totals share a place, and the
 * next place skips accordingly (1, 1, 3). Members with equal totals are listed by who answered
 * first, so the order is stable. `players` are listed with nothing when they gave no answer.
 */
export function standingsOf(
  answers: readonly ChallengeAnswer[],
  players: readonly string[] = [],
): Standing[] {
  const byUser = new Map<
    string,
    { points: number; bonusCenti: number; correct: number; answered: number; first: number }
  >();
  for (const a of answers) {
    const s = byUser.get(a.userId) ?? { points: 0, bonusCenti: 0, correct: 0, answered: 0, first: a.at };
    s.points += a.earned;
    s.bonusCenti += a.bonusCenti;
    s.correct += a.correct ? 1 : 0;
    s.answered += 1;
    s.first = Math.min(s.first, a.at);
    byUser.set(a.userId, s);
  }
  // Members who must be listed even without an answer (a duelist who never answered) come last.
  for (const id of players) {
    if (!byUser.has(id))
      byUser.set(id, { points: 0, bonusCenti: 0, correct: 0, answered: 0, first: Number.MAX_SAFE_INTEGER });
  }
  const rows = [...byUser.entries()].map(([userId, s]) => ({
    userId,
    ...s,
    key: s.points * 100 + s.bonusCenti,
  }));
  rows.sort((a, b) => b.key - a.key || a.first - b.first || a.userId.localeCompare(b.userId));
  let place = 0;
  return rows.map((r, i) => {
    if (i === 0 || r.key !== rows[i - 1]?.key) place = i + 1;
    return {
      userId: r.userId,
      place,
      points: r.points,
      bonusCenti: r.bonusCenti,
      correct: r.correct,
      answered: r.answered,
    };
  });
}

/** The members on the podium: everyone in places 1 to 3 (ties can put more than three there). */
export function podiumOf(standings: readonly Standing[]): Standing[] {
  return standings.filter((s) => s.place <= 3);
}

/** What the reveal of one question says. */
export interface QuestionSummary {
  readonly answered: number;
  /** Answers with full marks. */
  readonly correct: number;
  /** Rubric points earned by all answers together, and the most they could have earned. */
  readonly earned: number;
  readonly possible: number;
  /** The quickest full-marks answer, if any. */
  readonly fastest?: { readonly userId: string; readonly elapsedMs: number };
}

/** How one question went: how many answered, how many got it, and the fastest correct answer. */
export function summarizeQuestion(answers: readonly ChallengeAnswer[]): QuestionSummary {
  let fastest: ChallengeAnswer | undefined;
  let correct = 0;
  let earned = 0;
  let possible = 0;
  for (const a of answers) {
    earned += a.earned;
    possible += a.max;
    if (!a.correct) continue;
    correct++;
    if (
      !fastest ||
      a.elapsedMs < fastest.elapsedMs ||
      (a.elapsedMs === fastest.elapsedMs && a.at < fastest.at)
    )
      fastest = a;
  }
  return {
    answered: answers.length,
    correct,
    earned,
    possible,
    ...(fastest ? { fastest: { userId: fastest.userId, elapsedMs: fastest.elapsedMs } } : {}),
  };
}
