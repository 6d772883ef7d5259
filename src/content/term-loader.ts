import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ContentError, ContentPackError } from './content-error.js';
import { fold } from './fold.js';
import { type Term, termSchema } from './term-schema.js';
import { readYamlSource, validateYaml, type YamlSource } from './yaml-source.js';

/** The result of reading a term folder: every card that validated, and every problem found. */
export interface TermLoadResult {
  /** Valid cards, sorted by id. Cards with their own schema errors are left out; cross-check errors are not. */
  readonly terms: Term[];
  /** Every problem, each naming file and line. Empty means the pack is good. */
  readonly errors: ContentError[];
}

/** A card that passed its schema, with the source it came from so cross-checks can name a line. */
interface LoadedCard {
  readonly term: Term;
  readonly source: YamlSource;
}

/**
 * Reads every `*.yaml` file in `<contentDir>/terms`, validates each against the term schema and
 * then checks the pack as a whole: the file name equals the id, ids are unique, no name or alias
 * (case- and punctuation-folded) belongs to two cards, and every connection and comparison points
 * at a card that exists and is not the card itself. Nothing is skipped silently: a file that cannot
 * be read or parsed is reported, and so is a stray `.yml` file that would otherwise be ignored.
 */
export function loadTerms(contentDir: string): TermLoadResult {
  const folder = join(contentDir, 'terms');
  const errors: ContentError[] = [];
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { terms: [], errors: [new ContentError(folder, undefined, 'term folder not found')] };
  }

  const cards: LoadedCard[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    if (name.endsWith('.yml')) {
      errors.push(new ContentError(file, 1, 'term files must end in .yaml (this file would be ignored)'));
      continue;
    }
    if (!name.endsWith('.yaml')) continue;
    const card = readCard(file, errors);
    if (card) cards.push(card);
  }

  errors.push(...crossCheck(cards));
  const terms = cards.map((c) => c.term).sort((a, b) => a.id.localeCompare(b.id));
  return { terms, errors };
}

/**
 * Like {@link loadTerms} but for start-up: returns the cards only when the pack has no problem at
 * all, and otherwise throws a {@link ContentPackError} listing every problem.
 */
export function loadTermsOrThrow(contentDir: string): Term[] {
  const { terms, errors } = loadTerms(contentDir);
  if (errors.length > 0) throw new ContentPackError(errors);
  return terms;
}

function readCard(file: string, errors: ContentError[]): LoadedCard | undefined {
  const source = readYamlSource(file, errors);
  if (!source) return undefined;
  const result = validateYaml(source, termSchema);
  if (!result.ok) {
    // A file-level problem (e.g. an empty file) has no better line than the first.
    errors.push(
      ...result.errors.map((e) => (e.line === undefined ? new ContentError(e.file, 1, e.detail) : e)),
    );
    return undefined;
  }
  return { term: result.value, source };
}

/** Checks that span cards: file names, unique ids, unique names/aliases, and links to real cards. */
function crossCheck(cards: readonly LoadedCard[]): ContentError[] {
  const errors: ContentError[] = [];
  const at = (card: LoadedCard, path: PropertyKey[], detail: string) =>
    new ContentError(card.source.file, card.source.lineOf(path) ?? 1, detail);

  const byId = new Map<string, LoadedCard>();
  for (const card of cards) {
    const expected = `${card.term.id}.yaml`;
    if (basename(card.source.file) !== expected) {
      errors.push(
        at(card, ['id'], `id "${card.term.id}" does not match the file name (expected ${expected})`),
      );
    }
    const first = byId.get(card.term.id);
    if (first) {
      errors.push(at(card, ['id'], `duplicate id "${card.term.id}" (also in ${first.source.file})`));
    } else {
      byId.set(card.term.id, card);
    }
  }

  errors.push(...checkNames(cards, at));

  for (const card of cards) {
    const { id, connections, comparisons } = card.term;
    const seen = new Set<string>();
    connections.forEach((link, i) => {
      const path = ['connections', i, 'id'];
      if (link.id === id) errors.push(at(card, path, `connections: "${id}" connects to itself`));
      else if (!byId.has(link.id)) errors.push(at(card, path, `connections: no card with id "${link.id}"`));
      else if (seen.has(link.id)) errors.push(at(card, path, `connections: "${link.id}" is listed twice`));
      seen.add(link.id);
    });
    comparisons.forEach((cmp, i) => {
      const path = ['comparisons', i, 'with'];
      if (cmp.with === id) errors.push(at(card, path, `comparisons: "${id}" is compared with itself`));
      else if (!byId.has(cmp.with)) errors.push(at(card, path, `comparisons: no card with id "${cmp.with}"`));
    });
  }
  return errors;
}

/**
 * A name or alias that folds to the same text as another card's name or alias would make search
 * ambiguous ("which card does 'ACh' mean?"), so it is an error. Repeats within one card are harmless.
 */
function checkNames(
  cards: readonly LoadedCard[],
  at: (card: LoadedCard, path: PropertyKey[], detail: string) => ContentError,
): ContentError[] {
  const errors: ContentError[] = [];
  const owner = new Map<string, { card: LoadedCard; label: string }>();
  for (const card of cards) {
    const labels: { label: string; path: PropertyKey[] }[] = [
      { label: card.term.name, path: ['name'] },
      ...card.term.aliases.map((label, i) => ({ label, path: ['aliases', i] })),
    ];
    for (const { label, path } of labels) {
      const key = fold(label);
      if (key === '') {
        errors.push(at(card, path, `"${label}" has no letters or digits, so nobody could search for it`));
        continue;
      }
      const prior = owner.get(key);
      if (!prior) owner.set(key, { card, label });
      else if (prior.card.term.id !== card.term.id) {
        errors.push(
          at(
            card,
            path,
            `duplicate alias: "${label}" reads the same as "${prior.label}" on card "${prior.card.term.id}" (${prior.card.source.file})`,
          ),
        );
      }
    }
  }
  return errors;
}
