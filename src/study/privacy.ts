import type Database from 'better-sqlite3';
import { decodeIds, decodePoints } from '../store/attempts.js';
import { memberRepo } from '../store/members.js';
import type { Store } from '../store/open.js';
import { type Streak, streakOf } from './streak.js';

/**
 * Columns that name a member. Every room names its member columns this way, so `/privacy delete`
 * finds rows in tables it has never heard of (classes, challenges) without a list to keep up to date.
 */
export const MEMBER_COLUMNS: readonly string[] = ['user_id', 'member_id', 'student_id'];

/** The JSON a member gets from `/privacy export` (names fixed by the issue; more may be added). */
export interface MemberExport {
  readonly member: string;
  readonly exported_at: string;
  readonly attempts: {
    server: string;
    question: string;
    kind: string;
    source: string;
    score: number;
    max: number;
    bonus: number;
    points: string[];
    missed_points: string[];
    misconceptions: string[];
    answer: string;
    at: string;
  }[];
  readonly reviews: {
    server: string;
    item: string;
    kind: string;
    due: string;
    reps: number;
    lapses: number;
    state: number;
    last_review: string | null;
  }[];
  readonly term_views: { server: string; term: string; at: string }[];
  readonly drafts: { server: string; question: string; texts: string[]; at: string }[];
  readonly servers: { server: string; leaderboard: 'on' | 'off'; progress: 'public' | 'private' }[];
  readonly streak: Streak & { server: string };
}

const iso = (ms: number) => new Date(ms).toISOString();

const statements = (db: Database.Database) => ({
  attempts: db.prepare<
    [string],
    {
      guild_id: string;
      question_id: string;
      kind: string;
      source: string;
      score: number;
      max: number;
      bonus: number;
      points: string;
      misconceptions: string;
      answer: string;
      at: number;
    }
  >(
    `SELECT guild_id, question_id, kind, source, score, max, bonus, points, misconceptions, answer, at
     FROM attempts WHERE user_id = ? ORDER BY at, rowid`,
  ),
  cards: db.prepare<
    [string],
    {
      guild_id: string;
      item_kind: string;
      item_id: string;
      due: number;
      reps: number;
      lapses: number;
      state: number;
      last_review: number | null;
    }
  >('SELECT * FROM review_cards WHERE user_id = ? ORDER BY guild_id, item_kind, item_id'),
  views: db.prepare<[string], { guild_id: string; term_id: string; at: number }>(
    'SELECT guild_id, term_id, at FROM term_views WHERE user_id = ? ORDER BY at, id',
  ),
  drafts: db.prepare<[string], { guild_id: string; question_id: string; texts: string; updated_at: number }>(
    'SELECT guild_id, question_id, texts, updated_at FROM drafts WHERE user_id = ? ORDER BY updated_at',
  ),
  servers: db.prepare<[string], { guild_id: string; leaderboard_opt_out: number; progress_public: number }>(
    'SELECT guild_id, leaderboard_opt_out, progress_public FROM members WHERE user_id = ? ORDER BY guild_id',
  ),
});

/** Everything stored about a member, in every server; the streak is the one in `guildId`. */
export function exportMember(store: Store, userId: string, guildId: string, now: Date): MemberExport {
  const q = store.repo(statements);
  const attempts = q.attempts.all(userId).map((a) => {
    const points = decodePoints(a.points);
    return {
      server: a.guild_id,
      question: a.question_id,
      kind: a.kind,
      source: a.source,
      score: a.score,
      max: a.max,
      bonus: a.bonus,
      points: points.filter((p) => p.earned).map((p) => p.id),
      missed_points: points.filter((p) => !p.earned).map((p) => p.id),
      misconceptions: decodeIds(a.misconceptions),
      answer: a.answer,
      at: iso(a.at),
    };
  });
  const days = store.repo(memberRepo).days(guildId, userId);
  return {
    member: userId,
    exported_at: now.toISOString(),
    attempts,
    reviews: q.cards.all(userId).map((c) => ({
      server: c.guild_id,
      item: c.item_id,
      kind: c.item_kind,
      due: iso(c.due),
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      last_review: c.last_review === null ? null : iso(c.last_review),
    })),
    term_views: q.views.all(userId).map((v) => ({ server: v.guild_id, term: v.term_id, at: iso(v.at) })),
    drafts: q.drafts.all(userId).map((d) => ({
      server: d.guild_id,
      question: d.question_id,
      texts: JSON.parse(d.texts) as string[],
      at: iso(d.updated_at),
    })),
    servers: q.servers.all(userId).map((m) => ({
      server: m.guild_id,
      leaderboard: m.leaderboard_opt_out === 1 ? 'off' : 'on',
      progress: m.progress_public === 1 ? 'public' : 'private',
    })),
    streak: {
      server: guildId,
      ...streakOf(
        days.map((d) => d.day),
        now.getTime(),
      ),
    },
  };
}

/** Every (table, column) pair that names a member, read from the schema itself. */
export function memberColumns(db: Database.Database): { table: string; column: string }[] {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  return tables.flatMap(({ name }) =>
    db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${name.replace(/'/g, "''")}')`)
      .all()
      .filter((c) => MEMBER_COLUMNS.includes(c.name))
      .map((c) => ({ table: name, column: c.name })),
  );
}

/**
 * Removes every row about a member in every server and every table (rows that hang off theirs
 * without naming them go by ON DELETE CASCADE), as one transaction. Returns rows deleted per table.
 */
export function deleteMember(store: Store, userId: string): Record<string, number> {
  const targets = memberColumns(store.db);
  return store.write(() => {
    const deleted: Record<string, number> = {};
    // Children first where it matters is handled by cascades; members last so nothing dangles mid-way.
    const ordered = [
      ...targets.filter((t) => t.table !== 'members'),
      ...targets.filter((t) => t.table === 'members'),
    ];
    for (const { table, column } of ordered) {
      const sql = `DELETE FROM "${table.replace(/"/g, '""')}" WHERE "${column}" = ?`;
      const n = store.db.prepare(sql).run(userId).changes;
      deleted[table] = (deleted[table] ?? 0) + n;
    }
    return deleted;
  });
}
