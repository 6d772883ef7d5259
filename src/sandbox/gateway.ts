import type { IncomingMessage, Server } from 'node:http';
import {
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  type GatewaySendPayload,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FaultController } from './faults.js';
import type { SnowflakeGenerator } from './snowflake.js';

/** What the gateway needs from the rest of the sandbox. */
export interface GatewayHost {
  token: string;
  url: () => string;
  heartbeatIntervalMs: number;
  ids: SnowflakeGenerator;
  /** The READY payload's `d` for a new session. */
  ready: (sessionId: string) => unknown;
  /** The GUILD_CREATE payloads' `d`, one per server the bot is in. */
  guildCreates: () => unknown[];
  onBotReady: () => void;
  error: (message: string) => void;
  log: (line: string) => void;
  /** Latency and gateway faults (off unless a test sets them). */
  faults: FaultController;
}

interface Session {
  socket: WebSocket;
  id: string | null;
  seq: number;
  identified: boolean;
  /** Half-open: the socket stays up but nothing goes either way, as when a network path dies silently. */
  silent: boolean;
  /** When the last delayed frame is due, so latency with jitter never reorders frames. */
  sendAt: number;
}

/**
 * Discord's gateway, reduced to one shard and one guild: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats,
 * a minimal RESUME (acknowledged without replay), and dispatches to every identified session.
 */
export class Gateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private readonly knownSessionIds = new Set<string>();

  constructor(
    server: Server,
    private readonly host: GatewayHost,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket, req) => this.accept(socket, req));
  }

  /** True while at least one bot session has identified. */
  get hasBot(): boolean {
    return [...this.sessions].some((s) => s.identified && !s.silent);
  }

  /** Sends a dispatch event to every identified session; returns how many received it. */
  dispatch(event: GatewayDispatchEvents, data: unknown): number {
    let sent = 0;
    for (const session of this.sessions) {
      if (!session.identified || session.silent) continue;
      this.sendDispatch(session, event, data);
      sent++;
    }
    return sent;
  }

  /** Drops every bot connection with a close code (4000 = resumable), to test reconnects. */
  disconnect(code: number): void {
    for (const session of this.sessions) {
      session.identified = false;
      session.socket.close(code, 'Sandbox-initiated disconnect');
    }
  }

  /**
   * Makes every current connection half-open: the socket stays open but no frame is delivered either way
   * (no heartbeat ACKs, no dispatches). Connections the bot opens afterwards work normally.
   */
  goSilent(): void {
    for (const session of this.sessions) {
      session.silent = true;
      // Stop reading too, so not even the WebSocket close handshake is answered (a dead path answers nothing).
      session.socket.pause();
    }
  }

  /** Closes every connection and the server. */
  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.close(1001, 'Sandbox shutting down');
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const version = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    const compress = url.searchParams.get('compress');
    if (version !== '10') {
      this.host.error(`gateway: client asked for API version ${String(version)}; only v=10 is simulated`);
      socket.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (encoding !== 'json' || compress) {
      this.host.error(
        `gateway: unsupported encoding=${encoding} compress=${String(compress)}; use json, no compression`,
      );
      socket.close(GatewayCloseCodes.DecodeError, 'Unsupported encoding or compression');
      return;
    }
    const session: Session = { socket, id: null, seq: 0, identified: false, silent: false, sendAt: 0 };
    this.sessions.add(session);
    this.host.log('gateway: connection opened');
    socket.on('message', (data, isBinary) => this.receive(session, data.toString(), isBinary));
    socket.on('close', (code) => {
      this.sessions.delete(session);
      this.host.log(`gateway: connection closed (${code})`);
    });
    this.send(session, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.host.heartbeatIntervalMs },
    });
  }

  private receive(session: Session, text: string, isBinary: boolean): void {
    if (session.silent) return;
    let payload: GatewaySendPayload;
    try {
      if (isBinary) throw new Error('binary frame');
      payload = JSON.parse(text) as GatewaySendPayload;
    } catch {
      this.host.error('gateway: received a frame that is not JSON text');
      session.socket.close(GatewayCloseCodes.DecodeError, 'Decode error');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat: {
        const { ackDelayMs = 0, dropAcks } = this.host.faults.gateway;
        if (dropAcks) return;
        if (ackDelayMs > 0)
          setTimeout(() => this.send(session, { op: GatewayOpcodes.HeartbeatAck }), ackDelayMs);
        else this.send(session, { op: GatewayOpcodes.HeartbeatAck });
        return;
      }
      case GatewayOpcodes.Identify: {
        if (payload.d.token !== this.host.token) {
          this.host.error('gateway: IDENTIFY with a token the sandbox does not know');
          session.socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed');
          return;
        }
        const closeWith = this.host.faults.gateway.closeOnIdentify;
        if (closeWith !== undefined) {
          session.socket.close(closeWith, 'Sandbox fault: close on IDENTIFY');
          return;
        }
        if (payload.d.compress)
          this.host.error('gateway: IDENTIFY asked for payload compression; not simulated');
        if (session.identified) {
          this.host.error('gateway: IDENTIFY sent twice on one connection');
          session.socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated');
          return;
        }
        session.id = this.host.ids.next();
        this.knownSessionIds.add(session.id);
        session.identified = true;
        this.sendDispatch(session, GatewayDispatchEvents.Ready, this.host.ready(session.id));
        for (const guild of this.host.guildCreates())
          this.sendDispatch(session, GatewayDispatchEvents.GuildCreate, guild);
        this.host.log('gateway: bot identified; READY and GUILD_CREATE sent');
        this.host.onBotReady();
        return;
      }
      case GatewayOpcodes.Resume: {
        if (payload.d.token !== this.host.token || !this.knownSessionIds.has(payload.d.session_id)) {
          // Not resumable: tell the client to identify afresh, as Discord does.
          this.send(session, { op: GatewayOpcodes.InvalidSession, d: false });
          return;
        }
        session.id = payload.d.session_id;
        session.seq = payload.d.seq;
        session.identified = true;
        // Events missed while disconnected are not replayed; the sandbox never dispatches to a missing bot.
        this.sendDispatch(session, GatewayDispatchEvents.Resumed, {});
        this.host.onBotReady();
        return;
      }
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        return;
      default:
        this.host.error(`gateway: unexpected opcode ${String((payload as { op: unknown }).op)}`);
    }
  }

  private sendDispatch(session: Session, event: GatewayDispatchEvents, data: unknown): void {
    session.seq += 1;
    this.send(session, { op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
  }

  private send(session: Session, payload: unknown): void {
    const text = JSON.stringify(payload);
    const write = () => {
      if (!session.silent && session.socket.readyState === session.socket.OPEN) session.socket.send(text);
    };
    const wait = this.host.faults.delayMs();
    if (wait <= 0 && session.sendAt <= Date.now()) {
      write();
      return;
    }
    session.sendAt = Math.max(session.sendAt, Date.now() + wait);
    setTimeout(write, session.sendAt - Date.now());
  }
}
