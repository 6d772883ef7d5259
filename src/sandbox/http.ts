import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { UPLOADS, uploadsOf } from './files.js';
import type { LimitViolation } from './limits.js';

/** A parsed REST request, with the `/api/v10` prefix removed from `path`. */
export interface RestRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are untyped JSON until a route checks them.
  body: any;
}

/** A response a route handler returns; `body` undefined means 204 No Content. */
export interface RestResponse {
  status: number;
  body?: unknown;
}

/** An error a route throws to answer with Discord's JSON error shape `{message, code, errors?}`. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
  }
}

/** Turns limit violations into a 400 "Invalid Form Body" with Discord's nested `errors` object. */
export function invalidFormBody(violations: LimitViolation[], prefix = ''): DiscordHttpError {
  const errors: Record<string, unknown> = {};
  for (const { path, message } of violations) {
    const segments = (prefix ? `${prefix}.${path}` : path).split('.');
    let node = errors;
    for (const segment of segments) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    node._errors ??= [];
    const list = node._errors as { code: string; message: string }[];
    list.push({ code: 'BASE_TYPE_INVALID', message });
  }
  return new DiscordHttpError(
    400,
    RESTJSONErrorCodes.InvalidFormBodyOrContentType,
    'Invalid Form Body',
    errors,
  );
}

/**
 * Reads a request body as JSON, accepting discord.js's multipart form (`payload_json`) as well; the
 * form's `files[n]` parts ride along on the body under {@link UPLOADS}.
 */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const payload = form.get('payload_json');
    const body = typeof payload === 'string' ? JSON.parse(payload) : {};
    const uploads = await uploadsOf(form);
    if (uploads.length > 0 && body !== null && typeof body === 'object') body[UPLOADS] = uploads;
    return body;
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new DiscordHttpError(
      400,
      RESTJSONErrorCodes.InvalidFormBodyOrContentType,
      'Body is not valid JSON',
    );
  }
}

/** Writes a route result (or error) as Discord would: JSON with the right status, 204 without a body. */
export function writeResponse(res: ServerResponse, result: RestResponse): void {
  if (result.body === undefined) {
    res.writeHead(result.status === 200 ? 204 : result.status);
    res.end();
    return;
  }
  const text = JSON.stringify(result.body);
  res.writeHead(result.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

type Handler = (req: RestRequest, params: string[]) => RestResponse | Promise<RestResponse>;

interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handler: Handler;
}

/** A tiny method + path router; `:name` segments become positional params. */
export class Router {
  private readonly routes: Route[] = [];

  /** Registers a route; `auth` routes demand `Authorization: Bot <token>`. */
  add(method: string, path: string, auth: boolean, handler: Handler): this {
    const pattern = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '([^/]+)')}$`);
    this.routes.push({ method, pattern, auth, handler });
    return this;
  }

  /** Finds the route for a request, or undefined for an unknown route. */
  match(method: string, path: string): { route: Route; params: string[] } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (m) return { route, params: m.slice(1).map(decodeURIComponent) };
    }
    return undefined;
  }
}
