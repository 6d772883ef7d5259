import { type ContentError, ContentPackError } from '../content/content-error.js';
import { loadPackLexicon } from '../content/question-loader.js';
import type { Lexicon } from '../content/question-schema.js';
import type { AppContext } from '../context.js';
import type { CompiledRubric } from '../grading/index.js';
import { QuestionCatalog } from '../quiz/catalog.js';
import { loadStoredQuestion, readQuestionFile } from './import.js';
import { classRepo } from './repo.js';

interface Cached {
  lexicon: Lexicon;
  byGuild: Map<string, QuestionCatalog>;
  /** Per server: imported questions (local id) whose examples no longer agree with the grader. */
  staleByGuild: Map<string, Map<string, readonly string[]>>;
  /** Per server: imported questions (local id) that no longer compile at all, with why. */
  brokenByGuild: Map<string, Map<string, readonly string[]>>;
}

/** Per app: the lexicon imports compile against, and each server's catalog once built. */
const caches = new WeakMap<AppContext, Cached>();

function cacheOf(ctx: AppContext): Cached {
  let cached = caches.get(ctx);
  if (!cached) {
    cached = {
      lexicon: loadLexicon(ctx.config.CONTENT_DIR),
      byGuild: new Map(),
      staleByGuild: new Map(),
      brokenByGuild: new Map(),
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
  const stale = new Map<string, readonly string[]>();
  const broken = new Map<string, readonly string[]>();
  if (stored.length > 0) {
    const questions = [...pack.questions];
    const rubrics = new Map<string, CompiledRubric>();
    for (const q of pack.questions) {
      const frq = pack.frq(q.id);
      if (frq) rubrics.set(q.id, frq.rubric);
    }
    for (const row of stored) {
      const loaded = loadStoredQuestion(row.yaml, cache.lexicon);
      if (!loaded) {
        // A lexicon change can break an old import; say so rather than serving a broken rubric, and
        // keep why, so /class questions can tell its teacher.
        const problems = readQuestionFile(row.yaml, cache.lexicon).problems;
        broken.set(row.questionId, problems.length > 0 ? problems : ['it no longer compiles']);
        ctx.logger.warn(
          { guildId, question: row.questionId, problems },
          'an imported question no longer validates; skipped',
        );
        continue;
      }
      if (loaded.staleExamples.length > 0) {
        stale.set(loaded.localId, loaded.staleExamples);
        ctx.logger.warn(
          { guildId, question: row.questionId, examples: loaded.staleExamples },
          "an imported question's examples no longer agree with the grader; still served, teacher told in /class questions",
        );
      }
      questions.push(loaded.question);
      if (loaded.rubric) rubrics.set(loaded.question.id, loaded.rubric);
    }
    catalog = new QuestionCatalog(questions, rubrics);
  }
  cache.byGuild.set(guildId, catalog);
  cache.staleByGuild.set(guildId, stale);
  cache.brokenByGuild.set(guildId, broken);
  return catalog;
}

/**
 * A server's imported questions (by local id) whose examples no longer agree with the grader,
 * each with its `line N: example …` problems; `/class questions` shows them to the teacher.
 */
export function staleImports(ctx: AppContext, guildId: string): ReadonlyMap<string, readonly string[]> {
  questionsFor(ctx, guildId);
  return cacheOf(ctx).staleByGuild.get(guildId) ?? new Map();
}

/** A server's imported questions (by local id) that no longer compile and are not served, each with why. */
export function brokenImports(ctx: AppContext, guildId: string): ReadonlyMap<string, readonly string[]> {
  questionsFor(ctx, guildId);
  return cacheOf(ctx).brokenByGuild.get(guildId) ?? new Map();
}

/** Forgets a server's built catalog after its imports changed. */
export function invalidateQuestions(ctx: AppContext, guildId: string): void {
  cacheOf(ctx).byGuild.delete(guildId);
  cacheOf(ctx).staleByGuild.delete(guildId);
  cacheOf(ctx).brokenByGuild.delete(guildId);
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
