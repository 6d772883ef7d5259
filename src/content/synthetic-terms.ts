import type { Term } from './term-schema.js';

// Word pools for made-up names; combined with the real names they give a realistic mix of
// shared prefixes and near-misses, which is what makes search work hard.
const QUALIFIERS = [
  'apical',
  'basal',
  'cortical',
  'distal',
  'early',
  'fast',
  'graded',
  'late',
  'local',
  'mitochondrial',
  'nuclear',
  'peripheral',
  'primary',
  'proximal',
  'rapid',
  'renal',
  'slow',
  'somatic',
  'tonic',
  'vesicular',
];

/**
 * Makes `count` extra term cards derived from real ones (a qualifier added to each name and alias),
 * for benchmarks that need a pack of realistic size. The cards have no connections or comparisons,
 * so they never point at each other. Not for tests of content quality.
 */
export function synthesizeTerms(base: readonly Term[], count: number): Term[] {
  if (base.length === 0) return [];
  const extra: Term[] = [];
  for (let i = 0; i < count; i++) {
    const source = base[i % base.length] as Term;
    const qualifier = QUALIFIERS[Math.floor(i / base.length) % QUALIFIERS.length] as string;
    const round = Math.floor(i / (base.length * QUALIFIERS.length));
    const suffix = round === 0 ? '' : ` ${round + 1}`;
    extra.push({
      ...source,
      id: `${qualifier}-${source.id}${round === 0 ? '' : `-${round + 1}`}`,
      name: `${capitalize(qualifier)} ${source.name.toLowerCase()}${suffix}`,
      aliases: source.aliases.map((a) => `${qualifier} ${a}${suffix}`),
      connections: [],
      comparisons: [],
    });
  }
  return extra;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
