import { type ContentError, ContentPackError } from '../content/content-error.js';
import { loadPackLexicon } from '../content/question-loader.js';
import type { Lexicon } from '../content/question-schema.js';
import type { AppContext } from '../context.js';
import type { CompiledRubric } from '../grading/index.js';
import { QuestionCatalog } from '../quiz/catalog.js';
import { loadStoredQuestion } from './import.js';
import { classRepo } from './repo.js';

interface Cached {
  lexicon: Lexicon;
  byGuild: Map<string, QuestionCatalog>;
  /** Per server: the imported questions (local id) with problems since their import. */
  problemsByGuild: Map<string, Map<string, ImportProblems>>;
}

/** Per app: the lexicon imports compile against, and each server's catalog once built. */
const caches = new WeakMap<AppContext, Cached>();

function cacheOf(ctx: AppContext): Cached {
  let cached = caches.get(ctx);
  if (!cached) {
    cached = {
      lexicon: loadLexicon(ctx.config.CONTENT_DIR),
      byGuild: new Map(),
      problemsByGuild: new Map(),
    };
    caches.set(ctx, cached);
  }
  return cached;
}

/** The content pack's concept lexicon, which imported rubrics may use like the pack's own. */
export function lexiconOf(ctx: AppContext): Lexicon {
  return cacheOf(ctx).lexicon;
}

/**
 * The questions for a server: the content pack plus that server's imports (namespaced `srv.<id>`),
 * as one catalog used wherever questions are picked, autocompleted or graded. Outside a server
 * it is the pack alone. Built on first use and rebuilt after an import or removal.
 */
export function questionsFor(ctx: AppContext, guildId: string | null | undefined): QuestionCatalog {
  const pack = ctx.content.questions;
  if (!guildId) return pack;
  const cache = cacheOf(ctx);
  const known = cache.byGuild.get(guildId);
  if (known) return known;
  const stored = ctx.store.repo(classRepo).guildQuestions(guildId);
  let catalog = pack;
  const problems = new Map<string, ImportProblems>();
  if (stored.length > 0) {
    const questions = [...pack.questions];
    const rubrics = new Map<string, CompiledRubric>();
    for (const q of pack.questions) {
      const frq = pack.frq(q.id);
      if (frq) rubrics.set(q.id, frq.rubric);
    }
    for (const row of stored) {
      const { question: loaded, problems: found } = loadStoredQuestion(row.yaml, cache.lexicon);
      // A lexicon change can break an old import (not served), or put one of its examples out of step
      // with the grader (still served): either way its teacher is told in /class questions.
      if (found.length > 0) {
        problems.set(row.questionId, { served: loaded !== undefined, problems: found });
        ctx.logger.warn(
          { guildId, question: row.questionId, problems: found },
          loaded
            ? "an imported question's examples no longer agree with the grader; still served"
            : 'an imported question no longer validates; skipped',
        );
      }
      if (!loaded) continue;
      questions.push(loaded.question);
      if (loaded.rubric) rubrics.set(loaded.question.id, loaded.rubric);
    }
    catalog = new QuestionCatalog(questions, rubrics);
  }
  cache.byGuild.set(guildId, catalog);
  cache.problemsByGuild.set(guildId, problems);
  return catalog;
}

/** What went wrong with a stored import since it was imported. */
export interface ImportProblems {
  /** Still graded and assignable (only its examples disagree), or left out (it no longer compiles). */
  readonly served: boolean;
  /** `line N: …`, as `/class import` words them. */
  readonly problems: readonly string[];
}

/** A server's imported questions (by local id) with problems since their import; `/class questions` shows them. */
export function importProblems(ctx: AppContext, guildId: string): ReadonlyMap<string, ImportProblems> {
  questionsFor(ctx, guildId);
  return cacheOf(ctx).problemsByGuild.get(guildId) ?? new Map();
}

/** Forgets a server's built catalog after its imports changed. */
export function invalidateQuestions(ctx: AppContext, guildId: string): void {
  cacheOf(ctx).byGuild.delete(guildId);
  cacheOf(ctx).problemsByGuild.delete(guildId);
}

/**
 * The pack's lexicon, loaded as the pack loads it (lexicon.yaml and words.yaml): an import whose
 * labels compiled without the synonym groups graded differently from `tutor rubric explain` and
 * from the pack's own plain-language points (a teacher found an example passing in one and
 * failing in the other).
 */
function loadLexicon(contentDir: string): Lexicon {
  const errors: ContentError[] = [];
  const lexicon = loadPackLexicon(contentDir, errors);
  if (errors.length > 0) throw new ContentPackError(errors);
  return lexicon;
}
