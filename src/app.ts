import { commands as defaultCommands } from '../commands/index.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config/index.js';
import { loadTermsOrThrow } from './content/term-loader.js';
import type { Term } from './content/term-schema.js';
import { TermIndex } from './content/term-search.js';
import type { AppContext, Content } from './context.js';
import { type Bot, createBot } from './discord/bot.js';
import type { Command } from './discord/command.js';
import type { Logger } from './logger.js';
import { loadQuestionCatalogOrThrow } from './quiz/catalog.js';
import { type Random, systemRandom } from './random.js';
import { openStore, type Store } from './store/index.js';
import { expireDrafts } from './study/drafts.js';

/** Options for {@link createApp}. */
export interface AppOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** Time and timers (default: the wall clock); the sandbox passes its own so tests can advance it. */
  readonly clock?: Clock;
  /** Chance (default Math.random); tests and sandbox runs may pass a seeded one. */
  readonly random?: Random;
  /** An already open store (default: open DATABASE_PATH; the app then closes it on stop). */
  readonly store?: Store;
  /** Use these cards instead of reading CONTENT_DIR (benchmarks synthesise hundreds). */
  readonly terms?: readonly Term[];
  /** Commands to serve in addition to `commands/index.ts` (tests register a deliberately failing one). */
  readonly extraCommands?: readonly Command[];
}

/** The assembled bot: context, commands and a client that connects on `start`. */
export interface App {
  readonly ctx: AppContext;
  readonly commands: readonly Command[];
  readonly bot: Bot;
  /** Logs in with `token` (default DISCORD_TOKEN) and resolves when the gateway is READY. */
  start(token?: string): Promise<void>;
  /** Disconnects; safe to call more than once. */
  stop(): Promise<void>;
}

/** Builds the content pack once; throws ContentPackError (every problem with file:line) if it is broken. */
export function loadContent(contentDir: string, terms?: readonly Term[]): Content {
  const cards = terms ?? loadTermsOrThrow(contentDir);
  const questions = loadQuestionCatalogOrThrow(contentDir);
  return { terms: cards, termIndex: new TermIndex(cards), questions };
}

/**
 * The composition root: builds `ctx` (config, content, logger, clock, random, store) once and the
 * bot around it. Content is validated and the database opened (and migrated) here, so a broken
 * pack or an unusable database file stops start-up before anything connects.
 * Does not register commands; that is `tutor deploy`.
 */
export function createApp(opts: AppOptions): App {
  const { config, logger } = opts;
  const content = loadContent(config.CONTENT_DIR, opts.terms);
  const clock = opts.clock ?? systemClock;
  const store = opts.store ?? openStore(config.DATABASE_PATH, { nowMs: clock.now().getTime() });
  const ownsStore = opts.store === undefined;
  // Old drafts are also swept on every save; this covers a bot that was down for a while.
  expireDrafts(store, clock.now().getTime());
  const ctx: AppContext = Object.freeze({
    config,
    content,
    logger,
    clock,
    random: opts.random ?? systemRandom,
    store,
  });
  const commands = [...defaultCommands, ...(opts.extraCommands ?? [])];
  let bot: Bot;
  try {
    bot = createBot({ ctx, commands, restUrl: config.DISCORD_API_URL });
  } catch (error) {
    if (ownsStore) store.close();
    throw error;
  }
  logger.info(
    { terms: content.terms.length, questions: content.questions.questions.length, commands: commands.length },
    'content loaded',
  );

  return {
    ctx,
    commands,
    bot,
    async start(token = config.DISCORD_TOKEN) {
      if (!token) throw new Error('DISCORD_TOKEN is not set; copy .env.example to .env and fill it in.');
      await bot.start(token);
    },
    async stop() {
      await bot.stop();
      if (ownsStore) store.close();
    },
  };
}
