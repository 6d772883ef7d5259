import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { APIAttachment } from 'discord-api-types/v10';
import type { SnowflakeGenerator } from './snowflake.js';

/** Discord's upload limit for a member without Nitro in a server without boosts. */
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** How long a signed attachment URL stays valid; Discord's CDN links expire after about a day. */
export const ATTACHMENT_URL_TTL_MS = 24 * 3_600_000;

const TYPES: Record<string, string> = {
  '.yaml': 'application/x-yaml',
  '.yml': 'application/x-yaml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

interface Stored {
  readonly id: string;
  readonly channelId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly expiresAt: number;
}

/**
 * Files members attach to slash command options, served to the bot the way Discord's CDN serves
 * them: from a signed URL (`/attachments/<channel>/<id>/<name>?ex=…&is=…&hm=…`) that stops working
 * when it expires or when its signature does not match. A bot must fetch the file while the link
 * is fresh, as on Discord.
 */
export class AttachmentStore {
  private readonly byId = new Map<string, Stored>();
  private readonly secret = `sandbox-${Math.random().toString(36).slice(2)}`;

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly baseUrl: () => string,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = ATTACHMENT_URL_TTL_MS,
  ) {}

  /** Reads a file from disk as a member's upload; refuses what Discord's client would refuse. */
  fromPath(path: string, channelId: string): APIAttachment {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new Error(`Cannot attach ${path}: no such file`);
    }
    if (size > ATTACHMENT_SIZE_LIMIT) {
      throw new Error(
        `Cannot attach ${path}: ${size} bytes is over Discord's ${ATTACHMENT_SIZE_LIMIT}-byte limit`,
      );
    }
    return this.add(basename(path), readFileSync(path), channelId);
  }

  /** Stores bytes as an upload and returns the attachment object an interaction carries. */
  add(filename: string, bytes: Buffer, channelId: string, contentType?: string): APIAttachment {
    const id = this.ids.next();
    const stored: Stored = {
      id,
      channelId,
      filename: filename.replace(/[^\w.-]+/g, '_'),
      contentType: contentType ?? TYPES[extname(filename).toLowerCase()] ?? 'application/octet-stream',
      bytes,
      expiresAt: this.now() + this.ttlMs,
    };
    this.byId.set(id, stored);
    const url = this.urlOf(stored);
    return {
      id,
      filename: stored.filename,
      size: bytes.length,
      url,
      proxy_url: url,
      content_type: stored.contentType,
    };
  }

  /** True when `path` names an upload this store holds (bot-sent files are served elsewhere). */
  has(path: string): boolean {
    const [, root, , id] = path.split('/');
    return root === 'attachments' && id !== undefined && this.byId.has(id);
  }

  /** Answers GET /attachments/…: the bytes, or 404 when unknown, tampered with or expired. */
  serve(path: string, query: URLSearchParams): { status: number; type: string; body: Buffer } {
    const notFound = (text: string) => ({ status: 404, type: 'text/plain', body: Buffer.from(text) });
    const [, , channelId, id, name] = path.split('/');
    const stored = id ? this.byId.get(id) : undefined;
    if (!stored || stored.channelId !== channelId || stored.filename !== decodeURIComponent(name ?? '')) {
      return notFound('404: Not Found');
    }
    const ex = query.get('ex') ?? '';
    if (ex !== hex(stored.expiresAt) || query.get('hm') !== this.sign(stored, ex, query.get('is') ?? '')) {
      return notFound('This content is no longer available.');
    }
    if (this.now() >= stored.expiresAt) return notFound('This content is no longer available.');
    return { status: 200, type: stored.contentType, body: stored.bytes };
  }

  private urlOf(stored: Stored): string {
    const ex = hex(stored.expiresAt);
    const is = hex(stored.expiresAt - this.ttlMs);
    const hm = this.sign(stored, ex, is);
    return `${this.baseUrl()}/attachments/${stored.channelId}/${stored.id}/${encodeURIComponent(stored.filename)}?ex=${ex}&is=${is}&hm=${hm}&`;
  }

  private sign(stored: Stored, ex: string, is: string): string {
    return createHmac('sha256', this.secret).update(`${stored.id}:${ex}:${is}`).digest('hex');
  }
}

function hex(ms: number): string {
  return Math.floor(ms / 1000).toString(16);
}
