import { attemptRepo } from '../store/attempts.js';
import { draftRepo } from '../store/drafts.js';
import { DAY_MS } from '../store/members.js';
import type { Store } from '../store/open.js';
import { DM_GUILD } from './record.js';

/** Drafts older than this are forgotten (and deleted on the next save). */
export const DRAFT_TTL_MS = 7 * DAY_MS;

/** Who a draft belongs to. */
export interface MemberKey {
  readonly guildId: string | null | undefined;
  readonly userId: string;
}

const guildOf = (key: MemberKey) => key.guildId ?? DM_GUILD;

/**
 * Keeps a student's latest answer to a question before it is checked, so a refused answer, or one
 * whose reply never arrived, comes back in the form on "Try again" — across restarts too. Expired
 * drafts are swept in the same transaction.
 */
export function saveDraft(
  store: Store,
  key: MemberKey,
  questionId: string,
  texts: readonly string[],
  at: number,
) {
  const guildId = guildOf(key);
  const drafts = store.repo(draftRepo);
  store.write(() => {
    store.repo(attemptRepo).touch(guildId, key.userId, at);
    drafts.save(guildId, key.userId, questionId, texts, at);
    drafts.expire(at - DRAFT_TTL_MS);
  });
}

/** The student's draft for `questionId` if it has not expired. */
export function draftFor(
  store: Store,
  key: MemberKey,
  questionId: string,
  now: number,
): string[] | undefined {
  return store.repo(draftRepo).get(guildOf(key), key.userId, questionId, now - DRAFT_TTL_MS);
}

/**
 * Notes that the student was just given `questionId` by /quiz or /review (it is not repeated while
 * others fit, and the answer is recorded with that source).
 */
export function noteGiven(
  store: Store,
  key: MemberKey,
  questionId: string,
  at: number,
  via: 'quiz' | 'review' = 'quiz',
): void {
  const guildId = guildOf(key);
  store.write(() => {
    store.repo(attemptRepo).touch(guildId, key.userId, at);
    store.repo(draftRepo).gave(guildId, key.userId, questionId, at, via);
  });
}

/** 'review' when /review gave the member this question last, else 'quiz': the source to record. */
export function sourceOf(store: Store, key: MemberKey, questionId: string): 'quiz' | 'review' {
  return store.repo(draftRepo).givenVia(guildOf(key), key.userId, questionId);
}

/** Deletes expired drafts (start-up and a daily timer); returns how many. */
export function expireDrafts(store: Store, now: number): number {
  return store.repo(draftRepo).expire(now - DRAFT_TTL_MS);
}
