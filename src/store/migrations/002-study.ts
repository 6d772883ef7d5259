import type { Migration } from './types.js';

/**
 * What builds on the attempts: term cards viewed, spaced-repetition cards (ts-fsrs fields as columns,
 * so "what is due" is one indexed range query) and their review log, answer drafts that survive a
 * restart, the questions each member was just given, and per-member daily and all-time totals that
 * make streaks and leaderboards cheap. The totals are backfilled from attempts already stored.
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

      -- Running totals on the member row: the all-time leaderboard reads 5,000 rows, not 500,000 attempts.
      ALTER TABLE members ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE members ADD COLUMN score INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE members ADD COLUMN points INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE members ADD COLUMN max INTEGER NOT NULL DEFAULT 0;
      UPDATE members SET
        attempts = (SELECT count(*) FROM attempts a WHERE a.guild_id = members.guild_id AND a.user_id = members.user_id),
        score = coalesce((SELECT sum(score) FROM attempts a WHERE a.guild_id = members.guild_id AND a.user_id = members.user_id), 0),
        points = coalesce((SELECT sum(score + bonus) FROM attempts a WHERE a.guild_id = members.guild_id AND a.user_id = members.user_id), 0),
        max = coalesce((SELECT sum(max) FROM attempts a WHERE a.guild_id = members.guild_id AND a.user_id = members.user_id), 0);
      CREATE INDEX members_board ON members (guild_id, leaderboard_opt_out, points, score, max, attempts, user_id);

      -- /progress reads a member's attempts through covering indexes (no table lookups per row).
      CREATE INDEX attempts_member_stats ON attempts (guild_id, user_id, question_id, score, max, first_try, id);
      -- Every index is written on every answer: drop those that the queries above made redundant
      -- (a member's questions, the per-guild time order the daily totals replaced, points by id).
      DROP INDEX attempts_by_member_question;
      DROP INDEX attempts_by_guild_time;
      DROP INDEX attempt_points_by_point;
      CREATE INDEX attempt_points_cover ON attempt_points (attempt_id, point_id, earned);

      INSERT INTO member_days (guild_id, user_id, day, attempts, score, points, max)
        SELECT guild_id, user_id, at / 86400000, count(*), sum(score), sum(score + bonus), sum(max)
        FROM attempts GROUP BY guild_id, user_id, at / 86400000;
    `);
  },
};
