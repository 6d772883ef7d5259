import type Database from 'better-sqlite3';
import type { Store } from '../store/open.js';
import { DM_GUILD } from './record.js';

/*
 * Which term cards were opened, read back from the stored views (`term_views`) so that /define's
 * first autocomplete list survives a restart, stays within its server, and forgets a member the
 * moment they delete their data.
 */

const statements = (db: Database.Database) => ({
  // Newest view first; `max(id)` orders two views in the same millisecond by when they were written.
  // INDEXED BY: left to itself SQLite groups through the (server, card) index to skip a sort, and
  // so reads the whole server's views (80 ms at 200,000) instead of this member's few.
  recent: db.prepare<[string, string, number], { term_id: string }>(
    `SELECT term_id FROM term_views INDEXED BY term_views_by_member WHERE guild_id = ? AND user_id = ?
       GROUP BY term_id ORDER BY max(at) DESC, max(id) DESC LIMIT ?`,
  ),
  // Most opened first; a tie goes to the card first opened here.
  popular: db.prepare<[string, number], { term_id: string }>(
    `SELECT term_id FROM term_views WHERE guild_id = ?
       GROUP BY term_id ORDER BY count(*) DESC, min(id) ASC LIMIT ?`,
  ),
});

/** The term ids a member opened in this server (`null`: direct messages), most recent first, without repeats. */
export function recentTermIds(
  deps: { store: Store },
  key: { guildId: string | null | undefined; userId: string },
  limit: number,
): string[] {
  return deps.store
    .repo(statements)
    .recent.all(key.guildId ?? DM_GUILD, key.userId, limit)
    .map((r) => r.term_id);
}

/** The term ids opened most often by anyone in this server (`null`: direct messages), most opened first. */
export function popularTermIds(
  deps: { store: Store },
  guildId: string | null | undefined,
  limit: number,
): string[] {
  return deps.store
    .repo(statements)
    .popular.all(guildId ?? DM_GUILD, limit)
    .map((r) => r.term_id);
}
