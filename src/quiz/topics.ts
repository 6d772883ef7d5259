import type { Question } from '../content/question-schema.js';
import { type Searchable, TermIndex } from '../content/term-search.js';

/**
 * What `/quiz topic:` can name. Every target has a short kebab-case `key` (it travels inside
 * custom_ids, so it holds no ":" and stays short) and a human `name` for autocomplete.
 * - a topic tag from the questions' `topics` ("membrane-potential");
 * - a unit ("Unit 4: Cell Communication…" → key "unit-4");
 * - one question by id, so a teacher (or a test) can ask for exactly that item.
 */
export interface TopicTarget {
  readonly kind: 'topic' | 'unit' | 'question';
  readonly key: string;
  readonly name: string;
  /** Ids of the questions this target selects. */
  readonly questionIds: readonly string[];
}

/** The kind of question a student asks for. */
export type QuestionKind = Question['kind'];

/** "membrane-potential" → "membrane potential". */
export function humanizeTopic(tag: string): string {
  return tag.replace(/-/g, ' ');
}

/**
 * A unit's short key: "Unit 4: Cell Communication" → "unit-4"; a unit not written that way
 * gets a kebab-case slug of its whole name.
 */
export function unitKey(unit: string): string {
  const numbered = /^\s*unit\s+(\d+)\b/i.exec(unit);
  if (numbered) return `unit-${numbered[1]}`;
  return slug(unit);
}

/** Lower-case kebab-case, letters and digits only; what typed text is compared as. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Builds every target over `questions`: units first (course order), then topic tags (most
 * questions first, then by name), then the questions themselves (by title).
 */
export function buildTopicTargets(questions: readonly Question[]): TopicTarget[] {
  const units = new Map<string, { name: string; ids: string[] }>();
  const topics = new Map<string, string[]>();
  for (const q of questions) {
    if (q.unit) {
      const key = unitKey(q.unit);
      const entry = units.get(key) ?? { name: q.unit, ids: [] };
      entry.ids.push(q.id);
      units.set(key, entry);
    }
    for (const t of q.topics) topics.set(t, [...(topics.get(t) ?? []), q.id]);
  }
  const unitTargets = [...units]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([key, u]): TopicTarget => ({ kind: 'unit', key, name: u.name, questionIds: u.ids }));
  const topicTargets = [...topics]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([key, ids]): TopicTarget => ({ kind: 'topic', key, name: humanizeTopic(key), questionIds: ids }));
  const taken = new Set([...unitTargets, ...topicTargets].map((t) => t.key));
  const questionTargets = questions
    .filter((q) => !taken.has(q.id))
    .map((q): TopicTarget => ({ kind: 'question', key: q.id, name: q.title ?? q.id, questionIds: [q.id] }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [...unitTargets, ...topicTargets, ...questionTargets];
}

/**
 * Finds what a typed `topic:` value means: an exact key first (a value picked from autocomplete),
 * then the same words typed differently ("Membrane Potential", "unit 4", a question's title).
 */
export function resolveTopic(targets: readonly TopicTarget[], typed: string): TopicTarget | undefined {
  const wanted = slug(typed);
  if (wanted === '') return undefined;
  return (
    targets.find((t) => t.key === wanted) ??
    targets.find((t) => slug(t.name) === wanted) ??
    // A plural or singular typed for a tag: "ion channels" → "ion-channel".
    targets.find((t) => t.kind === 'topic' && (`${t.key}s` === wanted || t.key === `${wanted}s`)) ??
    // A server's imported question by the id its teacher wrote ("pesticide-resistance" for
    // "srv.pesticide-resistance"): the namespace is ours, not theirs.
    targets.find((t) => t.kind === 'question' && t.key.includes('.') && t.key.split('.').pop() === wanted)
  );
}

/**
 * Autocomplete over targets: with nothing typed, units and topics (not single questions); with
 * text, targets whose name or key contains every typed word, those starting with it first.
 */
export function suggestTopics(targets: readonly TopicTarget[], typed: string, limit: number): TopicTarget[] {
  const words = slug(typed).split('-').filter(Boolean);
  if (words.length === 0) return targets.filter((t) => t.kind !== 'question').slice(0, limit);
  const scored: { target: TopicTarget; rank: number; order: number }[] = [];
  targets.forEach((target, order) => {
    const hay = `${slug(target.name)}-${target.key}`;
    if (!words.every((w) => hay.includes(w))) return;
    const starts = slug(target.name).startsWith(words.join('-')) || target.key.startsWith(words.join('-'));
    scored.push({ target, rank: starts ? 0 : 1, order });
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.target);
}

/** A topic target as the term search sees it: its key, its name, and every other way to write it. */
interface SearchableTarget extends Searchable {
  readonly target: TopicTarget;
}

/**
 * `/quiz topic:` with the same tolerance as `/define`: typos ("osmossis"), aliases and symbols
 * ("Na+/K+ pump"), British spellings ("depolarisation"). A topic tag that is also a term card's id takes
 * the card's name and aliases; a unit is also "unit 4".
 */
export class TopicSearch {
  private readonly index: TermIndex<SearchableTarget>;

  constructor(
    private readonly targets: readonly TopicTarget[],
    terms: readonly Searchable[],
  ) {
    const cards = new Map(terms.map((t) => [t.id, t]));
    this.index = new TermIndex(
      targets.map((target): SearchableTarget => {
        const card = target.kind === 'topic' ? cards.get(target.key) : undefined;
        const unitNumber = target.kind === 'unit' ? target.key.replace(/-/g, ' ') : undefined;
        const aliases = [...(card ? [card.name, ...card.aliases] : []), ...(unitNumber ? [unitNumber] : [])];
        return { id: target.key, name: target.name, aliases, target };
      }),
    );
  }

  /** What a typed topic means: an exact key or name first (see resolveTopic), then a confident search match. */
  resolve(typed: string): TopicTarget | undefined {
    const direct = resolveTopic(this.targets, typed);
    if (direct) return direct;
    const found = this.index.resolve(typed);
    if (found.kind === 'match') return found.term.target;
    // One word of one title or tag and no other ("pesticide"): that is what was meant.
    const containing = suggestTopics(this.targets, typed, 2);
    return containing.length === 1 ? containing[0] : undefined;
  }

  /**
   * Autocomplete: with nothing typed, units and topics (as suggestTopics); otherwise the search's ranking
   * (typos, aliases, British spellings), then any target containing every typed word.
   */
  suggest(typed: string, limit: number, keep: (t: TopicTarget) => boolean = () => true): TopicTarget[] {
    const pool = this.targets.filter(keep);
    if (slug(typed) === '') return suggestTopics(pool, typed, limit);
    const ranked = this.index
      .suggest(typed, limit * 2)
      .map((s) => s.term.target)
      .filter(keep);
    const seen = new Set(ranked.map((t) => t.key));
    const extra = suggestTopics(pool, typed, limit).filter((t) => !seen.has(t.key));
    return [...ranked, ...extra].slice(0, limit);
  }
}
