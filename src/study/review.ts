import type Database from 'better-sqlite3';
import type { QuestionCatalog, QuizFilter } from '../quiz/catalog.js';
import { pickQuestion } from '../quiz/pick.js';
import type { Random } from '../random.js';
import { attemptRepo } from '../store/attempts.js';
import { cardRepo } from '../store/cards.js';
import { draftRepo } from '../store/drafts.js';
import { DAY_MS } from '../store/members.js';
import type { Store } from '../store/open.js';
import { Rating, reviewCard } from './schedule.js';

/** New questions /review introduces per member per UTC day. */
export const NEW_PER_DAY = 10;

/** What /review serves next. */
export type ReviewItem =
  | { readonly kind: 'question'; readonly questionId: string; readonly reason: 'due' | 'new' | 'mistake' }
  | { readonly kind: 'term'; readonly termId: string; readonly reason: 'due' };

/** Why nothing was served, with the next due time when there is one. */
export interface NothingToReview {
  readonly kind: 'none';
  readonly nextDue?: number;
  readonly newCapReached: boolean;
}

const statements = (db: Database.Database) => ({
  newToday: db.prepare<[string, string, number], { n: number }>(
    `SELECT count(*) AS n FROM attempts WHERE guild_id = ? AND user_id = ? AND at >= ?
       AND source = 'review' AND first_try = 1`,
  ),
  nextDue: db.prepare<[string, string], { due: number | null }>(
    'SELECT min(due) AS due FROM review_cards WHERE guild_id = ? AND user_id = ?',
  ),
  termView: db.prepare('INSERT INTO term_views (guild_id, user_id, term_id, at) VALUES (?, ?, ?, ?)'),
  seen: db.prepare<[string, string], { question_id: string }>(
    'SELECT DISTINCT question_id FROM attempts WHERE guild_id = ? AND user_id = ?',
  ),
});

/** Drops the recently given ids from `ids` while something else remains. */
function preferNotRecent(ids: readonly string[], recent: readonly string[]): string[] {
  const fresh = ids.filter((id) => !recent.includes(id));
  return fresh.length > 0 ? fresh : [...ids];
}

/**
 * The next item for `/review`: what is due first (most overdue), then a new question under the
 * daily cap; with `mistakes`, only questions whose latest attempt missed something. Items no longer
 * in the content are skipped; the question just given is not repeated while another fits.
 */
export function nextReview(
  deps: { store: Store; random: Random },
  catalog: QuestionCatalog,
  hasTerm: (id: string) => boolean,
  key: { guildId: string; userId: string },
  mode: 'due' | 'mistakes',
  now: Date,
): ReviewItem | NothingToReview {
  const { store } = deps;
  const cards = store.repo(cardRepo);
  const recent = store.repo(draftRepo).recent(key.guildId, key.userId);
  const exists = (c: { itemKind: string; itemId: string }) =>
    c.itemKind === 'question' ? catalog.get(c.itemId) !== undefined : hasTerm(c.itemId);
  if (mode === 'mistakes') {
    const weak = cards.weak(key.guildId, key.userId, 50).filter(exists);
    const ids = preferNotRecent(
      weak.map((c) => c.itemId),
      recent.slice(0, 1),
    );
    const id = ids[0];
    return id === undefined
      ? { kind: 'none', newCapReached: false }
      : { kind: 'question', questionId: id, reason: 'mistake' };
  }
  const due = cards.due(key.guildId, key.userId, now.getTime(), 50).filter(exists);
  const dueIds = preferNotRecent(
    due.map((c) => `${c.itemKind}:${c.itemId}`),
    recent.slice(0, 1).map((id) => `question:${id}`),
  );
  const first = dueIds[0];
  if (first !== undefined) {
    const [kind, id] = [first.slice(0, first.indexOf(':')), first.slice(first.indexOf(':') + 1)];
    return kind === 'term'
      ? { kind: 'term', termId: id, reason: 'due' }
      : { kind: 'question', questionId: id, reason: 'due' };
  }
  const q = store.repo(statements);
  const dayStart = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const newToday = q.newToday.get(key.guildId, key.userId, dayStart)?.n ?? 0;
  const nextDue = q.nextDue.get(key.guildId, key.userId)?.due ?? undefined;
  if (newToday >= NEW_PER_DAY) return { kind: 'none', nextDue, newCapReached: true };
  const seen = new Set(q.seen.all(key.guildId, key.userId).map((r) => r.question_id));
  const unseen = catalog.questions.filter((question) => !seen.has(question.id));
  const picked = pickQuestion(unseen, recent, deps.random);
  return picked
    ? { kind: 'question', questionId: picked.id, reason: 'new' }
    : { kind: 'none', nextDue, newCapReached: false };
}

/**
 * What /quiz without a topic asks: a due question first, then one the member got partly wrong,
 * then any; never one of the last few given while another fits.
 */
export function pickForQuiz(
  deps: { store: Store; random: Random },
  catalog: QuestionCatalog,
  key: { guildId: string; userId: string },
  filter: QuizFilter,
  now: Date,
  avoid?: string,
) {
  const recent = deps.store.repo(draftRepo).recent(key.guildId, key.userId);
  const avoidList = avoid === undefined ? recent : [avoid, ...recent];
  const pool = catalog.matching(filter);
  if (filter.topic === undefined) {
    const inPool = new Set(pool.map((q) => q.id));
    const cards = deps.store.repo(cardRepo);
    const due = cards
      .due(key.guildId, key.userId, now.getTime(), 50)
      .filter((c) => c.itemKind === 'question' && inPool.has(c.itemId) && !avoidList.includes(c.itemId));
    const weak = cards
      .weak(key.guildId, key.userId, 50)
      .filter((c) => inPool.has(c.itemId) && !avoidList.includes(c.itemId));
    const preferred = due[0] ?? weak[0];
    if (preferred) return catalog.get(preferred.itemId);
  }
  return pickQuestion(pool, avoidList, deps.random);
}

/** Notes that a member viewed a term card (counts for progress; kept until they delete their data). */
export function recordTermView(
  deps: { store: Store },
  key: { guildId: string | null | undefined; userId: string },
  termId: string,
  at: number,
): void {
  const guildId = key.guildId ?? 'dm';
  const store = deps.store;
  store.write(() => {
    store.repo(attemptRepo).touch(guildId, key.userId, at);
    store.repo(statements).termView.run(guildId, key.userId, termId, at);
  });
}

/** Rates a due term card from /review: remembered → Good, forgotten → Again. */
export function reviewTerm(
  deps: { store: Store },
  key: { guildId: string; userId: string },
  termId: string,
  remembered: boolean,
  at: number,
): number {
  const cards = deps.store.repo(cardRepo);
  return deps.store.write(() => {
    const previous = cards.get(key.guildId, key.userId, 'term', termId);
    const rating = remembered ? Rating.Good : Rating.Again;
    const card = reviewCard({ ...key, itemKind: 'term', itemId: termId }, previous, rating, at, {
      score: 0,
      max: 0,
    });
    cards.save(card);
    return card.due;
  });
}
