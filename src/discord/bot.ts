import { type Client, Events } from 'discord.js';
import type { AppContext } from '../context.js';
import { createClient } from './client.js';
import type { Command } from './command.js';
import { watchGateway } from './gateway-watchdog.js';
import { createRouter, type Router } from './router.js';
import { FATAL_CLOSE_CODES, GatewayClosedError, WrongApplicationError } from './startup-errors.js';

/** How long a shutdown waits for interactions already being handled. */
const DRAIN_ON_STOP_MS = 10_000;

/** A connected (or connectable) bot. */
export interface Bot {
  readonly client: Client;
  readonly router: Router;
  /** Logs in and resolves once the gateway session is READY. */
  start(token: string): Promise<void>;
  /**
   * Lets interactions already being handled finish (at most 10 s), then closes the gateway
   * connection and REST queues. Safe to call twice.
   */
  stop(): Promise<void>;
  /**
   * Resolves with the reason when the gateway closes for good after start-up (a token reset while running
   * gives 4004): the process should stop with that sentence instead of idling disconnected.
   */
  readonly fatal: Promise<GatewayClosedError>;
}

/** Wires the router and logging onto a new client; does not connect until `start`. */
export function createBot(opts: {
  ctx: AppContext;
  commands: readonly Command[];
  restUrl?: string;
  /** The application the token must belong to (DISCORD_APPLICATION_ID), checked at READY. */
  applicationId?: string;
}): Bot {
  const { ctx } = opts;
  const client = createClient({ restUrl: opts.restUrl, logger: ctx.logger });
  const router = createRouter(opts.commands, ctx);
  let stopped = false;
  let reportFatal: (error: GatewayClosedError) => void = () => {};
  const fatal = new Promise<GatewayClosedError>((resolve) => {
    reportFatal = resolve;
  });
  const stopWatching = watchGateway(client, ctx.logger);

  client.on(Events.InteractionCreate, (interaction) => {
    // Once stopping, nothing new starts: it could outlive the store. Discord tells the member the
    // bot did not respond, and they try again when it is back.
    if (stopped) return;
    // The router never rejects; the catch is for the impossible case so it cannot crash the process.
    router.handle(interaction).catch((err) => ctx.logger.error({ err }, 'router failed'));
  });
  client.on(Events.Error, (err) => ctx.logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => ctx.logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    ctx.logger.warn({ code: event.code, shardId }, 'gateway disconnected');
    if (FATAL_CLOSE_CODES.has(event.code)) reportFatal(new GatewayClosedError(event.code));
  });
  // discord.js also reports fatal closes as shard errors; the sentence comes from `fatal`, not a stack here.
  client.on(Events.ShardError, (error, shardId) =>
    ctx.logger.warn({ shardId, message: error.message }, 'gateway error'),
  );

  return {
    client,
    router,
    fatal,
    async start(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      // A fatal close during login never emits READY: without the race the process idles and Node exits 13.
      const closed = fatal.then((error) => Promise.reject(error));
      await Promise.race([client.login(token).then(() => ready), closed]);
      const actual = client.application?.id;
      if (opts.applicationId && actual && actual !== opts.applicationId) {
        throw new WrongApplicationError(opts.applicationId, actual);
      }
      for (const command of opts.commands) await command.onReady?.(client as Client<true>, ctx);
      ctx.jobs.start();
      ctx.logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'bot is ready');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      stopWatching();
      for (const command of opts.commands) command.onStop?.(client, ctx);
      // A student who pressed Submit just before a restart still gets their feedback (and their
      // attempt is stored before the store closes); a handler stuck on Discord does not hold the
      // shutdown for longer than the cap.
      await router.drain(DRAIN_ON_STOP_MS);
      await client.destroy();
    },
  };
}
