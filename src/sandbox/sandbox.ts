import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayCloseCodes } from 'discord-api-types/v10';
import { ManualClock } from '../clock.js';
import { AttachmentStore } from './attachments.js';
import { CommandRegistry } from './command-registry.js';
import { delay, FaultController } from './faults.js';
import { Gateway } from './gateway.js';
import { DiscordHttpError, readBody, writeResponse } from './http.js';
import { InteractionEngine } from './interactions.js';
import { MessageStore } from './messages.js';
import { applicationPayload, buildRoutes } from './rest-routes.js';
import { SnowflakeGenerator } from './snowflake.js';
import type { Sandbox, SandboxOptions, SandboxUser } from './types.js';
import { SandboxUserImpl } from './users.js';
import { World } from './world.js';

const API_PREFIX = '/api';
const API_VERSION_PREFIX = '/v10';

/**
 * Starts a local Discord on 127.0.0.1: REST under `/api/v10` and the gateway as WebSocket upgrades on the same
 * port. The real discord.js client connects to it with only `rest.api` changed.
 */
export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const log = opts.logger ?? (() => {});
  const errors: string[] = [];
  const error = (message: string) => {
    errors.push(message);
    log(`sandbox error: ${message}`);
  };
  const ids = new SnowflakeGenerator();
  const faults = new FaultController();
  if (opts.faults) faults.set(opts.faults);
  const applicationId = opts.applicationId ?? '1300000000000000001';
  const token = opts.botToken ?? 'sandbox-bot-token';
  const world = new World(applicationId);
  const messages = new MessageStore(ids, () => world.botUser(), opts.onFile);
  const commands = new CommandRegistry(ids, applicationId);
  const timing = {
    settleMs: opts.settleMs ?? 40,
    ackTimeoutMs: opts.ackTimeoutMs ?? 3000,
    maxWaitMs: opts.maxWaitMs ?? 3500,
    deferredTimeoutMs: opts.deferredTimeoutMs ?? 15_000,
  };

  let port = 0;
  let botSeen = false;
  const gatewayUrl = () => `ws://127.0.0.1:${port}`;
  let gateway: Gateway | undefined;
  const interactions = new InteractionEngine({
    world,
    messages,
    ids,
    timing,
    dispatch: (event, data) => gateway?.dispatch(event, data) ?? 0,
    botSeen: () => botSeen,
    // Token expiry reads the shared clock, so `advance('16m')` expires tokens without waiting.
    now: opts.now ?? (() => clock.now().getTime()),
    error,
  });
  const router = buildRoutes({ world, messages, commands, interactions, gatewayUrl, error });

  const clock = opts.clock ?? new ManualClock();
  // REST traffic tracking, so `advance` can wait for what a fired timer made the bot do.
  let inFlight = 0;
  let lastTrafficAt = performance.now();
  const settle = async (): Promise<void> => {
    const deadline = performance.now() + timing.maxWaitMs;
    for (;;) {
      const quietFor = performance.now() - lastTrafficAt;
      if (inFlight === 0 && quietFor >= timing.settleMs) return;
      if (performance.now() > deadline) return;
      await new Promise((r) => setTimeout(r, Math.max(5, timing.settleMs - quietFor)));
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    lastTrafficAt = performance.now();
    try {
      await handleRequest(req, res);
    } finally {
      inFlight--;
      lastTrafficAt = performance.now();
    }
  };

  const handleRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    let path = url.pathname;
    // Files members attached to a command: signed links that expire, kept by the attachment store.
    if (method === 'GET' && attachments.has(path)) {
      const file = attachments.serve(path, url.searchParams);
      res.writeHead(file.status, { 'content-type': file.type, 'content-length': file.body.length });
      res.end(file.body);
      return;
    }
    // Attachment downloads (what a file's `url` points at), outside the API as on Discord's CDN.
    const download = /^\/attachments\/\d+\/(\d+)\/[^/]+$/.exec(path);
    if (download && method === 'GET') {
      const file = messages.file(download[1] ?? '');
      res.writeHead(file ? 200 : 404, { 'content-type': file?.contentType ?? 'text/plain' });
      res.end(file ? file.bytes : 'Not Found');
      return;
    }
    try {
      if (!path.startsWith(`${API_PREFIX}${API_VERSION_PREFIX}/`)) {
        throw new DiscordHttpError(404, 0, '404: Not Found (the sandbox speaks /api/v10 only)');
      }
      path = path.slice(API_PREFIX.length + API_VERSION_PREFIX.length);
      const match = router.match(method, path);
      if (!match) throw new DiscordHttpError(404, 0, '404: Not Found');
      const authorization = req.headers.authorization;
      if (match.route.auth && authorization !== `Bot ${token}`) {
        throw new DiscordHttpError(401, 0, '401: Unauthorized');
      }
      const body = await readBody(req);
      // Latency both ways: the request reaches "Discord" late, and so does its answer.
      await delay(faults.delayMs());
      const decision = faults.decide(method, path);
      if (decision.kind === 'fail') {
        await delay(faults.delayMs());
        writeResponse(res, decision);
        return;
      }
      const result = await match.route.handler(
        { method, path, query: url.searchParams, authorization, body },
        match.params,
      );
      await delay(faults.delayMs());
      // A lost response: the work is done, but the caller sees only a gateway error.
      writeResponse(
        res,
        decision.kind === 'lose' ? { status: 502, body: { message: '502: Bad Gateway', code: 0 } } : result,
      );
    } catch (caught) {
      const err =
        caught instanceof DiscordHttpError
          ? caught
          : new DiscordHttpError(500, 0, `Sandbox failure: ${String(caught)}`);
      if (err.status === 404 && err.code === 0) error(`unknown route ${method} ${url.pathname}`);
      else if (err.status === 401 && err.code === 0)
        error(`${method} ${url.pathname}: missing or wrong bot token`);
      else if (err.status === 500) error(`${method} ${url.pathname}: ${err.message}`);
      writeResponse(res, {
        status: err.status,
        body: { message: err.message, code: err.code, ...(err.errors ? { errors: err.errors } : {}) },
      });
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  let botReady = false;
  let readyWaiters: (() => void)[] = [];
  gateway = new Gateway(server, {
    token,
    url: gatewayUrl,
    heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
    ids,
    ready: (sessionId) => ({
      v: 10,
      user: world.botUser(),
      guilds: world.guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: gatewayUrl(),
      shard: [0, 1],
      application: { id: applicationId, flags: applicationPayload(world).flags },
    }),
    guildCreates: () => world.guilds.map((g) => world.guildCreate(g.id)),
    onBotReady: () => {
      botReady = true;
      botSeen = true;
      for (const resolve of readyWaiters) resolve();
      readyWaiters = [];
    },
    error,
    log,
    faults,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  messages.fileBaseUrl = `http://127.0.0.1:${port}`;
  log(`sandbox listening on http://127.0.0.1:${port}${API_PREFIX}`);

  const users = new Map<string, SandboxUser>();
  // Attachment links expire on the shared clock, so `advance 25h` shows what a stale link does.
  const attachments = new AttachmentStore(
    ids,
    () => `http://127.0.0.1:${port}`,
    () => clock.now().getTime(),
  );
  const sandbox: Sandbox = {
    restUrl: `http://127.0.0.1:${port}${API_PREFIX}`,
    gatewayUrl: gatewayUrl(),
    token,
    applicationId,
    guildId: world.guildId,
    channelId: world.channelId,
    botUserId: world.botUserId,
    errors,
    clock,
    async advance(ms) {
      // Let anything already under way finish first, so "then time passes" means what it says.
      await settle();
      await clock.advance(ms);
      // A timer callback may start REST calls without awaiting them; give them a moment to begin.
      await new Promise((r) => setTimeout(r, timing.settleMs));
      await settle();
    },
    settle,
    waitForBot(timeoutMs = 15_000) {
      if (botReady && gateway?.hasBot) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`No bot identified with the sandbox within ${timeoutMs} ms`)),
          timeoutMs,
        );
        readyWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    guilds: world.guilds,
    memberName: (userId) =>
      userId === world.botUserId ? world.botUser().username : world.findMember(userId)?.name,
    user(name, userOpts) {
      const member = world.member(name, userOpts?.teacher);
      let user = users.get(name);
      if (!user) {
        user = new SandboxUserImpl(member, { world, messages, commands, interactions, ids, attachments });
        users.set(name, user);
      }
      if (userOpts?.server !== undefined || userOpts?.channel !== undefined) {
        user.in(userOpts.channel ?? '', userOpts.server);
      }
      for (const role of userOpts?.roles ?? []) user.giveRole(role);
      return user;
    },
    upload: (filename, bytes, channelId) => attachments.add(filename, bytes, channelId ?? world.channelId),
    registeredCommands: (guildId) => commands.list(guildId),
    disconnectBot(code = GatewayCloseCodes.UnknownError) {
      botReady = false;
      gateway?.disconnect(code);
    },
    faults,
    halfOpen() {
      botReady = false;
      gateway?.goSilent();
    },
    channelMessages: (channelId) => messages.inChannel(channelId ?? world.channelId),
    async close() {
      interactions.closeAll();
      await gateway?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sandbox;
}
