import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemOf } from '../grading/stem.js';
import { tokenize } from '../grading/tokenize.js';
import { ContentError } from './content-error.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/**
 * Rubric lint for `tutor content check`: patterns that work but say something other than the
 * author meant, which the compiler cannot call errors.
 * - a repeated alternative (the same phrase twice in one list, the same word twice in `a|b|a`;
 *   inflections such as `pump|pumps` are the same word to the grader but harmless, so not reported);
 * - an alternative subsumed by a shorter one in the same list ("sodium ions" next to "sodium":
 *   whatever the longer one matches, the shorter one already does);
 * - neighbouring `|` chunks that share a word ("takes in|take in" reads as takes, in|take, in:
 *   it needs "in in" and never matches what was meant);
 * - a word, then a choice that offers a concept ("resting potential|@membrane-potential" is
 *   "resting" followed by either, not either phrase).
 * Findings are warnings: the rubric still compiles and grades.
 */
export function lintContent(contentDir: string): ContentError[] {
  const out: ContentError[] = [];
  const files = [join(contentDir, 'lexicon.yaml')];
  const qdir = join(contentDir, 'questions');
  try {
    for (const f of readdirSync(qdir).sort()) if (f.endsWith('.yaml')) files.push(join(qdir, f));
  } catch {
    // No questions directory: the loader reports that.
  }
  for (const file of files) {
    let source: YamlSource;
    try {
      source = parseYamlSource(file, readFileSync(file, 'utf8'));
    } catch {
      continue; // Unreadable or bad YAML: the loader reports it.
    }
    for (const f of lintValue(source.data, []))
      out.push(new ContentError(file, source.lineOf(f.path), `warning: ${f.message}`));
  }
  return out;
}

interface Finding {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Lints every pattern found in a parsed question or lexicon file. */
export function lintValue(data: unknown, path: (string | number)[]): Finding[] {
  const out: Finding[] = [];
  const visit = (v: unknown, at: (string | number)[], inPattern: boolean): void => {
    if (typeof v === 'string') {
      if (inPattern) for (const m of lintPhrase(v)) out.push({ path: at, message: m });
      return;
    }
    if (Array.isArray(v)) {
      if (inPattern) for (const m of lintList(v)) out.push({ path: at, message: m });
      v.forEach((x, i) => {
        visit(x, [...at, i], inPattern);
      });
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'examples' || k === 'prompt' || k === 'modelAnswer' || k === 'label' || k === 'hint')
        continue;
      if (k === 'correction' || k === 'note' || k === 'title' || k === 'accept') continue;
      const pattern = inPattern || k === 'pattern' || k === 'concepts' || k === 'subjects';
      visit(x, [...at, k], pattern && k !== 'id');
    }
  };
  visit(data, path, false);
  return out;
}

/** Plain words of a phrase (stems), or undefined when it uses any phrase syntax. */
function plainStems(phrase: string): string[] | undefined {
  if (/[@=*|?]|\.\./.test(phrase)) return undefined;
  const toks = tokenize(phrase).filter((t) => !t.article);
  // A negation inside the longer phrase changes what it means ("no sodium" is not "sodium").
  if (toks.some((t) => t.cue !== 0)) return undefined;
  return toks.length > 0 ? toks.map((t) => t.stem) : undefined;
}

function lintList(list: readonly unknown[]): string[] {
  const out: string[] = [];
  const phrases = list.filter((x): x is string => typeof x === 'string');
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const key = p.trim().replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) out.push(`repeated alternative "${p}"`);
    seen.set(key, p);
  }
  const plain = phrases.map((p) => ({ p, stems: plainStems(p) }));
  for (const a of plain) {
    if (!a.stems) continue;
    for (const b of plain) {
      if (a === b || !b.stems || b.stems.length <= a.stems.length) continue;
      if (containsRun(b.stems, a.stems))
        out.push(`alternative "${b.p}" is subsumed by "${a.p}" (whatever it matches, "${a.p}" already does)`);
    }
  }
  return out;
}

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

function lintPhrase(phrase: string): string[] {
  const out: string[] = [];
  const chunks = phrase.trim().split(/\s+/);
  const words = chunks.map((c) =>
    c.includes('|') && !c.startsWith('..')
      ? c
          .replace(/\?$/, '')
          .split('|')
          .filter((a) => a !== '' && !/^[@=]|\*$/.test(a))
          .map((a) => a.toLowerCase())
      : undefined,
  );
  // "resting potential|@membrane-potential": a single word, then a choice that offers a concept.
  // It reads "resting" then (potential or the concept); the author meant either whole phrase.
  const second = chunks[1];
  if (
    chunks.length === 2 &&
    second !== undefined &&
    /^[a-z][a-z'+-]*$/i.test(chunks[0] as string) &&
    second.includes('|') &&
    second.split('|').some((a) => a.startsWith('@'))
  )
    out.push(
      `"${phrase}" reads "${chunks[0]}" followed by one of ${second}; "|" chooses between single words — for "${chunks[0]} ${second.split('|')[0]}" or ${second.split('|').slice(1).join(' or ')}, list whole phrases`,
    );
  chunks.forEach((c, i) => {
    const alts = words[i];
    if (!alts) return;
    const dup = alts.find((w, k) => alts.indexOf(w) !== k);
    if (dup !== undefined) out.push(`"${c}" in "${phrase}" repeats the alternative "${dup}"`);
    // Neighbours compare stems: "takes in|take in" offers "in" on both sides.
    const next = words[i + 1]?.map((w) => stemOf(w));
    const stems = alts.map((w) => stemOf(w));
    const shared = next?.find((w) => stems.includes(w));
    if (shared !== undefined)
      out.push(
        `"${c} ${chunks[i + 1]}" in "${phrase}": both neighbouring choices offer "${shared}", so it would need that word twice in a row; "|" chooses between single words — list whole phrases instead`,
      );
  });
  return out;
}
