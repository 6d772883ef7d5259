import type Database from 'better-sqlite3';

/** How many recently given questions are kept per member (never repeated while others fit). */
export const RECENT_KEPT = 5;

/**
 * Answer drafts (what a student last sent for a question, kept so a refused or unsent answer is
 * never lost, even across a restart) and the questions each member was just given.
 */
export class DraftRepo {
  private readonly saveStmt;
  private readonly getStmt;
  private readonly expireStmt;
  private readonly gaveStmt;
  private readonly trimStmt;
  private readonly recentStmt;
  private readonly givenAtStmt;

  constructor(readonly db: Database.Database) {
    this.saveStmt = db.prepare(
      `INSERT INTO drafts (guild_id, user_id, question_id, texts, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (guild_id, user_id, question_id) DO UPDATE SET texts = excluded.texts, updated_at = excluded.updated_at`,
    );
    this.getStmt = db.prepare<[string, string, string, number], { texts: string }>(
      'SELECT texts FROM drafts WHERE guild_id = ? AND user_id = ? AND question_id = ? AND updated_at >= ?',
    );
    this.expireStmt = db.prepare('DELETE FROM drafts WHERE updated_at < ?');
    this.gaveStmt = db.prepare(
      `INSERT INTO recent_questions (guild_id, user_id, question_id, at, via) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (guild_id, user_id, question_id) DO UPDATE SET at = excluded.at, via = excluded.via`,
    );
    this.trimStmt = db.prepare(
      `DELETE FROM recent_questions WHERE guild_id = ? AND user_id = ? AND question_id NOT IN
         (SELECT question_id FROM recent_questions WHERE guild_id = ? AND user_id = ? ORDER BY at DESC LIMIT ${RECENT_KEPT})`,
    );
    this.recentStmt = db.prepare<[string, string], { question_id: string }>(
      'SELECT question_id FROM recent_questions WHERE guild_id = ? AND user_id = ? ORDER BY at DESC',
    );
    this.givenAtStmt = db.prepare<[string, string, string], { at: number; via: 'quiz' | 'review' }>(
      'SELECT at, via FROM recent_questions WHERE guild_id = ? AND user_id = ? AND question_id = ?',
    );
  }

  save(guildId: string, userId: string, questionId: string, texts: readonly string[], at: number): void {
    this.saveStmt.run(guildId, userId, questionId, JSON.stringify(texts), at);
  }

  /** The draft if it was saved at or after `notBefore`. */
  get(guildId: string, userId: string, questionId: string, notBefore: number): string[] | undefined {
    const row = this.getStmt.get(guildId, userId, questionId, notBefore);
    if (!row) return undefined;
    const parsed: unknown = JSON.parse(row.texts);
    return Array.isArray(parsed) ? parsed.map(String) : undefined;
  }

  /** Deletes drafts last saved before `before`; returns how many. */
  expire(before: number): number {
    return this.expireStmt.run(before).changes;
  }

  /** Notes that the member was given `questionId` at `at` (by /quiz or /review), keeping only the latest few. */
  gave(
    guildId: string,
    userId: string,
    questionId: string,
    at: number,
    via: 'quiz' | 'review' = 'quiz',
  ): void {
    this.gaveStmt.run(guildId, userId, questionId, at, via);
    this.trimStmt.run(guildId, userId, guildId, userId);
  }

  /** Questions the member was given, most recent first. */
  recent(guildId: string, userId: string): string[] {
    return this.recentStmt.all(guildId, userId).map((r) => r.question_id);
  }

  /** When the member was last given `questionId`, if recently. */
  givenAt(guildId: string, userId: string, questionId: string): number | undefined {
    return this.givenAtStmt.get(guildId, userId, questionId)?.at;
  }

  /** Which command last gave the member `questionId` ('quiz' when unknown). */
  givenVia(guildId: string, userId: string, questionId: string): 'quiz' | 'review' {
    return this.givenAtStmt.get(guildId, userId, questionId)?.via ?? 'quiz';
  }
}

/** Factory for `store.repo(draftRepo)`. */
export const draftRepo = (db: Database.Database): DraftRepo => new DraftRepo(db);
