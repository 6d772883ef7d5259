import type { Term } from './term-schema.js';

/** The cards of one unit, for "what does this pack cover" and browsing. */
export interface UnitTerms {
  /** The unit as the cards name it ("Unit 2: Cell Structure and Function"), or "Other terms". */
  readonly unit: string;
  /** Alphabetical by name. */
  readonly terms: readonly Term[];
}

const NO_UNIT = 'Other terms';

/** The pack's cards grouped by unit, units in course order ("Unit 2" before "Unit 10"). */
export function termsByUnit(terms: readonly Term[]): UnitTerms[] {
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const unit = term.unit ?? NO_UNIT;
    groups.set(unit, [...(groups.get(unit) ?? []), term]);
  }
  return [...groups]
    .sort(([a], [b]) =>
      a === NO_UNIT ? 1 : b === NO_UNIT ? -1 : a.localeCompare(b, 'en', { numeric: true }),
    )
    .map(([unit, list]) => ({ unit, terms: [...list].sort((x, y) => x.name.localeCompare(y.name)) }));
}

/**
 * The pack's core terms, most central first: the cards other cards connect to or compare with most
 * ("depolarization", "membrane potential"), so an empty autocomplete opens on what a unit is built
 * around rather than on whatever starts with A.
 */
export function coreTerms(terms: readonly Term[]): Term[] {
  const references = new Map<string, number>();
  for (const term of terms) {
    for (const id of [...term.connections.map((c) => c.id), ...term.comparisons.map((c) => c.with)]) {
      if (id !== term.id) references.set(id, (references.get(id) ?? 0) + 1);
    }
  }
  return [...terms].sort(
    (a, b) => (references.get(b.id) ?? 0) - (references.get(a.id) ?? 0) || a.name.localeCompare(b.name),
  );
}
