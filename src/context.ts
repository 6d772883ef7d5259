import type { Config } from './config/index.js';
import type { Term } from './content/term-schema.js';
import type { TermIndex } from './content/term-search.js';
import type { Logger } from './logger.js';
import type { QuestionCatalog } from './quiz/catalog.js';

/** Where "now" comes from, so scheduling and streak logic can be tested with a fixed time. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The loaded, validated content pack. */
export interface Content {
  /** Every term card, sorted by id. */
  readonly terms: readonly Term[];
  /** Search over the cards (autocomplete and free-text resolution) and lookup by id. */
  readonly termIndex: TermIndex;
  /** Every question with its rubric compiled once at start-up; topics and units for /quiz. */
  readonly questions: QuestionCatalog;
}

/**
 * Everything a command handler may use, built once by the composition root (`src/app.ts`) and
 * passed down. Plain TypeScript: no Discord objects, so domain code and tests can build one.
 */
export interface AppContext {
  readonly config: Config;
  readonly content: Content;
  readonly logger: Logger;
  readonly clock: Clock;
}
