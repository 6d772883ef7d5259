import type { Migration } from './types.js';

/**
 * Makes recording an attempt cheaper: every statement and every b-tree touched costs on each answer.
 *
 * - An attempt's rubric points and misconceptions move onto the attempt row, as `points` (point ids
 *   in rubric order separated by one space, a missed point written with a leading `!`:
 *   `"ach-binds na-enters !triggers-ap"`) and `misconceptions` (distinct ids, sorted, separated by
 *   one space). Ids are kebab-case (`idSchema`), so neither a space nor a leading `!` can be part
 *   of one. The child tables cost four inserts into three b-trees each per FRQ answer; nothing
 *   needed them as tables (every reader wants the points of given attempts, which the row now
 *   holds). Backfilled from the old tables, then those are dropped.
 * - `review_log` is dropped: nothing ever read it. Each question review it logged is an attempt
 *   row already (question, score, time; the rating follows from them); a term card's reviews are
 *   kept where scheduling reads them, on the card (reps, lapses, last review).
 * - `attempts_by_source` is dropped: no query of the bot filters attempts by source first (the
 *   review cap filters a member's attempts, found through `attempts_by_member`).
 * - `review_cards_due` is dropped: every due query is for one member, whose cards (one per question
 *   or term answered, bounded by the content) the primary key already groups; the index was
 *   rewritten on every answer because `due` changes each time.
 * - Running totals are no longer copied into indexes that every answer rewrites. `members_board`
 *   is dropped: `members` is clustered by (guild, user), so the all-time board reads the server's
 *   rows straight from the table. `member_days` is rebuilt clustered by (guild, day, user), so the
 *   week and month boards read a range of the table itself; a member's own days (streaks, the
 *   chart) come through `member_days_by_member`, whose key never changes once a day exists.
 */
export const inlinePoints: Migration = {
  version: 3,
  name: 'attempts keep their points and misconceptions inline; no review log; fewer indexes per answer',
  up(db) {
    db.exec(`
      ALTER TABLE attempts ADD COLUMN points TEXT NOT NULL DEFAULT '';
      ALTER TABLE attempts ADD COLUMN misconceptions TEXT NOT NULL DEFAULT '';
      UPDATE attempts SET points = (
          SELECT group_concat(iif(p.earned = 1, p.point_id, '!' || p.point_id), ' ' ORDER BY p.rowid)
          FROM attempt_points p WHERE p.attempt_id = attempts.id)
        WHERE id IN (SELECT attempt_id FROM attempt_points);
      UPDATE attempts SET misconceptions = (
          SELECT group_concat(m.misconception_id, ' ' ORDER BY m.misconception_id)
          FROM attempt_misconceptions m WHERE m.attempt_id = attempts.id)
        WHERE id IN (SELECT attempt_id FROM attempt_misconceptions);
      DROP TABLE attempt_points;
      DROP TABLE attempt_misconceptions;
      DROP TABLE review_log;
      DROP INDEX attempts_by_source;
      DROP INDEX review_cards_due;
      DROP INDEX members_board;

      CREATE TABLE member_days_v3 (
        guild_id TEXT NOT NULL,
        day INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        score INTEGER NOT NULL,
        points INTEGER NOT NULL,
        max INTEGER NOT NULL,
        PRIMARY KEY (guild_id, day, user_id),
        FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      INSERT INTO member_days_v3 (guild_id, day, user_id, attempts, score, points, max)
        SELECT guild_id, day, user_id, attempts, score, points, max FROM member_days;
      DROP TABLE member_days;
      ALTER TABLE member_days_v3 RENAME TO member_days;
      CREATE INDEX member_days_by_member ON member_days (guild_id, user_id, day);
    `);
  },
};
