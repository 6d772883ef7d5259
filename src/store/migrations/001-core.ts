import type { Migration } from './types.js';

/**
 * The core of the progress store: members per server and every graded attempt, with one child row
 * per rubric point (earned or missed) and per misconception, so "most missed point" and mastery are
 * plain indexed queries rather than JSON parsing.
 */
export const core: Migration = {
  version: 1,
  name: 'core: members, attempts, attempt points and misconceptions',
  up(db) {
    db.exec(`
      CREATE TABLE members (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        first_seen_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        leaderboard_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (leaderboard_opt_out IN (0, 1)),
        progress_public INTEGER NOT NULL DEFAULT 0 CHECK (progress_public IN (0, 1)),
        PRIMARY KEY (guild_id, user_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE attempts (
        id TEXT PRIMARY KEY,
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('frq', 'mcq')),
        source TEXT NOT NULL CHECK (source IN ('quiz', 'review', 'assignment', 'challenge')),
        source_ref TEXT,
        answer TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score >= 0),
        max INTEGER NOT NULL CHECK (max >= 0),
        bonus INTEGER NOT NULL DEFAULT 0 CHECK (bonus >= 0),
        first_try INTEGER NOT NULL DEFAULT 0 CHECK (first_try IN (0, 1)),
        duration_ms INTEGER,
        at INTEGER NOT NULL,
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX attempts_by_member ON attempts (guild_id, user_id, at);
      CREATE INDEX attempts_by_member_question ON attempts (guild_id, user_id, question_id, at);
      CREATE INDEX attempts_by_guild_time ON attempts (guild_id, at, user_id, score, max, bonus);
      CREATE INDEX attempts_by_source ON attempts (source, source_ref);

      CREATE TABLE attempt_points (
        attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        point_id TEXT NOT NULL,
        earned INTEGER NOT NULL CHECK (earned IN (0, 1)),
        PRIMARY KEY (attempt_id, point_id)
      ) STRICT;
      CREATE INDEX attempt_points_by_point ON attempt_points (point_id, earned);

      CREATE TABLE attempt_misconceptions (
        attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        misconception_id TEXT NOT NULL,
        PRIMARY KEY (attempt_id, misconception_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
