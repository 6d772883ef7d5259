import { type Client, Events } from 'discord.js';
import type { AppContext } from '../context.js';
import { createClient } from './client.js';
import type { Command } from './command.js';
import { createRouter, type Router } from './router.js';

/** A connected (or connectable) bot. */
export interface Bot {
  readonly client: Client;
  readonly router: Router;
  /** Logs in and resolves once the gateway session is READY. */
  start(token: string): Promise<void>;
  /** Closes the gateway connection and REST queues. Safe to call twice. */
  stop(): Promise<void>;
}

/** Wires the router and logging onto a new client; does not connect until `start`. */
export function createBot(opts: { ctx: AppContext; commands: readonly Command[]; restUrl?: string }): Bot {
  const { ctx } = opts;
  const client = createClient({ restUrl: opts.restUrl });
  const router = createRouter(opts.commands, ctx);
  let stopped = false;

  client.on(Events.InteractionCreate, (interaction) => {
    // The router never rejects; the catch is for the impossible case so it cannot crash the process.
    router.handle(interaction).catch((err) => ctx.logger.error({ err }, 'router failed'));
  });
  client.on(Events.Error, (err) => ctx.logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => ctx.logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    ctx.logger.warn({ code: event.code, shardId }, 'gateway disconnected'),
  );

  return {
    client,
    router,
    async start(token) {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(token);
      await ready;
      for (const command of opts.commands) await command.onReady?.(client as Client<true>, ctx);
      ctx.logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'bot is ready');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const command of opts.commands) command.onStop?.(client, ctx);
      await client.destroy();
    },
  };
}
