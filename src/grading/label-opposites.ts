/**
 * Words that say which of two opposite things happens or holds ("gains"/"loses", "dominant"/
 * "recessive"). A label of three or more items may be met with one of them left out; when the one
 * left out is such a word, the answer must not say its opposite in its place: "The central vacuole
 * loses water" without "loses" would otherwise be met by "the central vacuole gains water", and
 * "The dominant allele is expressed" without "dominant" by "the recessive allele is expressed".
 * Saying it another way ("water leaves the central vacuole") still earns.
 *
 * Exact forms, not stems: the stem of "activates" is that of "active", which has no opposite here.
 * How much and which way ("more", "less", "increases") are never left out at all (the label
 * compiler's amount words).
 *
 * Not hedge.ts's OPPOSITE_PAIRS: those are the few pairs that, joined by "or" in an answer, take no
 * side ("bigger or smaller"), and leave out "in or out" on purpose; this list is every pair whose one
 * side must not stand for the other in a label, with the forms spelt out.
 */
const OPPOSITES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [
    ['gain', 'gains', 'gained', 'gaining'],
    ['lose', 'loses', 'lost', 'losing'],
  ],
  [
    ['release', 'releases', 'released', 'releasing'],
    ['absorb', 'absorbs', 'absorbed', 'absorbing'],
  ],
  [
    ['activate', 'activates', 'activated', 'activating', 'stimulate', 'stimulates', 'stimulated'],
    ['inhibit', 'inhibits', 'inhibited', 'inhibiting', 'deactivate', 'deactivates', 'deactivated'],
  ],
  [
    ['open', 'opens', 'opened', 'opening'],
    ['close', 'closes', 'closed', 'closing', 'shut', 'shuts'],
  ],
  [
    ['enter', 'enters', 'entered', 'entering'],
    ['leave', 'leaves', 'left', 'leaving', 'exit', 'exits', 'exited', 'exiting'],
  ],
  [
    ['rise', 'rises', 'rose', 'risen', 'rising'],
    ['fall', 'falls', 'fell', 'fallen', 'falling'],
  ],
  [
    ['swell', 'swells', 'swelled', 'swollen', 'swelling'],
    ['shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking', 'shrivel', 'shrivels', 'shriveled'],
  ],
  [
    ['expand', 'expands', 'expanded', 'expanding'],
    ['contract', 'contracts', 'contracted', 'contracting'],
  ],
  [
    ['add', 'adds', 'added', 'adding'],
    ['remove', 'removes', 'removed', 'removing'],
  ],
  [
    ['import', 'imports', 'imported'],
    ['export', 'exports', 'exported'],
  ],
  [
    ['attract', 'attracts', 'attracted'],
    ['repel', 'repels', 'repelled'],
  ],
  [
    ['accept', 'accepts', 'accepted'],
    ['donate', 'donates', 'donated'],
  ],
  [
    ['oxidize', 'oxidizes', 'oxidized', 'oxidise', 'oxidised'],
    ['reduce', 'reduces', 'reduced'],
  ],
  [
    ['produce', 'produces', 'produced', 'producing'],
    ['consume', 'consumes', 'consumed', 'consuming'],
  ],
  [
    ['raise', 'raises', 'raised'],
    ['lower', 'lowers', 'lowered'],
  ],
  [
    ['survive', 'survives', 'survived', 'surviving'],
    ['die', 'dies', 'died', 'dying'],
  ],
  [
    ['promote', 'promotes', 'promoted'],
    ['repress', 'represses', 'repressed'],
  ],
  [
    ['bind', 'binds', 'bound', 'binding', 'attach', 'attaches', 'attached', 'attaching'],
    [
      'detach',
      'detaches',
      'detached',
      'unbind',
      'unbinds',
      'unbound',
      'release',
      'releases',
      'released',
      'leave',
      'leaves',
    ],
  ],
  // "The repressor stays off the operator" is not met by "… stays on the operator" (teacher set 6)
  [['off'], ['on']],
  // "The chromosome pair stays together" is said by "… does not separate" (teacher set 7)
  [
    ['together'],
    ['separate', 'separates', 'separated', 'separating', 'split', 'splits', 'apart', 'disjoin', 'segregate'],
  ],
  [['dominant'], ['recessive']],
  [['aerobic'], ['anaerobic']],
  [['endergonic'], ['exergonic']],
  [['hydrophilic'], ['hydrophobic']],
  [['polar'], ['nonpolar']],
  [['haploid'], ['diploid']],
  [['homozygous'], ['heterozygous']],
  [['hypotonic'], ['hypertonic']],
  [['presynaptic'], ['postsynaptic']],
  [['exocytosis'], ['endocytosis']],
  // Two letters apart: "the mouse is an ectotherm" had earned "The mouse is an endotherm", and "it's
  // exothermic" had too (teacher set 18's answers).
  [
    ['endotherm', 'endotherms', 'endothermic', 'endothermy'],
    ['ectotherm', 'ectotherms', 'ectothermic', 'ectothermy'],
  ],
  [['endothermic'], ['exothermic']],
];

// A word may have more than one opposite ("release": absorb, and bind): the sets are merged.
const OPPOSITE_OF = new Map<string, string[]>();
for (const [a, b] of OPPOSITES) {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const)
    for (const w of from) OPPOSITE_OF.set(w, [...new Set([...(OPPOSITE_OF.get(w) ?? []), ...to])]);
}

/**
 * The forms of the opposites of a label's words ("loses" → lose, loses, lost, …; "gains"), leaving
 * out any form the label itself uses ("hydrophilic … the hydrophobic bilayer" says both sides).
 */
export function oppositesOf(words: readonly string[], labelWords: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const w of words)
    for (const o of OPPOSITE_OF.get(w.toLowerCase()) ?? []) if (!labelWords.has(o)) out.add(o);
  return [...out];
}

/**
 * True when a word is one side of a pair of opposites. Such a word is never read as a misspelling of
 * another (vocabulary.ts): "hydrophilic" is two letters from "hydrophobic", and an answer saying
 * "valine is hydrophilic" had earned "Valine is hydrophobic" (teacher set 8).
 */
export function hasOpposite(word: string): boolean {
  return OPPOSITE_OF.has(word);
}
