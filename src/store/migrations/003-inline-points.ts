import type { Migration } from './types.js';

/**
 * Makes recording an attempt cheaper: every statement and every b-tree touched costs on each answer.
 *
 * - An attempt's rubric points and misconceptions move onto the attempt row, as `points` (point ids
 *   in rubric order separated by one space, a missed point written with a leading `!`:
 *   `"ach-binds na-enters !triggers-ap"`) and `misconceptions` (ids separated by one space). Ids are
 *   kebab-case (`idSchema`), so neither a space nor a leading `!` can be part of one. The child
 *   tables cost four inserts into three b-trees each per FRQ answer; nothing needed them as tables
 *   (every reader wants the points of given attempts, which the row now holds). Backfilled from the
 *   old tables, then those are dropped.
 * - `review_log` is dropped: nothing ever read it, and each review it logged is an attempt row
 *   already (question, score, time; the rating is derived from them), so it only duplicated them.
 * - `attempts_by_source` is dropped: no query of the bot filters attempts by source first (the
 *   review cap filters a member's attempts, found through `attempts_by_member`).
 * - `review_cards_due` is dropped: every due query is for one member, whose cards (one per question
 *   or term answered, bounded by the content) the primary key already groups; the index was
 *   rewritten on every answer because `due` changes each time.
 */
export const inlinePoints: Migration = {
  version: 3,
  name: 'attempts keep their points and misconceptions inline; drop the review log and unused indexes',
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
    `);
  },
};
