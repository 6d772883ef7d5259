import type { Migration } from './types.js';

/**
 * Class channels, assignments and submissions. A submission points at the attempt recorded in the
 * progress store (so it counts for the student's own progress and `/privacy delete` removes it by
 * cascade); its score, points and misconceptions are read from there, never copied.
 */
export const classes: Migration = {
  version: 10,
  name: 'classes: class channels, assignments, submissions',
  up(db) {
    db.exec(`
      CREATE TABLE classes (
        id INTEGER PRIMARY KEY,
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL UNIQUE,
        teacher_id TEXT NOT NULL,
        teacher_role_id TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX classes_by_guild ON classes (guild_id);

      CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        class_id INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        reveal TEXT NOT NULL CHECK (reveal IN ('on-submit', 'after-due')),
        attempts INTEGER NOT NULL CHECK (attempts BETWEEN 1 AND 5),
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        message_id TEXT,
        closed_at INTEGER,
        summary_message_id TEXT
      ) STRICT;
      CREATE INDEX assignments_by_class ON assignments (class_id, created_at);
      CREATE INDEX assignments_open ON assignments (due_at) WHERE closed_at IS NULL;

      CREATE TABLE submissions (
        assignment_id INTEGER NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        attempt INTEGER NOT NULL CHECK (attempt >= 1),
        attempt_id TEXT NOT NULL UNIQUE REFERENCES attempts (id) ON DELETE CASCADE,
        display_name TEXT NOT NULL,
        submitted_at INTEGER NOT NULL,
        PRIMARY KEY (assignment_id, user_id, attempt)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

/** Questions a server imported with `/class import`, kept as the YAML the teacher sent. */
export const guildQuestions: Migration = {
  version: 11,
  name: 'classes: per-server imported questions',
  up(db) {
    db.exec(`
      CREATE TABLE guild_questions (
        guild_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        yaml TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (guild_id, question_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

/** The daily question: one schedule per class with its next run, and one claimed row per local date. */
export const dailySchedules: Migration = {
  version: 12,
  name: 'classes: daily question schedules and claimed runs',
  up(db) {
    db.exec(`
      CREATE TABLE class_schedules (
        class_id INTEGER PRIMARY KEY REFERENCES classes (id) ON DELETE CASCADE,
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        topic TEXT,
        next_run_at INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX class_schedules_next ON class_schedules (next_run_at);

      CREATE TABLE daily_runs (
        class_id INTEGER NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        question_id TEXT NOT NULL,
        claimed_at INTEGER NOT NULL,
        message_id TEXT,
        PRIMARY KEY (class_id, local_date)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
