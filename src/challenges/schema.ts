import type Database from 'better-sqlite3';

/**
 * Migration 20: challenges, who started them, their questions and every answer. Every column that
 * names a member is called `user_id` (the store's convention), so /privacy delete finds them all.
 * The one-running-round-per-channel
 * rule is a unique partial index, so two /challenge start at the same instant (or from two bot
 * processes) cannot both win. An answer's primary key is (challenge, question, member): the first
 * answer is the one stored, whatever arrives after it.
 */
export function createChallengeTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE challenges (
      id INTEGER PRIMARY KEY,
      guild_id TEXT NOT NULL,
      channel_id TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('round', 'duel')),
      topic TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('mcq', 'frq', 'mixed')),
      seconds INTEGER NOT NULL CHECK (seconds > 0),
      question_count INTEGER NOT NULL CHECK (question_count > 0),
      status TEXT NOT NULL CHECK (status IN ('invited', 'running', 'finished', 'stopped', 'declined', 'expired')),
      current INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      invite_expires_at INTEGER,
      ended_at INTEGER,
      message_id TEXT
    ) STRICT;
    CREATE UNIQUE INDEX challenges_one_round_per_channel ON challenges (channel_id)
      WHERE mode = 'round' AND status = 'running';
    CREATE INDEX challenges_open ON challenges (status) WHERE status IN ('invited', 'running');

    -- Who started a challenge and whom a duel invited. Kept apart, in a user_id column, so that
    -- /privacy delete (which clears every user_id column) forgets a member without deleting a round
    -- other members played in.
    CREATE TABLE challenge_members (
      challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('starter', 'opponent')),
      user_id TEXT NOT NULL,
      PRIMARY KEY (challenge_id, role)
    ) STRICT;
    CREATE INDEX challenge_members_by_user ON challenge_members (user_id);

    CREATE TABLE challenge_questions (
      challenge_id INTEGER NOT NULL REFERENCES challenges (id) ON DELETE CASCADE,
      idx INTEGER NOT NULL CHECK (idx >= 0),
      question_id TEXT NOT NULL,
      opened_at INTEGER,
      deadline INTEGER,
      revealed_at INTEGER,
      message_id TEXT,
      PRIMARY KEY (challenge_id, idx)
    ) STRICT;

    CREATE TABLE challenge_answers (
      challenge_id INTEGER NOT NULL,
      idx INTEGER NOT NULL,
      user_id TEXT NOT NULL,
      answer TEXT NOT NULL,
      earned INTEGER NOT NULL CHECK (earned >= 0),
      max INTEGER NOT NULL CHECK (max >= 0),
      correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
      bonus_centi INTEGER NOT NULL CHECK (bonus_centi >= 0),
      elapsed_ms INTEGER NOT NULL CHECK (elapsed_ms >= 0),
      at INTEGER NOT NULL,
      PRIMARY KEY (challenge_id, idx, user_id),
      FOREIGN KEY (challenge_id, idx) REFERENCES challenge_questions (challenge_id, idx) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX challenge_answers_by_user ON challenge_answers (user_id);
  `);
}
