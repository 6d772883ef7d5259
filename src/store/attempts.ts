import type Database from 'better-sqlite3';

/** Where an attempt came from. */
export type AttemptSource = 'quiz' | 'review' | 'assignment' | 'challenge';
/** The question kinds that are graded. */
export type AttemptKind = 'frq' | 'mcq';

/** One graded attempt as stored. */
export interface AttemptRow {
  readonly id: string;
  readonly guildId: string;
  readonly userId: string;
  readonly questionId: string;
  readonly kind: AttemptKind;
  readonly source: AttemptSource;
  /** The assignment or challenge round the attempt belongs to, if any. */
  readonly sourceRef: string | null;
  readonly answer: string;
  readonly score: number;
  readonly max: number;
  /** Extra points beyond the score (a challenge's speed bonus); counts on the leaderboard. */
  readonly bonus: number;
  readonly firstTry: boolean;
  readonly durationMs: number | null;
  /** Milliseconds since the epoch, UTC. */
  readonly at: number;
}

/** A rubric point of one attempt. */
export interface AttemptPoint {
  readonly id: string;
  readonly earned: boolean;
}

/** Marks a missed point in the `points` column (ids are kebab-case, so none starts with it). */
const MISSED = '!';

function checkId(id: string, what: string): string {
  if (id === '' || id.startsWith(MISSED) || /\s/.test(id)) {
    throw new RangeError(`${what} id ${JSON.stringify(id)} cannot be stored (ids are kebab-case)`);
  }
  return id;
}

/**
 * The `points` column of an attempt: ids in rubric order separated by one space, a missed one
 * with a leading `!` (`"ach-binds !triggers-ap"`); '' for none (an MCQ).
 */
export function encodePoints(points: readonly AttemptPoint[]): string {
  let text = '';
  for (const p of points) {
    const id = checkId(p.id, 'rubric point');
    text += text === '' ? '' : ' ';
    text += p.earned ? id : MISSED + id;
  }
  return text;
}

/** The rubric points a `points` column holds, in rubric order. */
export function decodePoints(text: string): AttemptPoint[] {
  if (text === '') return [];
  return text
    .split(' ')
    .map((t) => (t.startsWith(MISSED) ? { id: t.slice(1), earned: false } : { id: t, earned: true }));
}

/**
 * The `misconceptions` column: distinct ids, sorted, separated by one space (sorted as the old
 * child table returned them, so reports list them the same way for old and new attempts).
 */
export function encodeIds(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  return [...new Set(ids)]
    .map((id) => checkId(id, 'misconception'))
    .sort()
    .join(' ');
}

/** The ids a `misconceptions` column holds. */
export function decodeIds(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

interface RawAttempt {
  id: string;
  guild_id: string;
  user_id: string;
  question_id: string;
  kind: AttemptKind;
  source: AttemptSource;
  source_ref: string | null;
  answer: string;
  score: number;
  max: number;
  bonus: number;
  first_try: number;
  duration_ms: number | null;
  at: number;
}

function fromRaw(r: RawAttempt): AttemptRow {
  return {
    id: r.id,
    guildId: r.guild_id,
    userId: r.user_id,
    questionId: r.question_id,
    kind: r.kind,
    source: r.source,
    sourceRef: r.source_ref,
    answer: r.answer,
    score: r.score,
    max: r.max,
    bonus: r.bonus,
    firstTry: r.first_try === 1,
    durationMs: r.duration_ms,
    at: r.at,
  };
}

/**
 * Members and attempts: the statements behind recording and reading graded attempts, prepared once.
 * Writes here are single statements; the study service wraps them in one transaction per attempt.
 */
export class AttemptRepo {
  private readonly touchMember;
  private readonly addTotals;
  private readonly insertAttempt;
  private readonly countQuestion;
  private readonly byId;
  private readonly pointsOf;
  private readonly recentOf;
  private readonly choiceOnPost;

  constructor(readonly db: Database.Database) {
    this.touchMember = db.prepare(
      `INSERT INTO members (guild_id, user_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (guild_id, user_id) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
    );
    this.addTotals = db.prepare(
      `INSERT INTO members (guild_id, user_id, first_seen_at, last_seen_at, attempts, score, points, max)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?)
       ON CONFLICT (guild_id, user_id) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at),
         attempts = attempts + 1, score = score + excluded.score, points = points + excluded.points,
         max = max + excluded.max`,
    );
    this.insertAttempt = db.prepare(
      `INSERT INTO attempts (id, guild_id, user_id, question_id, kind, source, source_ref, answer, score, max,
         bonus, first_try, duration_ms, at, points, misconceptions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.countQuestion = db.prepare<[string, string, string], { n: number }>(
      'SELECT count(*) AS n FROM (SELECT 1 FROM attempts WHERE guild_id = ? AND user_id = ? AND question_id = ? LIMIT 1)',
    );
    this.byId = db.prepare<[string], RawAttempt>('SELECT * FROM attempts WHERE id = ?');
    this.pointsOf = db.prepare<[string], { points: string; misconceptions: string }>(
      'SELECT points, misconceptions FROM attempts WHERE id = ?',
    );
    this.recentOf = db.prepare<[string, string, number], RawAttempt>(
      'SELECT * FROM attempts WHERE guild_id = ? AND user_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
    );
    // attempts_by_source (source, source_ref) finds the post's few rows.
    this.choiceOnPost = db.prepare<[string, string], { answer: string }>(
      `SELECT answer FROM attempts WHERE source IN ('quiz', 'review') AND source_ref = ? AND user_id = ?
       ORDER BY at, rowid LIMIT 1`,
    );
  }

  /**
   * The choice a member's first press on a practice post recorded (`sourceRef` names the post), or
   * undefined when they have not answered it: the first press counts, also after a restart.
   */
  firstChoiceOnPost(userId: string, sourceRef: string): string | undefined {
    return this.choiceOnPost.get(sourceRef, userId)?.answer;
  }

  /** Creates the member row if missing and notes activity. */
  touch(guildId: string, userId: string, at: number): void {
    this.touchMember.run(guildId, userId, at, at);
  }

  /** Creates the member row if missing, notes activity and adds one attempt to their running totals. */
  touchWithAttempt(
    guildId: string,
    userId: string,
    at: number,
    score: number,
    bonus: number,
    max: number,
  ): void {
    this.addTotals.run(guildId, userId, at, at, score, score + bonus, max);
  }

  /** Whether the member has answered `questionId` before (in this server). */
  hasAnswered(guildId: string, userId: string, questionId: string): boolean {
    return (this.countQuestion.get(guildId, userId, questionId)?.n ?? 0) > 0;
  }

  /** Inserts an attempt with its rubric points and misconceptions on the row (one statement). */
  insert(row: AttemptRow, points: readonly AttemptPoint[], misconceptions: readonly string[]): void {
    this.insertAttempt.run(
      row.id,
      row.guildId,
      row.userId,
      row.questionId,
      row.kind,
      row.source,
      row.sourceRef,
      row.answer,
      row.score,
      row.max,
      row.bonus,
      row.firstTry ? 1 : 0,
      row.durationMs,
      row.at,
      encodePoints(points),
      encodeIds(misconceptions),
    );
  }

  /** One attempt by id, or undefined. */
  get(id: string): AttemptRow | undefined {
    const raw = this.byId.get(id);
    return raw ? fromRaw(raw) : undefined;
  }

  /** The rubric points of an attempt, in grading order ([] for an unknown id). */
  points(attemptId: string): AttemptPoint[] {
    return decodePoints(this.pointsOf.get(attemptId)?.points ?? '');
  }

  /** The misconception ids an attempt showed ([] for an unknown id). */
  misconceptions(attemptId: string): string[] {
    return decodeIds(this.pointsOf.get(attemptId)?.misconceptions ?? '');
  }

  /** A member's latest attempts in a server, newest first. */
  recent(guildId: string, userId: string, limit: number): AttemptRow[] {
    return this.recentOf.all(guildId, userId, limit).map(fromRaw);
  }
}

/** The repository factory for `store.repo(attemptRepo)`. */
export const attemptRepo = (db: Database.Database): AttemptRepo => new AttemptRepo(db);
