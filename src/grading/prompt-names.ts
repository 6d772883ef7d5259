import type { Pattern } from '../content/question-schema.js';
import { stemOf } from './stem.js';

/**
 * Names the prompt gives to a kind of organism: "Soybeans … with nodules containing Rhizobium
 * bacteria" names the bacteria "Rhizobium", and students write "Rhizobium fix N2" for a label's
 * "The bacteria fix atmospheric nitrogen" (teacher set 15's labels alone missed 14 such answers).
 * Only a capitalised name right before the kind, inside a sentence, is taken: "the bacteria" and
 * "soil bacteria" name nothing.
 */

/** The kinds a prompt may name, and the label words that stand for each. */
const KINDS: Record<string, readonly string[]> = {
  bacteria: ['bacteria', 'bacterium'],
  bacterium: ['bacteria', 'bacterium'],
  yeast: ['yeast', 'yeasts'],
  fungus: ['fungus', 'fungi'],
  fungi: ['fungus', 'fungi'],
  virus: ['virus', 'viruses'],
};

const NAMED = /(?<=[a-z,;]\s+)([A-Z][a-z]{3,})\s+(bacteria|bacterium|yeast|fungus|fungi|virus)\b/g;

/** Label word → the names the prompt gives that kind ("bacteria" → ["rhizobium"]). */
export function promptNames(prompts: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const prompt of prompts)
    for (const m of prompt.matchAll(NAMED)) {
      const name = (m[1] as string).toLowerCase();
      for (const word of KINDS[m[2] as string] ?? []) {
        const names = out.get(word) ?? [];
        if (!names.includes(name)) names.push(name);
        out.set(word, names);
      }
    }
  return out;
}

/** `pattern` with every phrase that is just a named kind ("bacteria") also met by its names. */
export function withPromptNames(pattern: Pattern, names: ReadonlyMap<string, readonly string[]>): Pattern {
  if (names.size === 0) return pattern;
  const visit = (p: Pattern): Pattern => {
    if (typeof p === 'string') {
      const extra = names.get(p.toLowerCase());
      return extra === undefined ? p : [p, ...extra];
    }
    if (Array.isArray(p)) return p.map(visit);
    if ('any' in p) return { any: p.any.map(visit) };
    if ('about' in p) return { ...p, pattern: visit(p.pattern) };
    return {
      ...p,
      all: p.all.map((item) =>
        typeof item === 'object' && !Array.isArray(item) && 'not' in item ? item : visit(item),
      ),
    };
  };
  return visit(pattern);
}

/** "a mouse and a lizard": two things the prompt sets side by side, each after its article. */
const SIDE_BY_SIDE = /\b(?:a|an|the|one)\s+([a-z]{3,})\s+and\s+(?:a|an|the|one)\s+([a-z]{3,})\b/gi;

/**
 * The stems of things a prompt sets side by side ("… of a mouse and a lizard …"). A label about one
 * of them must name it: with its subject the word left out, "The lizard's body temperature drops"
 * had been earned by "the mouse's body temperature drops" (teacher set 18).
 */
export function comparedThings(prompts: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const prompt of prompts)
    for (const m of prompt.matchAll(SIDE_BY_SIDE)) {
      out.add(stemOf((m[1] as string).toLowerCase()));
      out.add(stemOf((m[2] as string).toLowerCase()));
    }
  return out;
}
