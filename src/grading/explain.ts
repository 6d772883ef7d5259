import type { FrqQuestion, Lexicon, Pattern } from '../content/question-schema.js';
import { effectivePattern, patternStrings, questionPromptParts } from './compile-question.js';
import { promptNames } from './prompt-names.js';
import { stemOf } from './stem.js';

/**
 * What every point of a question is matched with, as text a teacher can read: the written
 * pattern, or what a plain-language point's label compiled to and why. Misconceptions are listed
 * with their patterns too. With `summary`, only each point's label, how it is graded and its
 * warnings (⚠): the compiled trees ran to hundreds of lines before the verdicts a teacher was
 * after (teacher set 12).
 */
export function explainQuestion(
  question: FrqQuestion,
  lexicon: Lexicon,
  summary = false,
  only?: string,
): string {
  const out: string[] = [`${question.id}: ${question.title}`];
  if (summary)
    out.push('(summary: labels and warnings only; without --summary, what each point compiled to)');
  // A question prompt that already holds a part's prompt shows it twice, since each part is posted
  // under the question (set 19's teacher saw its (a) and (b) twice in the assignment post).
  const flat = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
  const repeated = question.parts
    .map((p, i) => ({ p, letter: p.label ?? String.fromCharCode(97 + i) }))
    .filter(({ p }) => p.prompt.trim() !== '' && flat(question.prompt).includes(flat(p.prompt)))
    .map(({ letter }) => `(${letter})`);
  if (repeated.length > 0)
    out.push(
      '',
      `⚠ the question's prompt repeats the prompt of part${repeated.length > 1 ? 's' : ''} ${repeated.join(', ')}, and each part is posted under it, so students read it twice. Keep a part's words in the part only`,
    );
  const lettered = questionPromptParts(question).parts;
  if (lettered.length > 0)
    out.push(
      '',
      `Lettered parts of the prompt: a bare answer ("passive: no", "(b) down") is read as about ${lettered
        .map((p) => `(${p.letter}) "${p.topic.norm}"`)
        .join(', ')}`,
    );
  const names = promptNames([question.prompt, ...question.parts.map((p) => p.prompt)]);
  // One line per name ("bacteria" and "bacterium" both stand for the Rhizobium).
  const byName = new Map<string, string[]>();
  for (const [word, named] of names) for (const n of named) byName.set(n, [...(byName.get(n) ?? []), word]);
  for (const [name, words] of byName)
    out.push(
      '',
      `The prompt names "${name}": a label's ${words.map((w) => `"${w}"`).join(' or ')} is also met by "${name}"`,
    );
  for (const part of question.parts) {
    // `--point <id>`: one point's tree, without the rest (set 19's teacher cut it out with sed).
    const points = part.points.filter((p) => only === undefined || p.id === only);
    if (part.label && points.length > 0) out.push('', `Part (${part.label})`);
    for (const point of points) {
      const { pattern, ignoreNegation, notes, about } = effectivePattern(
        point,
        lexicon,
        question.subjects,
        names,
        part.prompt,
        question.prompt,
      );
      out.push('', `● ${point.id} — "${point.label}"`);
      out.push(
        point.pattern === undefined
          ? `  compiled from the label${point.accept ? ', plus its accept: phrases' : ''}${summary ? '' : ':'}`
          : `  written pattern${point.accept ? ', plus its accept: phrases' : ''}${summary ? '' : ':'}`,
      );
      for (const n of notes) if (!summary || n.startsWith('⚠')) out.push(`  · ${n}`);
      // Kept in the summary: a phrase read otherwise than it looks is a warning (teacher set 13
      // lost minutes to "broken|…|pulled apart" under --summary).
      out.push(...phraseReadings(point.accept ?? [], '  · accept: '));
      // And in a written pattern, at any depth of its all: and any: lists (set 14's teacher).
      out.push(...phraseReadings(point.pattern === undefined ? [] : [point.pattern], '  · '));
      if (point.negation !== 'ignore')
        out.push(
          ...deniedGroupWarnings([
            ...(point.pattern === undefined ? [] : [point.pattern]),
            ...(point.accept ?? []),
          ]),
        );
      if (summary) continue;
      if (ignoreNegation || point.negation === 'ignore')
        out.push('  · matched whether or not its words are negated (the pattern names the negation itself)');
      if (point.about !== undefined) out.push(`  · must be said of "${about}"`);
      out.push(indent(show(pattern), '    '));
    }
  }
  const shown = question.misconceptions.filter((m) => only === undefined || m.id === only);
  if (shown.length > 0) out.push('', 'Misconceptions');
  for (const m of shown) {
    out.push('', `● ${m.id}${m.label ? ` — "${m.label}"` : ''}`);
    if (m.pattern !== undefined && !summary) out.push(indent(show(m.pattern), '    '));
    // Spelt out as for accept: phrases: "nondisjunction|fail|error|=not separate" is one phrase
    // ending in "separate", not four alternatives (a teacher's misconception that never fired).
    out.push(...phraseReadings(m.pattern === undefined ? [] : [m.pattern], '    · '));
    if (summary) continue;
    if (m.misplaced) out.push(`    a point's fact said of the wrong subject: ${m.misplaced.join(', ')}`);
    // The two ways a misconception takes a point back: a teacher asking why a point was lost
    // should see them here, not only in the YAML.
    if (m.cancels)
      out.push(`    a point read only from a statement of this error is not earned: ${m.cancels.join(', ')}`);
    if (m.cancelsInSegment)
      out.push(
        `    a point read only from the same part of a sentence (cut at "and"/"or") as this error is not earned: ${m.cancelsInSegment.join(', ')}`,
      );
    if (m.contradicts)
      out.push(
        `    said after it, takes back: ${m.contradicts.join(', ')} (the last word counts); taken back with a repair ("no wait", "I mean") before it, not reported`,
      );
  }
  if (only !== undefined && !hasPointOrMisconception(question, only))
    out.push(
      '',
      `No point or misconception "${only}" here. It has: ${[
        ...question.parts.flatMap((p) => p.points.map((x) => x.id)),
        ...question.misconceptions.map((m) => m.id),
      ].join(', ')}`,
    );
  return `${out.join('\n')}\n`;
}

/** Whether a question has a point or a misconception with this id. */
export function hasPointOrMisconception(question: FrqQuestion, id: string): boolean {
  return (
    question.parts.some((p) => p.points.some((x) => x.id === id)) ||
    question.misconceptions.some((m) => m.id === id)
  );
}

/** An all-of item's phrase that says something does not come about ("=not ..2 occur|happen"). */
const DENIED_COMING_ABOUT = /^=?(?:not|never)\b.*(?:^|[\s|=])(?:happen|happens|occur|occurs)(?:$|[\s|])/;

/**
 * A ⚠ per all-of group in which one item says something does not come about and another names
 * that thing: `all: ["mutations", "=not ..2 happen"]` never meets "mutations do not happen",
 * because "X does not happen" denies X (grading rule 7), and a denied word matches nothing. Set
 * 23's teacher could not tell why the same words as one phrase worked.
 */
function deniedGroupWarnings(patterns: readonly Pattern[]): string[] {
  const lines: string[] = [];
  const visit = (p: Pattern): void => {
    if (typeof p === 'string') return;
    if (Array.isArray(p)) {
      p.forEach(visit);
      return;
    }
    if ('any' in p) {
      p.any.forEach(visit);
      return;
    }
    if ('about' in p) {
      visit(p.pattern);
      return;
    }
    const items = p.all.filter(
      (i): i is Pattern => !(typeof i === 'object' && !Array.isArray(i) && 'not' in i),
    );
    const denial = items.find((i) => typeof i === 'string' && DENIED_COMING_ABOUT.test(i.trim()));
    const other = items.find((i) => i !== denial && typeof i === 'string');
    if (denial !== undefined && other !== undefined)
      lines.push(
        `  · ⚠ in the all: group with "${denial as string}", "X does not happen" denies X itself: "${other as string}" said before it is denied, and a denied word matches nothing, so the group never meets "… does not happen". Write them as one phrase ("${firstAlternative(other as string)} ..3 ${(denial as string).trim()}"), or set negation: ignore`,
      );
    items.forEach(visit);
  };
  patterns.forEach(visit);
  return lines;
}

/** "selection|mutations ..2 occur" → "selection|mutations": the phrase's first word slot. */
function firstAlternative(phrase: string): string {
  return phrase.trim().split(/\s+/)[0] ?? phrase;
}

/** One line per phrase of the patterns that reads otherwise than it looks (see {@link choiceReading}). */
function phraseReadings(patterns: readonly Pattern[], lead: string): string[] {
  const lines: string[] = [];
  for (const phrase of patterns.flatMap(patternStrings)) {
    const reading = choiceReading(phrase);
    if (reading !== undefined)
      lines.push(`${lead}"${phrase}" reads ${reading} ("|" chooses between single words)`);
  }
  return lines;
}

/**
 * How a phrase that sets a plain word beside a choice of different words is read, spelled out:
 * "go away|disappear" is "go" then "away" or "disappear", not "go away" or "disappear" (a
 * teacher's first `accept:` phrases often meant the second; `|` chooses between single words).
 * Undefined when the phrase has no such pair.
 */
function choiceReading(phrase: string): string | undefined {
  const chunks = phrase.trim().split(/\s+/);
  const isChoice = (c: string | undefined) => c?.includes('|') === true && !c.startsWith('..');
  const isPlain = (c: string | undefined) => c !== undefined && !c.includes('|') && !c.startsWith('..');
  const mixed = (c: string) =>
    new Set(c.split('|').map((a) => stemOf(a.replace(/^=|[*?]$/g, '').toLowerCase()))).size > 1;
  // Two choices side by side that offer the same word are a phrase cut in two: "only|most|no
  // more|limit" is one of "only", "most", "no", then "more" or "limit" (set 14's teacher meant
  // five alternatives). Choices that share nothing ("flows|rushes in|into") mean what they say.
  const wordsOf = (c: string) => new Set(c.split('|').map((a) => a.replace(/^=|[*?]$/g, '').toLowerCase()));
  const shares = (a: string | undefined, b: string | undefined) =>
    isChoice(a) && isChoice(b) && [...wordsOf(a as string)].some((w) => wordsOf(b as string).has(w));
  const pair = chunks.some(
    (c, i) =>
      isChoice(c) &&
      mixed(c) &&
      (isPlain(chunks[i - 1]) ||
        isPlain(chunks[i + 1]) ||
        shares(chunks[i - 1], c) ||
        shares(c, chunks[i + 1])),
  );
  if (!pair) return undefined;
  const words = chunks.map((c) =>
    isChoice(c)
      ? `(${c.split('|').join(' | ')})`
      : /^\.\.\d?$/.test(c)
        ? `(up to ${c.slice(2) || 'a few'} words)`
        : c,
  );
  return words.join(' + ');
}

/**
 * A pattern as an indented outline: "one of", "all in one clause", phrases quoted, concepts as
 * @name (look them up in content/lexicon.yaml), synonym groups on one line.
 */
function show(p: Pattern): string {
  return outline(p).join('\n');
}

function outline(p: Pattern): string[] {
  if (typeof p === 'string') return [quote(p)];
  if (Array.isArray(p)) {
    if (p.every((q) => typeof q === 'string'))
      return [`one of: ${p.map((q) => quote(q as string)).join(' | ')}`];
    if (p.length === 1) return outline(p[0] as Pattern);
    return ['one of:', ...p.flatMap((q) => bullet(outline(q)))];
  }
  if ('any' in p) return outline(p.any);
  if ('about' in p) return [`said of "${p.about}":`, ...outline(p.pattern).map((l) => `  ${l}`)];
  const where = [p.scope ? `in one ${p.scope}` : 'in one sentence'];
  if (p.within) where.push(`within ${p.within} words`);
  if (p.ordered) where.push('in this order');
  if (p.listed) where.push('the last opening its clause, as a list item does');
  const items = p.all.flatMap((item) => {
    if (!(typeof item === 'object' && !Array.isArray(item) && 'not' in item)) return bullet(outline(item));
    const counted = countOfOne(item.not);
    return counted !== undefined
      ? [`- not one counted alone: "one|single|1 … ${counted}", "a wrong|different|… ${counted}"`]
      : bullet(['not:', ...outline(item.not).map((l) => `  ${l}`)]);
  });
  return [`all of (${where.join(', ')}):`, ...items];
}

/**
 * The words of the label compiler's guard against a count of one ("one X", "a different X"), or
 * undefined for any other pattern. It stands in most label trees, and written out in full it took
 * three lines each time (set 24's teacher: "every branch repeats not: one of …").
 */
function countOfOne(p: Pattern): string | undefined {
  if (!Array.isArray(p) || p.length !== 2) return undefined;
  const [a, b] = p;
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  if (!a.startsWith('=one|=single|=1 ') || !b.startsWith('=a ')) return undefined;
  const words = a.split(' ').slice(-1)[0] as string;
  return b.endsWith(` ${words}`) ? words : undefined;
}

function bullet(lines: string[]): string[] {
  return lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`));
}

function quote(phrase: string): string {
  return phrase.startsWith('@') && !phrase.includes(' ') ? phrase : `"${phrase}"`;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
