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
  private readonly insertPoint;
  private readonly insertMisconception;
  private readonly countQuestion;
  private readonly byId;
  private readonly pointsOf;
  private readonly misconceptionsOf;
  private readonly recentOf;

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
         bonus, first_try, duration_ms, at)
       VALUES (@id, @guildId, @userId, @questionId, @kind, @source, @sourceRef, @answer, @score, @max,
         @bonus, @firstTry, @durationMs, @at)`,
    );
    this.insertPoint = db.prepare(
      'INSERT INTO attempt_points (attempt_id, point_id, earned) VALUES (?, ?, ?)',
    );
    this.insertMisconception = db.prepare(
      'INSERT OR IGNORE INTO attempt_misconceptions (attempt_id, misconception_id) VALUES (?, ?)',
    );
    this.countQuestion = db.prepare<[string, string, string], { n: number }>(
      'SELECT count(*) AS n FROM (SELECT 1 FROM attempts WHERE guild_id = ? AND user_id = ? AND question_id = ? LIMIT 1)',
    );
    this.byId = db.prepare<[string], RawAttempt>('SELECT * FROM attempts WHERE id = ?');
    this.pointsOf = db.prepare<[string], { point_id: string; earned: number }>(
      'SELECT point_id, earned FROM attempt_points WHERE attempt_id = ? ORDER BY rowid',
    );
    this.misconceptionsOf = db.prepare<[string], { misconception_id: string }>(
      'SELECT misconception_id FROM attempt_misconceptions WHERE attempt_id = ? ORDER BY misconception_id',
    );
    this.recentOf = db.prepare<[string, string, number], RawAttempt>(
      'SELECT * FROM attempts WHERE guild_id = ? AND user_id = ? ORDER BY at DESC, rowid DESC LIMIT ?',
    );
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

  /** Inserts an attempt and its child rows (call inside a transaction). */
  insert(row: AttemptRow, points: readonly AttemptPoint[], misconceptions: readonly string[]): void {
    this.insertAttempt.run({ ...row, firstTry: row.firstTry ? 1 : 0 });
    for (const p of points) this.insertPoint.run(row.id, p.id, p.earned ? 1 : 0);
    for (const m of misconceptions) this.insertMisconception.run(row.id, m);
  }

  /** One attempt by id, or undefined. */
  get(id: string): AttemptRow | undefined {
    const raw = this.byId.get(id);
    return raw ? fromRaw(raw) : undefined;
  }

  /** The rubric points of an attempt, in grading order. */
  points(attemptId: string): AttemptPoint[] {
    return this.pointsOf.all(attemptId).map((p) => ({ id: p.point_id, earned: p.earned === 1 }));
  }

  /** The misconception ids an attempt showed. */
  misconceptions(attemptId: string): string[] {
    return this.misconceptionsOf.all(attemptId).map((m) => m.misconception_id);
  }

  /** A member's latest attempts in a server, newest first. */
  recent(guildId: string, userId: string, limit: number): AttemptRow[] {
    return this.recentOf.all(guildId, userId, limit).map(fromRaw);
  }
}

/** The repository factory for `store.repo(attemptRepo)`. */
export const attemptRepo = (db: Database.Database): AttemptRepo => new AttemptRepo(db);
