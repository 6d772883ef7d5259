import { type Client, Events } from 'discord.js';
import type { Logger } from '../logger.js';

/** Extra time allowed after a missed heartbeat ACK, capped so Discord's 41.25 s interval is noticed within 60 s. */
export function watchdogMarginMs(intervalMs: number): number {
  return Math.min(10_000, Math.max(250, intervalMs / 2));
}

const FIRST_BEAT = /starting to beat every (\d+)ms/;
const ACK = /Heartbeat acknowledged/;

/** The shards' sockets, reached through discord.js internals (the only way to drop a silent socket at once). */
function shardSockets(client: Client): { terminate(): void }[] {
  const manager = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, unknown> } } })._ws;
  const shards = manager?.strategy?.shards;
  if (!shards) return [];
  return [...shards.values()]
    .map((shard) => (shard as { connection?: { terminate(): void } | null }).connection)
    .filter((c): c is { terminate(): void } => Boolean(c));
}

/**
 * Notices a half-open gateway connection (open but silent: no heartbeat ACK, nothing at all) within one
 * heartbeat interval plus a margin, logs it, and drops the socket so discord.js resumes the session.
 * discord.js alone notices only at the second missed beat and then waits for a close handshake that a dead
 * path never completes, about 98 s in all with Discord's 41.25 s interval. Returns a function that stops it.
 */
export function watchGateway(client: Client, logger: Logger, now: () => number = Date.now): () => void {
  let intervalMs = 0;
  let lastAlive = 0;
  let armed = false;
  const onDebug = (line: string) => {
    const first = FIRST_BEAT.exec(line);
    if (first) {
      intervalMs = Number(first[1]);
      lastAlive = now();
      armed = true;
    } else if (ACK.test(line)) {
      lastAlive = now();
    }
  };
  const disarm = () => {
    armed = false;
  };
  client.on(Events.Debug, onDebug);
  client.on(Events.ShardReconnecting, disarm);
  client.on(Events.ShardDisconnect, disarm);
  const timer = setInterval(() => {
    if (!armed || intervalMs === 0) return;
    const silentFor = now() - lastAlive;
    if (silentFor <= intervalMs + watchdogMarginMs(intervalMs)) return;
    armed = false;
    logger.warn(
      { silentMs: silentFor, heartbeatIntervalMs: intervalMs },
      'gateway connection is silent (no heartbeat ACK); dropping it to resume',
    );
    for (const socket of shardSockets(client)) socket.terminate();
  }, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    client.off(Events.Debug, onDebug);
    client.off(Events.ShardReconnecting, disarm);
    client.off(Events.ShardDisconnect, disarm);
  };
}
