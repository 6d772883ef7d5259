import type { Migration } from './types.js';

/**
 * What builds on the attempts: term cards viewed, spaced-repetition cards (ts-fsrs fields as columns,
 * so "what is due" is one indexed range query) and their review log, answer drafts that survive a
 * restart, the questions each member was just given, and per-member daily totals that make streaks
 * and leaderboards cheap. The daily totals are backfilled from attempts already stored.
 */
export const study: Migration = {
  version: 2,
  name: 'study: term views, review cards and log, drafts, recent questions, member days',
  up(db) {
    db.exec(`
      CREATE TABLE term_views (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        term_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX term_views_by_member ON term_views (guild_id, user_id, at);

      CREATE TABLE review_cards (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('question', 'term')),
        item_id TEXT NOT NULL,
        due INTEGER NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        elapsed_days INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        state INTEGER NOT NULL,
        last_review INTEGER,
        last_score INTEGER NOT NULL DEFAULT 0,
        last_max INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (guild_id, user_id, item_kind, item_id),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX review_cards_due ON review_cards (guild_id, user_id, due);

      CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        item_kind TEXT NOT NULL,
        item_id TEXT NOT NULL,
        rating INTEGER NOT NULL,
        state INTEGER NOT NULL,
        due INTEGER NOT NULL,
        at INTEGER NOT NULL,
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX review_log_by_member ON review_log (guild_id, user_id, at);

      CREATE TABLE drafts (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        texts TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (guild_id, user_id, question_id),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX drafts_by_age ON drafts (updated_at);

      CREATE TABLE recent_questions (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        via TEXT NOT NULL DEFAULT 'quiz' CHECK (via IN ('quiz', 'review')),
        PRIMARY KEY (guild_id, user_id, question_id),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE member_days (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        day INTEGER NOT NULL,
        attempts INTEGER NOT NULL,
        score INTEGER NOT NULL,
        points INTEGER NOT NULL,
        max INTEGER NOT NULL,
        PRIMARY KEY (guild_id, user_id, day),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX member_days_by_day ON member_days (guild_id, day, user_id, points, score, max, attempts);

      INSERT INTO member_days (guild_id, user_id, day, attempts, score, points, max)
        SELECT guild_id, user_id, at / 86400000, count(*), sum(score), sum(score + bonus), sum(max)
        FROM attempts GROUP BY guild_id, user_id, at / 86400000;
    `);
  },
};
