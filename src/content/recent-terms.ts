/** How many recent lookups are kept per member. */
const PER_MEMBER = 10;

/**
 * Which cards members looked up, in memory for the life of the app: each member's recent cards (newest
 * first) and how often each card was opened by anyone, so autocomplete can open on what is useful.
 */
export class RecentTerms {
  private readonly byMember = new Map<string, string[]>();
  private readonly counts = new Map<string, number>();

  /** Records that `memberId` opened the card `termId`. */
  opened(memberId: string, termId: string): void {
    const list = this.byMember.get(memberId) ?? [];
    this.byMember.set(memberId, [termId, ...list.filter((id) => id !== termId)].slice(0, PER_MEMBER));
    this.counts.set(termId, (this.counts.get(termId) ?? 0) + 1);
  }

  /** The member's recently opened card ids, newest first. */
  recent(memberId: string): readonly string[] {
    return this.byMember.get(memberId) ?? [];
  }

  /** Card ids opened by anyone, most opened first (ties: the earlier first opened). */
  popular(): string[] {
    return [...this.counts].sort(([, a], [, b]) => b - a).map(([id]) => id);
  }
}
