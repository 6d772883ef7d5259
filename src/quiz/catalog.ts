import { type ContentError, ContentPackError } from '../content/content-error.js';
import { loadQuestionBank, type QuestionBank } from '../content/question-loader.js';
import { type FrqQuestion, MAX_PARTS, type McqQuestion, type Question } from '../content/question-schema.js';
import type { CompiledRubric } from '../grading/index.js';
import { buildTopicTargets, type QuestionKind, resolveTopic, type TopicTarget } from './topics.js';

/**
 * The most answer fields one form can hold (Discord allows five text inputs per modal). A question
 * with more parts is refused when the pack loads (a schema rule, so the error names file and line)
 * rather than split across forms: a student would lose sight of the earlier parts.
 */
export const MAX_QUIZ_PARTS = MAX_PARTS;

/** What a student asked `/quiz` for: both optional. */
export interface QuizFilter {
  /** A {@link TopicTarget} key, resolved already. */
  readonly topic?: string | undefined;
  readonly kind?: QuestionKind | undefined;
}

/**
 * The question bank as /quiz uses it: every question with its rubric compiled once at start-up,
 * and the topics, units and questions a student can ask for. Immutable after construction.
 */
export class QuestionCatalog {
  /** Every question, sorted by id. */
  readonly questions: readonly Question[];
  /** Units, topic tags and single questions a student can name, in autocomplete order. */
  readonly targets: readonly TopicTarget[];
  private readonly byId: ReadonlyMap<string, Question>;
  private readonly rubrics: ReadonlyMap<string, CompiledRubric>;
  private readonly targetByKey: ReadonlyMap<string, TopicTarget>;

  constructor(questions: readonly Question[], rubrics: ReadonlyMap<string, CompiledRubric>) {
    this.questions = [...questions].sort((a, b) => a.id.localeCompare(b.id));
    this.byId = new Map(this.questions.map((q) => [q.id, q]));
    this.rubrics = rubrics;
    this.targets = buildTopicTargets(this.questions);
    this.targetByKey = new Map(this.targets.map((t) => [t.key, t]));
    for (const q of this.questions) {
      if (q.kind === 'frq' && !rubrics.has(q.id)) throw new Error(`FRQ "${q.id}" has no compiled rubric`);
    }
  }

  /** A question by id. */
  get(id: string): Question | undefined {
    return this.byId.get(id);
  }

  /** An FRQ by id, with its compiled rubric. */
  frq(id: string): { question: FrqQuestion; rubric: CompiledRubric } | undefined {
    const question = this.byId.get(id);
    const rubric = this.rubrics.get(id);
    return question?.kind === 'frq' && rubric ? { question, rubric } : undefined;
  }

  /** An MCQ by id. */
  mcq(id: string): McqQuestion | undefined {
    const question = this.byId.get(id);
    return question?.kind === 'mcq' ? question : undefined;
  }

  /** The target with this exact key (a value from autocomplete or a custom_id). */
  target(key: string): TopicTarget | undefined {
    return this.targetByKey.get(key);
  }

  /** What a typed topic means, or undefined when it names nothing we have. */
  resolveTopic(typed: string): TopicTarget | undefined {
    return resolveTopic(this.targets, typed);
  }

  /** The questions matching a filter, sorted by id; an unknown topic key matches nothing. */
  matching(filter: QuizFilter): Question[] {
    let pool: readonly Question[] = this.questions;
    if (filter.topic !== undefined) {
      const target = this.targetByKey.get(filter.topic);
      const ids = new Set(target?.questionIds ?? []);
      pool = pool.filter((q) => ids.has(q.id));
    }
    if (filter.kind !== undefined) pool = pool.filter((q) => q.kind === filter.kind);
    return [...pool];
  }

  /** Units and topics that have at least one question of `kind` (any kind when undefined). */
  topicsWith(kind?: QuestionKind): TopicTarget[] {
    return this.targets.filter(
      (t) =>
        t.kind !== 'question' &&
        (kind === undefined || t.questionIds.some((id) => this.byId.get(id)?.kind === kind)),
    );
  }
}

/** Builds the catalog from a loaded bank; the problems are the bank's own (the part limit is a schema rule). */
export function catalogFromBank(bank: QuestionBank): { catalog: QuestionCatalog; errors: ContentError[] } {
  const errors = [...bank.errors];
  return { catalog: new QuestionCatalog(bank.questions, bank.rubrics), errors };
}

/**
 * Loads, compiles and checks every question under `contentDir` once. Throws ContentPackError
 * naming every problem (file and line), so a broken question stops start-up instead of vanishing.
 */
export function loadQuestionCatalogOrThrow(contentDir: string): QuestionCatalog {
  const { catalog, errors } = catalogFromBank(loadQuestionBank(contentDir));
  if (errors.length > 0) throw new ContentPackError(errors);
  return catalog;
}
