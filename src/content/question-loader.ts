import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CompiledRubric, CompileIssue } from '../grading/compile.js';
import { checkLexicon, RubricCompileError } from '../grading/compile.js';
import { compileQuestion } from '../grading/compile-question.js';
import { checkExamples } from '../grading/examples.js';
import { useRealWords } from '../grading/vocabulary.js';
import { useMisspellings, useSpanishWords } from '../grading/word-info.js';
import { ContentError } from './content-error.js';
import {
  type Lexicon,
  lexiconFileSchema,
  normalizeQuestion,
  type Question,
  questionFileSchema,
  wordsFileSchema,
} from './question-schema.js';
import { readYamlSource, validateYaml, type YamlSource } from './yaml-source.js';

/** How {@link loadQuestionBank} treats questions. */
export interface LoadOptions {
  /**
   * Keep a question whose examples fail (its failures are still listed in `errors`): for authoring
   * tools that grade with a rubric being edited. The bot never sets it.
   */
  readonly keepFailingExamples?: boolean;
}

/** Everything the grader needs from `content/`: the lexicon, the questions and their compiled rubrics. */
export interface QuestionBank {
  readonly lexicon: Lexicon;
  /** Questions that loaded, compiled and passed their examples, sorted by id. */
  readonly questions: Question[];
  /** Compiled rubrics of the FRQs in `questions`, by id. */
  readonly rubrics: ReadonlyMap<string, CompiledRubric>;
  /** Every problem found; each names its file and, where known, its line. */
  readonly errors: ContentError[];
}

/**
 * Loads `content/lexicon.yaml` and `content/questions/*.yaml`. Never silent: a file with a bad
 * field, an unknown concept, a duplicate id or an example the grader disagrees with is left out
 * of `questions` and reported in `errors` with file and line.
 */
export function loadQuestionBank(contentDir: string, options: LoadOptions = {}): QuestionBank {
  const errors: ContentError[] = [];
  const lexicon = loadPackLexicon(contentDir, errors);
  // Misspellings are read by the tokenizer, for every question alike.
  useMisspellings(lexicon.misspellings ?? {});
  useSpanishWords(
    otherLanguageWords([
      lexicon.spanish ?? {},
      lexicon.portuguese ?? {},
      lexicon.haitian_creole ?? {},
      lexicon.french ?? {},
    ]),
  );
  useRealWords(lexicon.words ?? []);
  const questions: Question[] = [];
  const rubrics = new Map<string, CompiledRubric>();
  const dir = join(contentDir, 'questions');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
    : [];
  const seenIds = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    const source = readYamlSource(file, errors);
    if (!source) continue;
    const parsed = validateYaml(source, questionFileSchema);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const question = normalizeQuestion(parsed.value);
    const stem = basename(name).replace(/\.ya?ml$/, '');
    if (question.id !== stem) {
      errors.push(
        new ContentError(
          file,
          source.lineOf(['id']),
          `id "${question.id}" must match the file name "${stem}"`,
        ),
      );
      continue;
    }
    const other = seenIds.get(question.id);
    if (other) {
      errors.push(
        new ContentError(
          file,
          source.lineOf(['id']),
          `duplicate question id "${question.id}" (also in ${other})`,
        ),
      );
      continue;
    }
    seenIds.set(question.id, file);
    if (question.kind === 'mcq') {
      questions.push(question);
      continue;
    }
    let rubric: CompiledRubric;
    try {
      rubric = compileQuestion(question, lexicon);
    } catch (error) {
      if (!(error instanceof RubricCompileError)) throw error;
      for (const issue of error.issues) errors.push(issueToError(issue, source));
      continue;
    }
    const failures = checkExamples(rubric);
    if (failures.length > 0) {
      for (const f of failures)
        errors.push(new ContentError(file, source.lineOf(['examples', f.index]), f.message));
      if (!options.keepFailingExamples) continue;
    }
    questions.push(question);
    rubrics.set(question.id, rubric);
  }
  return { lexicon, questions, rubrics, errors };
}

/**
 * The lexicon every rubric of a pack compiles against: `lexicon.yaml` with `words.yaml` (synonym
 * groups, curated misspellings, other languages' words). Teachers' imported questions must compile
 * against this same lexicon, or their plain-language labels lose the synonym groups.
 */
export function loadPackLexicon(contentDir: string, errors: ContentError[]): Lexicon {
  return withWords(
    loadLexicon(join(contentDir, 'lexicon.yaml'), errors),
    join(contentDir, 'words.yaml'),
    errors,
  );
}

function loadLexicon(file: string, errors: ContentError[]): Lexicon {
  const empty: Lexicon = { concepts: {} };
  if (!existsSync(file)) {
    errors.push(new ContentError(file, undefined, 'the concept lexicon is missing'));
    return empty;
  }
  const source = readYamlSource(file, errors);
  if (!source) return empty;
  const parsed = validateYaml(source, lexiconFileSchema);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return empty;
  }
  for (const issue of checkLexicon(parsed.value)) errors.push(issueToError(issue, source));
  return parsed.value;
}

/** Adds `content/words.yaml` (synonym groups, curated misspellings, Spanish words) to the lexicon, when present. */
function withWords(lexicon: Lexicon, file: string, errors: ContentError[]): Lexicon {
  if (!existsSync(file)) return lexicon;
  const source = readYamlSource(file, errors);
  if (!source) return lexicon;
  const parsed = validateYaml(source, wordsFileSchema);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return lexicon;
  }
  // Synonym entries are phrases: check them as the lexicon is checked, naming their own lines.
  const groups = Object.fromEntries(parsed.value.synonyms.map((g, i) => [`synonyms-${i}`, g]));
  for (const issue of checkLexicon({ concepts: { ...lexicon.concepts, ...groups } })) {
    const name = String(issue.path[1]);
    if (!name.startsWith('synonyms-')) continue;
    const at = ['synonyms', Number(name.slice('synonyms-'.length)), ...issue.path.slice(2)];
    errors.push(new ContentError(file, source.lineOf(at), `${at.join('.')}: ${issue.message}`));
  }
  errors.push(...wordListClashes(parsed.value, source, file));
  return {
    ...lexicon,
    synonyms: [...(lexicon.synonyms ?? []), ...parsed.value.synonyms],
    misspellings: { ...lexicon.misspellings, ...parsed.value.misspellings },
    words: [...(lexicon.words ?? []), ...parsed.value.words],
    spanish: { ...lexicon.spanish, ...parsed.value.spanish },
    portuguese: { ...lexicon.portuguese, ...parsed.value.portuguese },
    haitian_creole: { ...lexicon.haitian_creole, ...parsed.value.haitian_creole },
    french: { ...lexicon.french, ...parsed.value.french },
  };
}

/** The other-language lists as one "English word → other forms" record (forms of one word joined). */
function otherLanguageWords(
  lists: readonly Readonly<Record<string, readonly string[]>>[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const list of lists)
    for (const [english, forms] of Object.entries(list)) out[english] = [...(out[english] ?? []), ...forms];
  return out;
}

/**
 * A word that two lists of `content/words.yaml` read as different words is an authoring slip the
 * loader would otherwise settle silently (the last entry wins): a Spanish, Portuguese, Haitian Creole or French word listed
 * under two English words, or one that is also a listed misspelling.
 */
function wordListClashes(
  words: {
    misspellings: Record<string, string[]>;
    spanish: Record<string, string[]>;
    portuguese: Record<string, string[]>;
    haitian_creole: Record<string, string[]>;
    french: Record<string, string[]>;
  },
  source: YamlSource,
  file: string,
): ContentError[] {
  const out: ContentError[] = [];
  const readAs = new Map<string, string>();
  for (const [word, wrong] of Object.entries(words.misspellings)) for (const w of wrong) readAs.set(w, word);
  // One map for every language: "entrar" may be listed in each, but only as the same English word.
  const translatedAs = new Map<string, string>();
  for (const list of ['spanish', 'portuguese', 'haitian_creole', 'french'] as const)
    for (const [english, forms] of Object.entries(words[list])) {
      forms.forEach((form, i) => {
        const other = translatedAs.get(form) ?? readAs.get(form);
        if (other !== undefined && other !== english)
          out.push(
            new ContentError(
              file,
              source.lineOf([list, english, i]),
              `${list}.${english}: "${form}" is already read as "${other}"; list each word once`,
            ),
          );
        translatedAs.set(form, english);
      });
    }
  return out;
}

/** Lexicon issues are found while checking the lexicon, question issues while compiling that question. */
function issueToError(issue: CompileIssue, source: YamlSource): ContentError {
  return new ContentError(
    source.file,
    source.lineOf(issue.path),
    `${issue.path.join('.')}: ${issue.message}`,
  );
}
