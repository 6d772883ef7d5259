import type Database from 'better-sqlite3';

/** Milliseconds in a UTC day; `day` columns are whole days since the epoch. */
export const DAY_MS = 86_400_000;

/** A member's choices about their own data in one server. */
export interface MemberPrefs {
  readonly leaderboardOptOut: boolean;
  readonly progressPublic: boolean;
}

/** One day of a member's activity. */
export interface DayRow {
  readonly day: number;
  readonly attempts: number;
  /** Rubric points earned (without bonus). */
  readonly score: number;
  /** Score plus bonus: what the leaderboard counts. */
  readonly points: number;
  readonly max: number;
}

/** Members' preferences and their daily totals (streaks, leaderboards), statements prepared once. */
export class MemberRepo {
  private readonly prefsStmt;
  private readonly setOptOutStmt;
  private readonly setPublicStmt;
  private readonly addDayStmt;
  private readonly daysStmt;

  constructor(readonly db: Database.Database) {
    this.prefsStmt = db.prepare<[string, string], { leaderboard_opt_out: number; progress_public: number }>(
      'SELECT leaderboard_opt_out, progress_public FROM members WHERE guild_id = ? AND user_id = ?',
    );
    this.setOptOutStmt = db.prepare(
      'UPDATE members SET leaderboard_opt_out = ? WHERE guild_id = ? AND user_id = ?',
    );
    this.setPublicStmt = db.prepare(
      'UPDATE members SET progress_public = ? WHERE guild_id = ? AND user_id = ?',
    );
    this.addDayStmt = db.prepare(
      `INSERT INTO member_days (guild_id, user_id, day, attempts, score, points, max) VALUES (?, ?, ?, 1, ?, ?, ?)
       ON CONFLICT (guild_id, user_id, day) DO UPDATE SET attempts = attempts + 1, score = score + excluded.score,
         points = points + excluded.points, max = max + excluded.max`,
    );
    // Without statistics the planner would range over the whole server's days (the table is
    // clustered by guild and day, for the leaderboards); one member's days are in this index.
    this.daysStmt = db.prepare<[string, string], DayRow>(
      `SELECT day, attempts, score, points, max FROM member_days INDEXED BY member_days_by_member
       WHERE guild_id = ? AND user_id = ? ORDER BY day`,
    );
  }

  prefs(guildId: string, userId: string): MemberPrefs {
    const row = this.prefsStmt.get(guildId, userId);
    return { leaderboardOptOut: row?.leaderboard_opt_out === 1, progressPublic: row?.progress_public === 1 };
  }

  /** Sets the leaderboard opt-out (the member row must exist; see AttemptRepo.touch). */
  setLeaderboardOptOut(guildId: string, userId: string, optOut: boolean): void {
    this.setOptOutStmt.run(optOut ? 1 : 0, guildId, userId);
  }

  setProgressPublic(guildId: string, userId: string, isPublic: boolean): void {
    this.setPublicStmt.run(isPublic ? 1 : 0, guildId, userId);
  }

  /** Adds one attempt's score, points (score + bonus) and maximum to its UTC day. */
  addToDay(guildId: string, userId: string, at: number, score: number, bonus: number, max: number): void {
    this.addDayStmt.run(guildId, userId, Math.floor(at / DAY_MS), score, score + bonus, max);
  }

  /** Every active day of a member, oldest first. */
  days(guildId: string, userId: string): DayRow[] {
    return this.daysStmt.all(guildId, userId);
  }
}

/** Factory for `store.repo(memberRepo)`. */
export const memberRepo = (db: Database.Database): MemberRepo => new MemberRepo(db);
