import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { DiscordHttpError } from './http.js';

/** A file a bot sent with a message, as the sandbox keeps it. */
export interface SandboxFile {
  /** The attachment id Discord would give it. */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** A file part of a multipart request before it belongs to a message. */
export interface Upload {
  /** n of the `files[n]` form field (what `attachments[].id` refers to). */
  readonly index: number;
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** Where the uploads of a request ride on its parsed JSON body (a symbol, so no JSON key can collide). */
export const UPLOADS: unique symbol = Symbol('sandbox uploads');

/** Discord's limits for files on one message (a bot in a server without boosts). */
export const FILE_LIMITS = {
  /** Attachments per message. */
  count: 10,
  /** Total bytes of one request's files: 10 MiB. */
  totalBytes: 10 * 1024 * 1024,
} as const;

const FILE_FIELD = /^files\[(\d+)\]$/;

/** The `files[n]` parts of a multipart form. Throws 413 as Discord does when they exceed the size limit. */
export async function uploadsOf(form: FormData): Promise<Upload[]> {
  const uploads: Upload[] = [];
  for (const [field, value] of form.entries()) {
    const m = FILE_FIELD.exec(field);
    if (!m || typeof value === 'string') continue;
    uploads.push({
      index: Number(m[1]),
      name: value.name,
      contentType: value.type || 'application/octet-stream',
      bytes: Buffer.from(await value.arrayBuffer()),
    });
  }
  const total = uploads.reduce((sum, u) => sum + u.bytes.length, 0);
  if (total > FILE_LIMITS.totalBytes) {
    throw new DiscordHttpError(413, RESTJSONErrorCodes.RequestEntityTooLarge, 'Request entity too large');
  }
  return uploads;
}

/** One attachment entry of a message body: `{id, filename?}`, id a files[n] index or a kept attachment's id. */
interface AttachmentRef {
  id?: string | number;
  filename?: string;
}

/**
 * The files a message has after a create or edit body: the `attachments` list (when present) names
 * which existing files stay and which uploads are added; uploads it does not name are added as
 * well, as Discord does. Without `attachments`, an edit keeps the old files and adds the new ones.
 */
export function nextFiles(
  current: readonly SandboxFile[],
  uploads: readonly Upload[],
  attachments: readonly AttachmentRef[] | null | undefined,
  newId: () => string,
): SandboxFile[] {
  const fromUpload = (u: Upload, filename?: string): SandboxFile => ({
    id: newId(),
    name: filename || u.name,
    size: u.bytes.length,
    contentType: u.contentType,
    bytes: u.bytes,
  });
  if (attachments === undefined) return [...current, ...uploads.map((u) => fromUpload(u))];
  const used = new Set<number>();
  const files: SandboxFile[] = [];
  for (const ref of attachments ?? []) {
    const kept = current.find((f) => f.id === String(ref.id));
    if (kept) {
      files.push(kept);
      continue;
    }
    const upload = uploads.find((u) => String(u.index) === String(ref.id));
    if (upload) {
      used.add(upload.index);
      files.push(fromUpload(upload, ref.filename));
    }
  }
  for (const u of uploads) if (!used.has(u.index)) files.push(fromUpload(u));
  return files;
}

/** "24 KB" style sizes for the terminal. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
