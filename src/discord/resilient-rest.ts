import { DefaultRestOptions, type ResponseLike, SnowflakeUtil } from 'discord.js';
import type { Logger } from '../logger.js';

/** Discord's window for the first response to an interaction. */
export const ACK_WINDOW_MS = 3_000;
/** Kept back from the window for the answer's own trip to Discord. */
const TRIP_MS = 150;
const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback/;
/** "Interaction has already been acknowledged." */
const ALREADY_ACKNOWLEDGED = 40060;

type MakeRequest = (url: string, init: RequestInit) => Promise<ResponseLike>;

/** When Discord stops accepting the first response to interaction `id` (its snowflake holds its creation time). */
export function ackDeadline(id: string): number {
  return SnowflakeUtil.timestampFrom(id) + ACK_WINDOW_MS - TRIP_MS;
}

/** A response built from text we already read (the original body can be read only once). */
function textResponse(status: number, statusText: string, text: string, headers: Headers): ResponseLike {
  return {
    body: null,
    bodyUsed: false,
    headers,
    ok: status >= 200 && status < 300,
    status,
    statusText,
    text: async () => text,
    json: async () => JSON.parse(text),
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wraps discord.js's HTTP request function so an interaction callback survives what Discord's edge does:
 * - a 5xx or a dropped connection is retried at once with a short back-off, while the 3-second window lasts;
 * - a 429 is retried after its `retry-after` only if that still lands inside the window, and otherwise fails
 *   at once (waiting would only end in "Unknown interaction");
 * - after a failed attempt that may have reached Discord (5xx, dropped), "already acknowledged" means Discord
 *   accepted the earlier attempt, so it is answered as the success it is instead of two false errors.
 * Every other request goes through unchanged (discord.js's own retries and rate-limit queues apply).
 */
export function resilientRequest(
  logger: Logger,
  inner: MakeRequest = DefaultRestOptions.makeRequest as MakeRequest,
  now: () => number = Date.now,
): MakeRequest {
  return async (url, init) => {
    const match = CALLBACK.exec(url);
    if (!match?.[1]) return inner(url, init);
    const interactionId = match[1];
    const deadline = ackDeadline(interactionId);
    let mayHaveLanded = false;
    for (let attempt = 1; ; attempt++) {
      const backoff = 25 * 2 ** (attempt - 1);
      let res: ResponseLike;
      try {
        res = await inner(url, init);
      } catch (error) {
        if (init.signal?.aborted || now() + backoff >= deadline) throw error;
        mayHaveLanded = true;
        logger.warn({ interactionId, attempt }, 'interaction callback failed on the network; retrying');
        await sleep(backoff);
        continue;
      }
      if (res.status >= 500) {
        mayHaveLanded = true;
        if (now() + backoff >= deadline) return res;
        logger.warn(
          { interactionId, attempt, status: res.status },
          'interaction callback got a server error; retrying',
        );
        await res.arrayBuffer().catch(() => undefined);
        await sleep(backoff);
        continue;
      }
      if (res.status === 429) {
        const retryAfterMs = Number(res.headers.get('retry-after') ?? 1) * 1000;
        await res.arrayBuffer().catch(() => undefined);
        if (now() + retryAfterMs >= deadline) {
          logger.warn(
            { interactionId, retryAfterMs },
            'interaction callback rate-limited past its 3-second window',
          );
          throw new Error(
            `interaction callback rate-limited for ${retryAfterMs} ms, past its 3-second window`,
          );
        }
        logger.warn(
          { interactionId, retryAfterMs },
          'interaction callback rate-limited; retrying in the window',
        );
        await sleep(retryAfterMs);
        continue;
      }
      if (res.status === 400 && mayHaveLanded) {
        const text = await res.text();
        let code: unknown;
        try {
          code = (JSON.parse(text) as { code?: unknown }).code;
        } catch {
          code = undefined;
        }
        if (code === ALREADY_ACKNOWLEDGED) {
          logger.info(
            { interactionId, attempt },
            'interaction callback had reached Discord before its answer was lost',
          );
          return textResponse(204, 'No Content', '', new Headers());
        }
        return textResponse(res.status, res.statusText, text, res.headers as Headers);
      }
      return res;
    }
  };
}
