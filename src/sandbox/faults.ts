/**
 * Test-only misbehaviour for the sandbox, off unless a test or `npm run play -- --faults <name>` asks for it:
 * latency on REST and the gateway, REST faults by route (429 per route or global, 5xx, a response lost after
 * Discord already accepted the request) and gateway faults (a close code on IDENTIFY, heartbeat ACKs delayed or
 * missing, a half-open connection). Everything random is seeded, so a run can be repeated exactly.
 */

/** Which REST endpoints a fault applies to, by name; `*` is every route. */
export type FaultRoute = 'callback' | 'webhook' | 'gateway-bot' | 'commands' | 'messages' | '*';

const ROUTE_PATTERNS: Record<Exclude<FaultRoute, '*'>, RegExp> = {
  callback: /^\/interactions\/[^/]+\/[^/]+\/callback$/,
  webhook: /^\/webhooks\//,
  'gateway-bot': /^\/gateway\/bot$/,
  commands: /^\/applications\/[^/]+\/(guilds\/[^/]+\/)?commands/,
  messages: /^\/channels\/[^/]+\/messages/,
};

/**
 * One REST fault. `status` 429 answers "rate limited" with `retryAfterS` (global when `global`); 500/502/503
 * answer that status without doing anything; `lost` does the work and then answers 502, as a proxy does when
 * Discord's response never reaches it (a retry then meets "already acknowledged").
 */
export interface RestFault {
  readonly route: FaultRoute;
  readonly status?: 429 | 500 | 502 | 503;
  readonly lost?: boolean;
  readonly retryAfterS?: number;
  readonly global?: boolean;
  /** Share of matching requests hit, 0–1 (default 1: every one). */
  readonly rate?: number;
  /** Hit at most this many requests (default: no limit). */
  readonly times?: number;
}

/** Gateway misbehaviour. */
export interface GatewayFaults {
  /** Answer IDENTIFY by closing with this code (4004 bad token, 4014 disallowed intents, …). */
  readonly closeOnIdentify?: number;
  /** Delay each heartbeat ACK by this many ms. */
  readonly ackDelayMs?: number;
  /** Never acknowledge heartbeats (the connection otherwise works). */
  readonly dropAcks?: boolean;
}

/** A complete fault plan; every part optional. */
export interface FaultPlan {
  /** One-way delay added to each REST request and each gateway message, in ms. */
  readonly latencyMs?: number;
  /** Up to this many ms more, drawn per message (jitter); gateway order is kept. */
  readonly jitterMs?: number;
  readonly rest?: readonly RestFault[];
  readonly gateway?: GatewayFaults;
  /** Seed for the rate draws and jitter (default 1). */
  readonly seed?: number;
}

/** What a REST fault decided for one request. */
export type RestDecision =
  | { readonly kind: 'pass' }
  | {
      readonly kind: 'fail';
      readonly status: number;
      readonly headers: Record<string, string>;
      readonly body: unknown;
    }
  | { readonly kind: 'lose' };

/** Named plans for `npm run play -- --faults <name>` and for tests. */
export const FAULT_PRESETS: Readonly<Record<string, FaultPlan>> = {
  'latency-150ms': { latencyMs: 150 },
  'latency-jitter': { latencyMs: 100, jitterMs: 200 },
  'flaky-rest': {
    latencyMs: 50,
    rest: [
      { route: 'callback', status: 502, lost: true, rate: 0.05 },
      { route: 'callback', status: 503, rate: 0.05 },
      { route: 'webhook', status: 500, rate: 0.05 },
    ],
  },
  'rate-limited': { rest: [{ route: 'callback', status: 429, retryAfterS: 0.5, rate: 0.2 }] },
  'slow-acks': { gateway: { ackDelayMs: 5_000 } },
};

/** A small seeded generator (mulberry32), so a fault run repeats exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The sandbox's live fault switches. `set` replaces the plan (an empty plan turns everything off); the counters
 * say what was injected, so a test can check a fault really happened.
 */
export class FaultController {
  private plan: FaultPlan = {};
  private random = seeded(1);
  private hits = new Map<RestFault, number>();
  /** REST requests answered with a fault, by route name and status ("callback 502"). */
  readonly injected = new Map<string, number>();
  /** Set while the gateway pretends to be half-open; cleared by the next new connection. */
  halfOpen = false;

  /** Replaces the active plan; `{}` turns every fault off. */
  set(plan: FaultPlan): void {
    this.plan = plan;
    this.random = seeded(plan.seed ?? 1);
    this.hits = new Map();
  }

  /** The active gateway faults. */
  get gateway(): GatewayFaults {
    return this.plan.gateway ?? {};
  }

  /** How many requests were answered with an injected fault in total. */
  get injectedCount(): number {
    return [...this.injected.values()].reduce((a, b) => a + b, 0);
  }

  /** One-way delay for the next message (latency plus jitter), in ms. */
  delayMs(): number {
    const { latencyMs = 0, jitterMs = 0 } = this.plan;
    return latencyMs + (jitterMs > 0 ? this.random() * jitterMs : 0);
  }

  /** Decides what happens to one REST request (`path` without `/api/v10`). */
  decide(method: string, path: string): RestDecision {
    for (const fault of this.plan.rest ?? []) {
      const name = routeName(fault.route, path);
      if (!name) continue;
      const used = this.hits.get(fault) ?? 0;
      if (fault.times !== undefined && used >= fault.times) continue;
      if (fault.rate !== undefined && this.random() >= fault.rate) continue;
      this.hits.set(fault, used + 1);
      const status = fault.status ?? (fault.lost ? 502 : 500);
      const key = `${name} ${fault.lost ? 'lost' : status}`;
      this.injected.set(key, (this.injected.get(key) ?? 0) + 1);
      if (fault.lost) return { kind: 'lose' };
      return status === 429 ? rateLimited(fault, method, path) : serverError(status);
    }
    return { kind: 'pass' };
  }
}

function routeName(route: FaultRoute, path: string): string | undefined {
  if (route === '*') return Object.entries(ROUTE_PATTERNS).find(([, p]) => p.test(path))?.[0] ?? path;
  return ROUTE_PATTERNS[route].test(path) ? route : undefined;
}

function rateLimited(fault: RestFault, method: string, path: string): RestDecision {
  const retryAfter = fault.retryAfterS ?? 1;
  const headers: Record<string, string> = {
    'retry-after': String(Math.ceil(retryAfter)),
    'x-ratelimit-scope': fault.global ? 'global' : 'user',
  };
  if (fault.global) headers['x-ratelimit-global'] = 'true';
  else {
    headers['x-ratelimit-limit'] = '1';
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset-after'] = String(retryAfter);
    headers['x-ratelimit-bucket'] = `sandbox-${method}-${path.split('/')[1] ?? ''}`;
  }
  return {
    kind: 'fail',
    status: 429,
    headers,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: Boolean(fault.global) },
  };
}

function serverError(status: number): RestDecision {
  const text: Record<number, string> = {
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return {
    kind: 'fail',
    status,
    headers: {},
    body: { message: `${status}: ${text[status] ?? 'Server Error'}`, code: 0 },
  };
}

/** Resolves after `ms` (immediately for 0, without a timer). */
export function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
