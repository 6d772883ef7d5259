import type Database from 'better-sqlite3';
import type { TopLevelSpec } from 'vega-lite';
import { type Bar, barUnit, lineUnit, stacked, type Tone } from '../charts/index.js';
import type { QuestionCatalog } from '../quiz/catalog.js';
import { humanizeTopic } from '../quiz/topics.js';
import { type AttemptRow, attemptRepo, decodePoints } from '../store/attempts.js';
import { cardRepo } from '../store/cards.js';
import { DAY_MS, memberRepo } from '../store/members.js';
import type { Store } from '../store/open.js';
import { type Streak, streakOf } from './streak.js';

/** Mastery of one topic or rubric point: earned ÷ available over every attempt, 0–1. */
export interface Mastery {
  readonly key: string;
  readonly label: string;
  readonly mastery: number;
  readonly attempts: number;
}

/** Everything /progress shows about one member in one server. */
export interface ProgressReport {
  readonly attempts: number;
  /** Rubric points earned ÷ available, 0–1 (0 with no attempts). */
  readonly accuracy: number;
  readonly fullMarks: number;
  readonly firstTryCorrect: number;
  readonly streak: Streak;
  readonly due: number;
  readonly termViews: number;
  readonly topics: Mastery[];
  readonly points: Mastery[];
  /** The latest attempts, each with its question's title when the catalog still has it. */
  readonly recent: (AttemptRow & { readonly title?: string })[];
  /** Score % per active UTC day (last 30), for the chart. */
  readonly daily: { at: number; percent: number }[];
}

const statements = (db: Database.Database) => ({
  totals: db.prepare<
    [string, string],
    {
      attempts: number;
      score: number | null;
      max: number | null;
      full: number | null;
      firstTry: number | null;
    }
  >(
    `SELECT count(*) AS attempts, sum(score) AS score, sum(max) AS max, sum(score = max AND max > 0) AS full,
            sum(first_try = 1 AND score = max AND max > 0) AS firstTry
     FROM attempts WHERE guild_id = ? AND user_id = ?`,
  ),
  byQuestion: db.prepare<[string, string], { questionId: string; n: number; score: number; max: number }>(
    `SELECT question_id AS questionId, count(*) AS n, sum(score) AS score, sum(max) AS max
     FROM attempts WHERE guild_id = ? AND user_id = ? GROUP BY question_id`,
  ),
  pointLists: db
    .prepare<[string, string], string>(
      "SELECT points FROM attempts WHERE guild_id = ? AND user_id = ? AND points <> ''",
    )
    .pluck(),
  termViews: db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM term_views WHERE guild_id = ? AND user_id = ?',
  ),
});

/** Attempts and earned count per rubric point id, over the `points` columns of a member's attempts. */
function pointTotals(lists: readonly string[]): Map<string, { n: number; earned: number }> {
  const totals = new Map<string, { n: number; earned: number }>();
  for (const list of lists) {
    for (const { id, earned } of decodePoints(list)) {
      const t = totals.get(id);
      if (t) {
        t.n++;
        if (earned) t.earned++;
      } else totals.set(id, { n: 1, earned: earned ? 1 : 0 });
    }
  }
  return totals;
}

/** Point labels by point id across the catalog's FRQs (ids are shared when the idea is the same). */
function pointLabels(catalog: QuestionCatalog): Map<string, string> {
  const labels = new Map<string, string>();
  for (const q of catalog.questions) {
    if (q.kind !== 'frq') continue;
    for (const part of q.parts) for (const p of part.points) if (!labels.has(p.id)) labels.set(p.id, p.label);
  }
  return labels;
}

/** Builds a member's progress report from the store (no chart; see {@link progressChartSpec}). */
export function progressReport(
  store: Store,
  catalog: QuestionCatalog,
  guildId: string,
  userId: string,
  now: Date,
): ProgressReport {
  const q = store.repo(statements);
  const totals = q.totals.get(guildId, userId);
  const days = store.repo(memberRepo).days(guildId, userId);
  const topicTotals = new Map<string, { score: number; max: number; n: number }>();
  for (const row of q.byQuestion.all(guildId, userId)) {
    for (const topic of catalog.get(row.questionId)?.topics ?? []) {
      const t = topicTotals.get(topic) ?? { score: 0, max: 0, n: 0 };
      t.score += row.score;
      t.max += row.max;
      t.n += row.n;
      topicTotals.set(topic, t);
    }
  }
  const topics = [...topicTotals]
    .map(([key, t]) => ({
      key,
      label: humanizeTopic(key),
      mastery: t.max > 0 ? t.score / t.max : 0,
      attempts: t.n,
    }))
    .sort((a, b) => b.attempts - a.attempts || a.key.localeCompare(b.key));
  const labels = pointLabels(catalog);
  const points = [...pointTotals(q.pointLists.all(guildId, userId))]
    .map(([id, p]) => ({
      key: id,
      label: labels.get(id) ?? id,
      mastery: p.earned / p.n,
      attempts: p.n,
    }))
    .sort((a, b) => a.mastery - b.mastery || b.attempts - a.attempts || a.key.localeCompare(b.key));
  return {
    attempts: totals?.attempts ?? 0,
    accuracy: totals?.max ? (totals.score ?? 0) / totals.max : 0,
    fullMarks: totals?.full ?? 0,
    firstTryCorrect: totals?.firstTry ?? 0,
    streak: streakOf(
      days.map((d) => d.day),
      now.getTime(),
    ),
    due: store.repo(cardRepo).countDue(guildId, userId, now.getTime()),
    termViews: q.termViews.get(guildId, userId)?.n ?? 0,
    topics,
    points,
    recent: store
      .repo(attemptRepo)
      .recent(guildId, userId, 5)
      .map((a) => {
        const title = catalog.get(a.questionId)?.title;
        return title ? { ...a, title } : a;
      }),
    daily: days.slice(-30).map((d) => ({
      at: d.day * DAY_MS,
      percent: d.max > 0 ? Math.round((100 * d.score) / d.max) : 0,
    })),
  };
}

function tone(mastery: number): Tone {
  if (mastery >= 0.8) return 'good';
  if (mastery >= 0.5) return 'partial';
  return 'bad';
}

/** The /progress chart: score per day over time, and mastery by topic (top 12 by attempts). */
export function progressChartSpec(report: ProgressReport): TopLevelSpec {
  const bars: Bar[] = report.topics.slice(0, 12).map((t) => ({
    label: t.label,
    value: Math.round(t.mastery * 100),
    tone: tone(t.mastery),
  }));
  return stacked([
    lineUnit({
      title: 'Score per day (%)',
      points: report.daily.map((d) => ({ at: d.at, value: d.percent })),
      valueTitle: '%',
      max: 100,
    }),
    barUnit({ title: 'Mastery by topic (%)', bars, valueTitle: '%', max: 100 }),
  ]);
}
