import { ApplicationFlags, RESTJSONErrorCodes } from 'discord-api-types/v10';
import { type CommandRegistry, checkCommand } from './command-registry.js';
import { DiscordHttpError, invalidFormBody, Router } from './http.js';
import type { InteractionEngine } from './interactions.js';
import { checkMessageBody } from './limits.js';
import type { MessageStore } from './messages.js';
import type { World } from './world.js';

/** Everything the REST routes read or change. */
export interface RestHost {
  world: World;
  messages: MessageStore;
  commands: CommandRegistry;
  interactions: InteractionEngine;
  gatewayUrl: () => string;
  error: (message: string) => void;
}

/** The application object, as READY and GET /applications/@me describe it. */
export function applicationPayload(world: World) {
  return {
    id: world.applicationId,
    name: 'AP Bio Tutor (sandbox)',
    icon: null,
    description: 'Offline sandbox application',
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    team: null,
    summary: '',
    flags: ApplicationFlags.GatewayMessageContentLimited,
    bot: world.botUser(),
  };
}

/** Builds the router for every REST endpoint the sandbox simulates. */
export function buildRoutes(host: RestHost): Router {
  const { world, messages, commands, interactions } = host;
  const router = new Router();
  const app = world.applicationId;
  const unknown = (code: number, what: string) => new DiscordHttpError(404, code, `Unknown ${what}`);
  const requireApp = (id: string | undefined) => {
    if (id !== app) throw unknown(RESTJSONErrorCodes.UnknownApplication, 'Application');
  };
  const requireGuild = (id: string | undefined) => {
    if (!id || !world.guilds.some((g) => g.id === id))
      throw unknown(RESTJSONErrorCodes.UnknownGuild, 'Guild');
  };
  const requireChannel = (id: string | undefined): string => {
    const channel = id ? world.channel(id) : undefined;
    if (!channel || channel.id !== id) throw unknown(RESTJSONErrorCodes.UnknownChannel, 'Channel');
    return channel.id;
  };
  const checkCommands = (bodies: unknown[], context: string) => {
    const violations = bodies.flatMap((body, i) => checkCommand(body as never, String(i)));
    if (violations.length > 0) {
      for (const v of violations) host.error(`${context}: ${v.path}: ${v.message}`);
      throw invalidFormBody(violations);
    }
  };

  router
    .add('GET', '/gateway', false, () => ({ status: 200, body: { url: host.gatewayUrl() } }))
    .add('GET', '/gateway/bot', true, () => ({
      status: 200,
      body: {
        url: host.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      },
    }))
    .add('GET', '/users/@me', true, () => ({ status: 200, body: world.botUser() }))
    .add('GET', '/applications/@me', true, () => ({ status: 200, body: applicationPayload(world) }))
    .add('GET', '/oauth2/applications/@me', true, () => ({ status: 200, body: applicationPayload(world) }))
    .add('GET', '/guilds/:guild', true, (_req, [g]) => {
      requireGuild(g);
      const { members: _m, channels: _c, ...guild } = world.guildCreate(g);
      return { status: 200, body: guild };
    })
    .add('GET', '/guilds/:guild/channels', true, (_req, [g]) => {
      requireGuild(g);
      return { status: 200, body: world.textChannels(g) };
    })
    .add('GET', '/guilds/:guild/roles', true, (_req, [g]) => {
      requireGuild(g);
      return { status: 200, body: world.roles(g) };
    })
    .add('GET', '/guilds/:guild/members/:user', true, (_req, [g, u]) => {
      requireGuild(g);
      const member = world.findMember(u ?? '');
      if (!member) throw unknown(RESTJSONErrorCodes.UnknownMember, 'Member');
      const { permissions: _p, ...payload } = world.interactionMember(member);
      return { status: 200, body: payload };
    })
    .add('GET', '/channels/:channel', true, (_req, [c]) => {
      return { status: 200, body: world.textChannel(requireChannel(c)) };
    });

  // Channel messages: what a bot posts on its own (reminders, class posts).
  router
    .add('POST', '/channels/:channel/messages', true, (req, [c]) => {
      const channelId = requireChannel(c);
      const violations = checkMessageBody(req.body ?? {});
      if (violations.length > 0) {
        for (const v of violations) host.error(`POST channel message: ${v.path}: ${v.message}`);
        throw invalidFormBody(violations);
      }
      const message = messages.create(channelId, req.body ?? {});
      return { status: 200, body: messages.toApi(message, app) };
    })
    .add('GET', '/channels/:channel/messages', true, (req, [c]) => {
      const channelId = requireChannel(c);
      const limit = Number(req.query.get('limit') ?? 50);
      const list = messages.inChannel(channelId).reverse().slice(0, limit);
      return { status: 200, body: list.map((m) => messages.toApi(m, app)) };
    })
    .add('GET', '/channels/:channel/messages/:message', true, (_req, [c, m]) => {
      const channelId = requireChannel(c);
      const message = messages.get(m ?? '');
      if (!message || message.ephemeral || message.channelId !== channelId)
        throw unknown(RESTJSONErrorCodes.UnknownMessage, 'Message');
      return { status: 200, body: messages.toApi(message, app) };
    })
    .add('PATCH', '/channels/:channel/messages/:message', true, (req, [c, m]) => {
      const channelId = requireChannel(c);
      const message = messages.get(m ?? '');
      if (!message || message.ephemeral || message.channelId !== channelId)
        throw unknown(RESTJSONErrorCodes.UnknownMessage, 'Message');
      const violations = checkMessageBody(req.body ?? {});
      if (violations.length > 0) {
        for (const v of violations) host.error(`PATCH channel message: ${v.path}: ${v.message}`);
        throw invalidFormBody(violations);
      }
      message.apply(req.body ?? {}, true);
      return { status: 200, body: messages.toApi(message, app) };
    })
    .add('DELETE', '/channels/:channel/messages/:message', true, (_req, [c, m]) => {
      const channelId = requireChannel(c);
      if (messages.get(m ?? '')?.channelId !== channelId || !messages.delete(m ?? ''))
        throw unknown(RESTJSONErrorCodes.UnknownMessage, 'Message');
      return { status: 204 };
    });

  // Command registration, global and guild-scoped.
  for (const scoped of [false, true]) {
    const base = scoped ? '/applications/:app/guilds/:guild/commands' : '/applications/:app/commands';
    const scope = (params: string[]) => {
      requireApp(params[0]);
      if (scoped) requireGuild(params[1]);
      return scoped ? params[1] : undefined;
    };
    const idAt = scoped ? 2 : 1;
    router
      .add('GET', base, true, (_req, params) => ({ status: 200, body: commands.list(scope(params)) }))
      .add('PUT', base, true, (req, params) => {
        const guild = scope(params);
        const bodies = Array.isArray(req.body) ? req.body : [];
        checkCommands(bodies, `PUT ${scoped ? 'guild' : 'global'} commands`);
        return { status: 200, body: commands.overwrite(guild, bodies) };
      })
      .add('POST', base, true, (req, params) => {
        const guild = scope(params);
        checkCommands([req.body], 'POST command');
        return { status: 201, body: commands.upsert(guild, req.body) };
      })
      .add('GET', `${base}/:command`, true, (_req, params) => {
        const command = commands.byId(scope(params), params[idAt] ?? '');
        if (!command) throw unknown(RESTJSONErrorCodes.UnknownApplicationCommand, 'application command');
        return { status: 200, body: command };
      })
      .add('PATCH', `${base}/:command`, true, (req, params) => {
        const guild = scope(params);
        const command = commands.byId(guild, params[idAt] ?? '');
        if (!command) throw unknown(RESTJSONErrorCodes.UnknownApplicationCommand, 'application command');
        const merged = { ...command, ...req.body };
        checkCommands([merged], 'PATCH command');
        return { status: 200, body: commands.upsert(guild, merged) };
      })
      .add('DELETE', `${base}/:command`, true, (_req, params) => {
        if (!commands.remove(scope(params), params[idAt] ?? '')) {
          throw unknown(RESTJSONErrorCodes.UnknownApplicationCommand, 'application command');
        }
        return { status: 204 };
      });
  }

  // Interaction callback and interaction webhooks: discord.js calls these without Authorization.
  router
    .add('POST', '/interactions/:id/:token/callback', false, (req, [id, token]) =>
      interactions.callback(id ?? '', token ?? '', req.body, req.query.get('with_response') === 'true'),
    )
    .add('POST', '/webhooks/:app/:token', false, (req, [a, token]) =>
      interactions.followUp(a ?? '', token ?? '', req.body),
    )
    .add('GET', '/webhooks/:app/:token/messages/:message', false, (req, [a, t, m]) =>
      interactions.webhookMessage('GET', a ?? '', t ?? '', m ?? '', req.body),
    )
    .add('PATCH', '/webhooks/:app/:token/messages/:message', false, (req, [a, t, m]) =>
      interactions.webhookMessage('PATCH', a ?? '', t ?? '', m ?? '', req.body),
    )
    .add('DELETE', '/webhooks/:app/:token/messages/:message', false, (req, [a, t, m]) =>
      interactions.webhookMessage('DELETE', a ?? '', t ?? '', m ?? '', req.body),
    );
  return router;
}
