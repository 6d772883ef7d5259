import type { Clock } from './clock.js';
import type { Config } from './config/index.js';
import type { Term } from './content/term-schema.js';
import type { TermIndex } from './content/term-search.js';
import type { Logger } from './logger.js';
import type { QuestionCatalog } from './quiz/catalog.js';
import type { Random } from './random.js';
import type { Store } from './store/open.js';

export { type Clock, ManualClock, SystemClock, systemClock, type TimerHandle } from './clock.js';
export { type Random, seededRandom, systemRandom } from './random.js';

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
 * Time, timers and chance come only from `clock` and `random`, so tests can fix both.
 */
export interface AppContext {
  readonly config: Config;
  readonly content: Content;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Numbers in [0, 1) for every random choice a handler makes (seeded in tests). */
  readonly random: Random;
  /** The SQLite store at DATABASE_PATH. */
  readonly store: Store;
}
