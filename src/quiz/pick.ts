import type { Random } from '../random.js';

export type { Random } from '../random.js';

/**
 * Picks one of `candidates` at random, avoiding the ids in `recent` (most recent first) as far as
 * possible: it drops the longest prefix of `recent` that still leaves something to choose, so the
 * question a student just had is never repeated while another one fits, and older ones only when
 * the pool allows. Returns undefined for an empty pool.
 */
export function pickQuestion<T extends { readonly id: string }>(
  candidates: readonly T[],
  recent: readonly string[],
  random: Random,
): T | undefined {
  if (candidates.length === 0) return undefined;
  for (let keep = recent.length; keep >= 0; keep--) {
    const avoid = new Set(recent.slice(0, keep));
    const pool = candidates.filter((c) => !avoid.has(c.id));
    if (pool.length > 0) return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
  }
  return undefined;
}

/** How many recent questions per student are avoided when picking. */
export const RECENT_PER_USER = 5;
/** Students remembered at once; the least recently active are forgotten first. */
export const USERS_REMEMBERED = 10_000;

interface Remembered {
  recent: string[];
  draft?: { questionId: string; texts: string[] };
}

/**
 * What the bot remembers about each student between interactions, in memory only: the questions
 * they were just given (so the next pick differs) and their latest answer to a question (so "Try
 * again" reopens the form with their words in it, and a rejected answer is never lost). Bounded
 * (least recently active students are dropped); a restart forgets everything, which only means
 * a repeat may be picked and a form opens empty.
 */
export class QuizMemory {
  private readonly users = new Map<string, Remembered>();

  constructor(private readonly capacity = USERS_REMEMBERED) {}

  /** Question ids this student was given, most recent first. */
  recent(userId: string): readonly string[] {
    return this.users.get(userId)?.recent ?? [];
  }

  /** Notes that the student was just given `questionId`. */
  gave(userId: string, questionId: string): void {
    const entry = this.touch(userId);
    entry.recent = [questionId, ...entry.recent.filter((id) => id !== questionId)].slice(0, RECENT_PER_USER);
  }

  /** Keeps the student's latest answer to a question (one draft per student). */
  saveDraft(userId: string, questionId: string, texts: readonly string[]): void {
    this.touch(userId).draft = { questionId, texts: [...texts] };
  }

  /** The student's latest answer to `questionId`, if it is the one remembered. */
  draft(userId: string, questionId: string): readonly string[] | undefined {
    const draft = this.users.get(userId)?.draft;
    return draft?.questionId === questionId ? draft.texts : undefined;
  }

  /** Number of students remembered. */
  get size(): number {
    return this.users.size;
  }

  private touch(userId: string): Remembered {
    const entry = this.users.get(userId) ?? { recent: [] };
    // Re-inserting moves the student to the end: Map order is our recency order.
    this.users.delete(userId);
    this.users.set(userId, entry);
    if (this.users.size > this.capacity) {
      const oldest = this.users.keys().next().value;
      if (oldest !== undefined) this.users.delete(oldest);
    }
    return entry;
  }
}
