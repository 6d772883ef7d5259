import type Database from 'better-sqlite3';

/** What a review card schedules: a question, or a term card brought back by a missed point. */
export type ItemKind = 'question' | 'term';

/** A spaced-repetition card: ts-fsrs's fields as columns (times in ms UTC). */
export interface CardRow {
  readonly guildId: string;
  readonly userId: string;
  readonly itemKind: ItemKind;
  readonly itemId: string;
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: number;
  readonly lastReview: number | null;
  /** The score and maximum of the latest graded attempt (0/0 for a term card). */
  readonly lastScore: number;
  readonly lastMax: number;
}

interface RawCard {
  guild_id: string;
  user_id: string;
  item_kind: ItemKind;
  item_id: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: number | null;
  last_score: number;
  last_max: number;
}

/** A card's scheduling columns in the order {@link CardRepo.get} selects them. */
type CardColumns = [
  due: number,
  stability: number,
  difficulty: number,
  elapsedDays: number,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  state: number,
  lastReview: number | null,
  lastScore: number,
  lastMax: number,
];

function fromRaw(r: RawCard): CardRow {
  return {
    guildId: r.guild_id,
    userId: r.user_id,
    itemKind: r.item_kind,
    itemId: r.item_id,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.last_review,
    lastScore: r.last_score,
    lastMax: r.last_max,
  };
}

/** Review cards, statements prepared once. */
export class CardRepo {
  private readonly getStmt;
  private readonly upsertStmt;
  private readonly updateStmt;
  private readonly dueStmt;
  private readonly countDueStmt;
  private readonly weakStmt;

  constructor(readonly db: Database.Database) {
    // Read as an array: better-sqlite3 builds a row object one property at a time, which for these
    // columns cost more than the lookup itself, and this read is on every recorded attempt.
    this.getStmt = db
      .prepare<[string, string, string, string], CardColumns>(
        `SELECT due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state,
           last_review, last_score, last_max
         FROM review_cards WHERE guild_id = ? AND user_id = ? AND item_kind = ? AND item_id = ?`,
      )
      .raw();
    this.upsertStmt = db.prepare(
      `INSERT INTO review_cards (guild_id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days,
         scheduled_days, learning_steps, reps, lapses, state, last_review, last_score, last_max)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (guild_id, user_id, item_kind, item_id) DO UPDATE SET
         due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
         elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
         learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
         state = excluded.state, last_review = excluded.last_review, last_score = excluded.last_score,
         last_max = excluded.last_max`,
    );
    this.updateStmt = db.prepare(
      `UPDATE review_cards SET due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
         learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?, last_score = ?, last_max = ?
       WHERE guild_id = ? AND user_id = ? AND item_kind = ? AND item_id = ?`,
    );
    this.dueStmt = db.prepare<[string, string, number, number], RawCard>(
      'SELECT * FROM review_cards WHERE guild_id = ? AND user_id = ? AND due <= ? ORDER BY due LIMIT ?',
    );
    this.countDueStmt = db.prepare<[string, string, number], { n: number }>(
      'SELECT count(*) AS n FROM review_cards WHERE guild_id = ? AND user_id = ? AND due <= ?',
    );
    this.weakStmt = db.prepare<[string, string, number], RawCard>(
      `SELECT * FROM review_cards WHERE guild_id = ? AND user_id = ? AND item_kind = 'question'
         AND last_score < last_max ORDER BY last_review DESC LIMIT ?`,
    );
  }

  /** One card, or undefined when the member never reviewed the item. */
  get(guildId: string, userId: string, kind: ItemKind, itemId: string): CardRow | undefined {
    const r = this.getStmt.get(guildId, userId, kind, itemId);
    if (r === undefined) return undefined;
    return {
      guildId,
      userId,
      itemKind: kind,
      itemId,
      due: r[0],
      stability: r[1],
      difficulty: r[2],
      elapsedDays: r[3],
      scheduledDays: r[4],
      learningSteps: r[5],
      reps: r[6],
      lapses: r[7],
      state: r[8],
      lastReview: r[9],
      lastScore: r[10],
      lastMax: r[11],
    };
  }

  /**
   * Writes a card (call inside a transaction). `exists` says the caller just read it: an UPDATE of
   * the row is then one search instead of the upsert's failed insert followed by that search.
   */
  save(card: CardRow, exists = false): void {
    const state = [
      card.due,
      card.stability,
      card.difficulty,
      card.elapsedDays,
      card.scheduledDays,
      card.learningSteps,
      card.reps,
      card.lapses,
      card.state,
      card.lastReview,
      card.lastScore,
      card.lastMax,
    ];
    if (exists) this.updateStmt.run(...state, card.guildId, card.userId, card.itemKind, card.itemId);
    else this.upsertStmt.run(card.guildId, card.userId, card.itemKind, card.itemId, ...state);
  }

  /** Cards due at `now`, most overdue first. */
  due(guildId: string, userId: string, now: number, limit: number): CardRow[] {
    return this.dueStmt.all(guildId, userId, now, limit).map(fromRaw);
  }

  countDue(guildId: string, userId: string, now: number): number {
    return this.countDueStmt.get(guildId, userId, now)?.n ?? 0;
  }

  /** Question cards whose latest attempt missed something, most recent first. */
  weak(guildId: string, userId: string, limit: number): CardRow[] {
    return this.weakStmt.all(guildId, userId, limit).map(fromRaw);
  }
}

/** Factory for `store.repo(cardRepo)`. */
export const cardRepo = (db: Database.Database): CardRepo => new CardRepo(db);
