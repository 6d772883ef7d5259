/**
 * Failures that end `tutor start` or `tutor deploy`, turned into one sentence that names the cause and the fix
 * (the same style as configuration errors). The sentences never include the token, the request body or a stack.
 */
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, HTTPError } from 'discord.js';

/** Gateway close codes after which Discord will not accept the session again without a change on our side. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4004, 4010, 4011, 4012, 4013, 4014]);

/** The gateway closed with a code that cannot be fixed by reconnecting. */
export class GatewayClosedError extends Error {
  constructor(readonly code: number) {
    super(`The Discord gateway closed the connection with code ${code}`);
    this.name = 'GatewayClosedError';
  }
}

/** The token works but belongs to another application than DISCORD_APPLICATION_ID says. */
export class WrongApplicationError extends Error {
  constructor(
    readonly configured: string,
    readonly actual: string,
  ) {
    super(`token is for application ${actual}, configured ${configured}`);
    this.name = 'WrongApplicationError';
  }
}

const RESET_TOKEN =
  'reset the token in the Discord developer portal (your application → Bot → Reset Token) and put the new one in DISCORD_TOKEN in .env';
const CHECK_APP_ID =
  'copy the Application ID from the General Information page of the same application as the token into DISCORD_APPLICATION_ID';

const CLOSE_SENTENCES: Record<number, string> = {
  4004: `Discord refused the bot token (gateway close 4004, authentication failed); ${RESET_TOKEN}.`,
  4010: 'Discord refused the shard settings (gateway close 4010, invalid shard); remove any custom shard settings and start again.',
  4011: 'Discord requires this bot to use sharding (gateway close 4011) because it is in too many servers; sharding is not supported yet, so remove the bot from some servers.',
  4012: 'Discord refused the gateway API version (gateway close 4012); update discord.js with `npm install` and start again.',
  4013: 'Discord refused the gateway intents (gateway close 4013, invalid intents); this is a bug in the bot, so please report it.',
  4014: 'Discord refused a privileged intent the bot asked for (gateway close 4014, disallowed intents); enable it in the developer portal (your application → Bot → Privileged Gateway Intents) or remove it from the client.',
};

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The network error code in an error or its causes (undici nests them), if any. */
function networkCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    if ((e as { name?: unknown }).name === 'AbortError') return 'timed out';
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * One sentence for a failure talking to Discord, or undefined when the error is not one a server owner can
 * fix (a bug, which should keep its stack trace). `apiUrl` is where the bot was talking to (DISCORD_API_URL or
 * Discord itself), named in network errors so a wrong override is easy to spot.
 */
export function explainDiscordFailure(
  error: unknown,
  apiUrl = 'https://discord.com/api',
): string | undefined {
  if (error instanceof GatewayClosedError) {
    return (
      CLOSE_SENTENCES[error.code] ??
      `The Discord gateway closed the connection with code ${error.code} and will not take it back; check the bot's settings in the developer portal and start again.`
    );
  }
  if (error instanceof WrongApplicationError) {
    return `The token belongs to application ${error.actual}, but DISCORD_APPLICATION_ID is ${error.configured}; ${CHECK_APP_ID}.`;
  }
  if (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) {
    return `Discord refused the bot token (401 Unauthorized); ${RESET_TOKEN}.`;
  }
  if (error instanceof DiscordAPIError) {
    const route = `${error.method.toUpperCase()} ${new URL(error.url).pathname}`;
    if (error.status === 401)
      return `Discord refused the bot token (401 Unauthorized on ${route}); ${RESET_TOKEN}.`;
    if (
      error.status === 403 ||
      error.code === 10002 /* Unknown Application */ ||
      error.code === 20012 /* not authorized on this application */
    ) {
      return `Discord refused ${route} (${error.status}: ${error.message}), which usually means DISCORD_APPLICATION_ID belongs to a different application than the token; ${CHECK_APP_ID}.`;
    }
    if (error.code === 10004 /* Unknown Guild */ || error.code === 50001 /* Missing Access */) {
      return `Discord refused ${route} (${error.status}: ${error.message}); check DISCORD_GUILD_ID and that the bot was invited to that server with the applications.commands scope.`;
    }
    return `Discord refused ${route} (${error.status}: ${error.message}); check the settings in .env and try again.`;
  }
  if (error instanceof HTTPError || (error as { name?: unknown })?.name === 'HTTPError') {
    const e = error as HTTPError;
    const route = `${e.method.toUpperCase()} ${safePath(e.url)}`;
    return `Discord answered ${e.status} ${e.message} to ${route}, a problem on Discord's side; wait a few minutes and start again (https://discordstatus.com shows outages).`;
  }
  const code = networkCode(error);
  if (code) {
    return `Could not reach Discord at ${apiUrl} (${code}); check the network connection${apiUrl.includes('discord.com') ? '' : ' and DISCORD_API_URL'} and try again.`;
  }
  return undefined;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
