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

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly botUser: () => APIUser,
  ) {}

  create(channelId: string, body: MessageBody, interaction?: MessageInteractionInfo): StoredMessage {
    const message = new StoredMessage(
      this.ids.next(),
      channelId,
      this.botUser().id,
      interaction?.id,
      interaction,
    );
    message.apply(body, false);
    this.byId.set(message.id, message);
    return message;
  }

  get(id: string): StoredMessage | undefined {
    const message = this.byId.get(id);
    return message && !message.deleted ? message : undefined;
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
      attachments: [],
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
