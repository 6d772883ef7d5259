import {
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIEmbed,
  type APIMessage,
  type APIUser,
  InteractionType,
  MessageFlags,
  MessageType,
} from 'discord-api-types/v10';
import { nextFiles, type SandboxFile, UPLOADS, type Upload } from './files.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { SandboxMessage } from './types.js';

/** The message fields a bot may send in a create or edit body. */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  // biome-ignore lint/suspicious/noExplicitAny: any component row shape is stored as sent.
  components?: APIActionRowComponent<any>[] | null;
  flags?: number | null;
  allowed_mentions?: APIAllowedMentions | null;
  /** Which files to keep or add (`{id, filename}`); see nextFiles. */
  attachments?: { id?: string | number; filename?: string }[] | null;
  /** Files of a multipart request (set by readBody). */
  [UPLOADS]?: Upload[];
}

/** Who the interaction behind a message was, so discord.js can fill `interactionMetadata`. */
export interface MessageInteractionInfo {
  id: string;
  type: InteractionType;
  user: APIUser;
  name?: string;
}

/** A stored message; mutable here, read-only through `SandboxMessage`. */
export class StoredMessage implements SandboxMessage {
  content = '';
  embeds: APIEmbed[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: see MessageBody.
  components: APIActionRowComponent<any>[] = [];
  flags = 0;
  allowedMentions?: APIAllowedMentions;
  editedAt: string | null = null;
  deleted = false;
  /** True while a deferred reply still shows "is thinking…". */
  loading = false;
  files: SandboxFile[] = [];
  /** Called for each file the message gains (the play terminal's --save-files). */
  onFile?: (file: SandboxFile, message: StoredMessage) => void;
  private fileSeq = 0;
  readonly createdAt = new Date().toISOString();

  constructor(
    readonly id: string,
    readonly channelId: string,
    readonly authorId: string,
    readonly interactionId?: string,
    readonly interaction?: MessageInteractionInfo,
  ) {}

  get ephemeral(): boolean {
    return (this.flags & MessageFlags.Ephemeral) !== 0;
  }

  /** Applies a create/edit body: present fields replace, absent ones stay (Discord's PATCH semantics). */
  apply(body: MessageBody, isEdit: boolean): void {
    if (body.content !== undefined) this.content = body.content ?? '';
    if (body.embeds !== undefined) this.embeds = body.embeds ?? [];
    if (body.components !== undefined) this.components = body.components ?? [];
    if (body.allowed_mentions !== undefined) this.allowedMentions = body.allowed_mentions ?? undefined;
    const uploads = body[UPLOADS] ?? [];
    if (uploads.length > 0 || body.attachments !== undefined) {
      const before = new Set(this.files.map((f) => f.id));
      this.files = nextFiles(this.files, uploads, body.attachments, () => `${this.id}${++this.fileSeq}`);
      for (const file of this.files) if (!before.has(file.id)) this.onFile?.(file, this);
    }
    // Ephemerality is fixed at creation; edits may only touch the other flags.
    if (body.flags !== undefined && body.flags !== null) {
      this.flags = isEdit
        ? (this.flags & MessageFlags.Ephemeral) | (body.flags & ~MessageFlags.Ephemeral)
        : body.flags;
    }
    if (isEdit) {
      this.editedAt = new Date().toISOString();
      this.loading = false;
    }
  }
}

/** Holds every message the bot created, in creation order. */
export class MessageStore {
  private readonly byId = new Map<string, StoredMessage>();

  /** Base of attachment URLs (the sandbox's own address, set once it listens). */
  fileBaseUrl = 'http://127.0.0.1';

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly botUser: () => APIUser,
    private readonly onFile?: (file: SandboxFile, message: StoredMessage) => void,
  ) {}

  create(channelId: string, body: MessageBody, interaction?: MessageInteractionInfo): StoredMessage {
    const message = new StoredMessage(
      this.ids.next(),
      channelId,
      this.botUser().id,
      interaction?.id,
      interaction,
    );
    message.onFile = this.onFile;
    message.apply(body, false);
    this.byId.set(message.id, message);
    return message;
  }

  get(id: string): StoredMessage | undefined {
    const message = this.byId.get(id);
    return message && !message.deleted ? message : undefined;
  }

  /** A file by attachment id, from any live message. */
  file(attachmentId: string): SandboxFile | undefined {
    for (const message of this.byId.values()) {
      if (message.deleted) continue;
      const found = message.files.find((f) => f.id === attachmentId);
      if (found) return found;
    }
    return undefined;
  }

  delete(id: string): boolean {
    const message = this.get(id);
    if (!message) return false;
    message.deleted = true;
    return true;
  }

  inChannel(channelId: string): StoredMessage[] {
    return [...this.byId.values()].filter((m) => m.channelId === channelId && !m.deleted && !m.ephemeral);
  }

  /** The message as Discord's REST API and gateway would show it. */
  toApi(message: StoredMessage, applicationId: string): APIMessage {
    const interaction = message.interaction;
    return {
      id: message.id,
      channel_id: message.channelId,
      author: this.botUser(),
      content: message.content,
      timestamp: message.createdAt,
      edited_timestamp: message.editedAt,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: message.files.map((f) => ({
        id: f.id,
        filename: f.name,
        size: f.size,
        content_type: f.contentType,
        url: `${this.fileBaseUrl}/attachments/${message.channelId}/${f.id}/${encodeURIComponent(f.name)}`,
        proxy_url: `${this.fileBaseUrl}/attachments/${message.channelId}/${f.id}/${encodeURIComponent(f.name)}`,
      })),
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      // A slash command's reply is a ChatInputCommand message; component and modal replies are ordinary ones.
      type:
        interaction?.type === InteractionType.ApplicationCommand
          ? MessageType.ChatInputCommand
          : MessageType.Default,
      flags: message.flags | (message.loading ? MessageFlags.Loading : 0),
      ...(interaction
        ? {
            application_id: applicationId,
            webhook_id: applicationId,
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              user: interaction.user,
              authorizing_integration_owners: {},
            },
          }
        : {}),
    } as APIMessage;
  }
}
