import type { Submission } from './types.js';

/** How often something came up, for "most missed" and "most common" lists. */
export interface Tally {
  readonly id: string;
  readonly label: string;
  readonly count: number;
}

/** What a class summary shows: no names, only counts. */
export interface ClassSummary {
  /** Students who submitted (their latest attempt counts). */
  readonly submitted: number;
  readonly maxScore: number;
  /** Students per score, index = score (0..maxScore). */
  readonly distribution: readonly number[];
  /** Mean score of the latest attempts; 0 with no submissions. */
  readonly mean: number;
  /** Rubric points by how many students missed them, most missed first (only points missed at least once). */
  readonly mostMissed: readonly Tally[];
  /** Misconceptions by how many students showed them, most common first. */
  readonly misconceptions: readonly Tally[];
}

/** Each student's latest attempt, in submission order (what results, summaries and reports count). */
export function latestPerStudent(submissions: readonly Submission[]): Submission[] {
  const latest = new Map<string, Submission>();
  for (const s of submissions) {
    const prev = latest.get(s.memberId);
    if (!prev || s.attempt > prev.attempt) latest.set(s.memberId, s);
  }
  return [...latest.values()].sort((a, b) => a.submittedAt - b.submittedAt || a.attempt - b.attempt);
}

/** The most entries a tally shows when several are tied with the last of the top ones. */
const TIE_LIMIT = 8;

/**
 * Aggregates an assignment's submissions into a summary with no names in it: the count, the score
 * distribution, the rubric points most often missed and the most common misconceptions (the top
 * `top`, and any tied with the last of them).
 * `maxScore` comes from the question, so an assignment nobody answered still has a scale.
 */
export function summarize(submissions: readonly Submission[], maxScore: number, top = 3): ClassSummary {
  const latest = latestPerStudent(submissions);
  const distribution = Array.from({ length: maxScore + 1 }, () => 0);
  const missed = new Map<string, { label: string; count: number; order: number }>();
  const wrong = new Map<string, { label: string; count: number; order: number }>();
  let total = 0;
  for (const s of latest) {
    const score = Math.max(0, Math.min(maxScore, s.score));
    distribution[score] = (distribution[score] ?? 0) + 1;
    total += score;
    for (const p of s.points) {
      if (p.earned) continue;
      const entry = missed.get(p.id) ?? { label: p.label, count: 0, order: missed.size };
      entry.count++;
      missed.set(p.id, entry);
    }
    for (const m of new Map(s.misconceptions.map((x) => [x.id, x])).values()) {
      const entry = wrong.get(m.id) ?? { label: m.label, count: 0, order: wrong.size };
      entry.count++;
      wrong.set(m.id, entry);
    }
  }
  const rank = (map: Map<string, { label: string; count: number; order: number }>) => {
    const sorted = [...map.entries()].sort(([, a], [, b]) => b.count - a.count || a.order - b.order);
    // Ties with the last one shown are shown too (up to TIE_LIMIT in all): a fourth point missed
    // as often as the third was left out without a word (teacher set 6).
    let cut = Math.min(top, sorted.length);
    while (cut < sorted.length && cut < TIE_LIMIT && sorted[cut]?.[1].count === sorted[cut - 1]?.[1].count)
      cut++;
    return sorted.slice(0, cut).map(([id, v]) => ({ id, label: v.label, count: v.count }));
  };
  return {
    submitted: latest.length,
    maxScore,
    distribution,
    mean: latest.length === 0 ? 0 : total / latest.length,
    mostMissed: rank(missed),
    misconceptions: rank(wrong),
  };
}
