import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { truncate } from './escape.js';

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/**
 * Clamps an embed to Discord's limits so a long content card degrades (truncated with "…", last
 * fields dropped) instead of the whole reply being rejected with a 400.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title) out.title = truncate(out.title, EMBED_LIMITS.title);
  if (out.description) out.description = truncate(out.description, EMBED_LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, EMBED_LIMITS.footer) };
  let fields: APIEmbedField[] = (out.fields ?? []).slice(0, EMBED_LIMITS.fields).map((f) => ({
    ...f,
    name: truncate(f.name, EMBED_LIMITS.fieldName),
    value: truncate(f.value, EMBED_LIMITS.fieldValue),
  }));
  while (fields.length > 0 && embedLength({ ...out, fields }) > EMBED_LIMITS.total)
    fields = fields.slice(0, -1);
  if (out.fields) out.fields = fields;
  return out;
}

/** The character count Discord checks against the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
