import { synthesizeTerms } from '../content/synthetic-terms.js';
import { loadTermsOrThrow } from '../content/term-loader.js';
import type { Term } from '../content/term-schema.js';

/** How many cards the benchmark's pack has: the real ones padded with synthesised ones. */
export const BENCH_CARDS = 500;

/** The real pack padded to {@link BENCH_CARDS} cards, the size of a full course. */
export function benchTerms(contentDir: string): Term[] {
  const real = loadTermsOrThrow(contentDir);
  return [...real, ...synthesizeTerms(real, Math.max(0, BENCH_CARDS - real.length))];
}

/** What students type while autocomplete runs: prefixes, typos, aliases, symbols. */
export const BENCH_QUERIES = [
  '',
  'd',
  'de',
  'depol',
  'depolarizaton',
  'depolarisation',
  'sodium potassium pump',
  'Na/K pump',
  'na+',
  'membrane potental',
  'act',
  'action pot',
  'ach',
  'acetylcholine recep',
  'synapse',
  'threshhold',
  'osmo',
  'facilitated',
  'electrochem',
  'ion chan',
  'voltage gated',
  'resting',
  'hyperpol',
  'k+',
  'xyzzy',
];
