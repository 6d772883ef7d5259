import {
  type APIApplicationCommandOptionChoice,
  GatewayDispatchEvents,
  InteractionResponseType,
  InteractionType,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';
import { UPLOADS } from './files.js';
import { DiscordHttpError, invalidFormBody, type RestResponse } from './http.js';
import { ALLOWED_CALLBACKS, interactionPayload } from './interaction-payload.js';
import { checkChoices, checkMessageBody, checkModal } from './limits.js';
import type { MessageBody, MessageStore, StoredMessage } from './messages.js';
import { PendingInteraction, type SettleTiming } from './pending.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { InteractionResult } from './types.js';
import type { Member, World } from './world.js';

/** What the interaction engine needs from the sandbox. */
export interface InteractionHost {
  world: World;
  messages: MessageStore;
  ids: SnowflakeGenerator;
  timing: SettleTiming;
  /** Sends a gateway dispatch; returns the number of bot sessions that received it. */
  dispatch: (event: GatewayDispatchEvents, data: unknown) => number;
  /** True once a bot has ever identified: from then on an undeliverable interaction fails as on Discord. */
  botSeen: () => boolean;
  /** Milliseconds now, for the 15-minute life of an interaction token. */
  now: () => number;
  error: (message: string) => void;
}

/** How long an interaction token accepts webhook calls (edits, follow-ups): 15 minutes, as on Discord. */
export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/**
 * Sends interactions to the bot and serves the endpoints it answers through: the interaction callback and the
 * interaction webhook (@original edits, follow-ups). Every rejected call is also recorded as a sandbox error.
 */
export class InteractionEngine {
  private readonly byToken = new Map<string, PendingInteraction>();
  private readonly byId = new Map<string, PendingInteraction>();
  private readonly issuedAt = new Map<string, number>();
  /** Wall-clock send time per token: a callback arriving after the window is late even if a busy loop delayed the timer. */
  private readonly sentAt = new Map<string, number>();

  constructor(private readonly host: InteractionHost) {}

  /** Dispatches INTERACTION_CREATE and resolves by the settling rule. */
  send(
    member: Member,
    type: InteractionType,
    data: unknown,
    label: string,
    sourceMessage?: StoredMessage,
  ): Promise<InteractionResult> {
    const { world, messages, ids } = this.host;
    const id = ids.next();
    const token = `sandbox-interaction-${id}-${Math.random().toString(36).slice(2)}`;
    const pending = new PendingInteraction(
      id,
      token,
      type,
      member,
      label,
      sourceMessage,
      this.host.timing,
      this.host.error,
    );
    this.byToken.set(token, pending);
    this.byId.set(id, pending);
    this.issuedAt.set(token, this.host.now());
    this.sentAt.set(token, Date.now());
    if (sourceMessage) pending.original = sourceMessage;
    const payload = interactionPayload(world, messages, { id, token, type, data, member, sourceMessage });
    if (this.host.dispatch(GatewayDispatchEvents.InteractionCreate, payload) === 0) {
      if (!this.host.botSeen()) {
        pending.cancel();
        return Promise.reject(new Error(`${label}: no bot is connected to the sandbox gateway`));
      }
      // The bot is disconnected (or half-open): like Discord, the member sees "did not respond" after 3 s.
      this.host.error(`${label}: sent while the bot was disconnected`);
    }
    return pending.finished;
  }

  /** Cancels all in-flight interactions (sandbox closing). */
  closeAll(): void {
    for (const pending of this.byId.values()) pending.cancel();
  }

  private reject(status: number, code: number, message: string, context: string): never {
    this.host.error(`${context}: ${message}`);
    throw new DiscordHttpError(status, code, message);
  }

  private checkBody(body: MessageBody, context: string, prefix = 'data'): void {
    const violations = checkMessageBody(body);
    if (violations.length === 0) return;
    for (const v of violations) this.host.error(`${context}: ${prefix}.${v.path}: ${v.message}`);
    throw invalidFormBody(violations, prefix);
  }

  /** POST /interactions/:id/:token/callback */
  callback(
    id: string,
    token: string,
    body: { type?: number; data?: unknown } | undefined,
    withResponse: boolean,
  ): RestResponse {
    const pending = this.byToken.get(token);
    if (!pending || pending.id !== id) {
      return this.reject(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction', `callback ${id}`);
    }
    const context = `callback for ${pending.label}`;
    if (!pending.acked && Date.now() - (this.sentAt.get(token) ?? 0) > this.host.timing.ackTimeoutMs) {
      pending.expire();
    }
    if (pending.expired) {
      return this.reject(
        404,
        RESTJSONErrorCodes.UnknownInteraction,
        `Unknown interaction (acknowledged after the ${this.host.timing.ackTimeoutMs} ms window)`,
        context,
      );
    }
    if (pending.acked) {
      return this.reject(
        400,
        RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
        'Interaction has already been acknowledged.',
        context,
      );
    }
    const type = body?.type as InteractionResponseType;
    if (!ALLOWED_CALLBACKS[pending.type]?.includes(type)) {
      return this.reject(
        400,
        RESTJSONErrorCodes.InvalidFormBodyOrContentType,
        `Callback type ${InteractionResponseType[type] ?? String(type)} is not valid for a ${InteractionType[pending.type]} interaction`,
        context,
      );
    }
    if (
      (type === InteractionResponseType.UpdateMessage ||
        type === InteractionResponseType.DeferredMessageUpdate) &&
      !pending.sourceMessage
    ) {
      return this.reject(
        400,
        RESTJSONErrorCodes.InvalidFormBodyOrContentType,
        'This interaction has no message to update',
        context,
      );
    }
    const data = (body?.data ?? {}) as MessageBody & Record<string, unknown>;
    // A reply with files is multipart: the files ride on the whole body, the message fields in `data`.
    const uploads = (body as { [UPLOADS]?: MessageBody[typeof UPLOADS] } | undefined)?.[UPLOADS];
    if (uploads) data[UPLOADS] = uploads;
    const { messages, world } = this.host;
    const info = {
      id: pending.id,
      type: pending.type,
      user: world.userPayload(pending.member),
      name: pending.label,
    };
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        this.checkBody(data, context);
        pending.original = messages.create(pending.channelId, data, info);
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        pending.original = messages.create(pending.channelId, { flags: data.flags ?? 0 }, info);
        pending.original.loading = true;
        break;
      case InteractionResponseType.UpdateMessage:
        this.checkBody(data, context);
        pending.sourceMessage?.apply(data, true);
        break;
      case InteractionResponseType.DeferredMessageUpdate:
        break;
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const choices = (data as { choices?: APIApplicationCommandOptionChoice[] }).choices;
        const violations = checkChoices(choices);
        if (violations.length > 0) {
          for (const v of violations) this.host.error(`${context}: data.${v.path}: ${v.message}`);
          throw invalidFormBody(violations, 'data');
        }
        pending.choices = choices ?? [];
        break;
      }
      case InteractionResponseType.Modal: {
        const violations = checkModal(data);
        if (violations.length > 0) {
          for (const v of violations) this.host.error(`${context}: modal ${v.path}: ${v.message}`);
          throw invalidFormBody(violations, 'data');
        }
        pending.modal = data as never;
        break;
      }
    }
    pending.acknowledge(type);
    if (!withResponse) return { status: 204 };
    const message = pending.original;
    return {
      status: 200,
      body: {
        interaction: {
          id: pending.id,
          type: pending.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: message.loading,
                response_message_ephemeral: message.ephemeral,
              }
            : {}),
        },
        resource: {
          type,
          ...(message && type !== InteractionResponseType.Modal
            ? { message: messages.toApi(message, world.applicationId) }
            : {}),
        },
      },
    };
  }

  private pendingFor(applicationId: string, token: string, context: string): PendingInteraction {
    const pending = this.byToken.get(token);
    if (!pending || applicationId !== this.host.world.applicationId) {
      return this.reject(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook', context);
    }
    if (this.host.now() - (this.issuedAt.get(token) ?? 0) > TOKEN_LIFETIME_MS) {
      return this.reject(
        401,
        RESTJSONErrorCodes.InvalidWebhookToken,
        'Invalid Webhook Token (the interaction token expired after 15 minutes)',
        `${context} for ${pending.label}`,
      );
    }
    if (!pending.acked) {
      return this.reject(
        404,
        RESTJSONErrorCodes.UnknownWebhook,
        'Unknown Webhook (interaction not acknowledged yet)',
        `${context} for ${pending.label}`,
      );
    }
    return pending;
  }

  private messageFor(pending: PendingInteraction, messageId: string, context: string): StoredMessage {
    const message =
      messageId === '@original'
        ? pending.original && !pending.original.deleted
          ? pending.original
          : undefined
        : (pending.followUps.find((m) => m.id === messageId && !m.deleted) ??
          (pending.original?.id === messageId && !pending.original.deleted ? pending.original : undefined));
    if (!message)
      return this.reject(
        404,
        RESTJSONErrorCodes.UnknownMessage,
        'Unknown Message',
        `${context} for ${pending.label}`,
      );
    return message;
  }

  /** GET/PATCH/DELETE /webhooks/:appId/:token/messages/:messageId */
  webhookMessage(
    method: string,
    applicationId: string,
    token: string,
    messageId: string,
    body: MessageBody | undefined,
  ): RestResponse {
    const context = `${method} webhook message ${messageId}`;
    const pending = this.pendingFor(applicationId, token, context);
    const message = this.messageFor(pending, messageId, context);
    const { messages, world } = this.host;
    if (method === 'PATCH') {
      this.checkBody(body ?? {}, `${context} for ${pending.label}`, '');
      message.apply(body ?? {}, true);
      pending.edited();
    } else if (method === 'DELETE') {
      messages.delete(message.id);
      pending.traffic();
      return { status: 204 };
    }
    return { status: 200, body: messages.toApi(message, world.applicationId) };
  }

  /** POST /webhooks/:appId/:token — a follow-up (after a deferral, the first one fills the "thinking" reply). */
  followUp(applicationId: string, token: string, body: MessageBody | undefined): RestResponse {
    const context = 'follow-up';
    const pending = this.pendingFor(applicationId, token, context);
    this.checkBody(body ?? {}, `${context} for ${pending.label}`, '');
    const { messages, world } = this.host;
    let message: StoredMessage;
    if (pending.original?.loading) {
      message = pending.original;
      message.apply({ ...body, flags: undefined }, true);
    } else {
      message = messages.create(pending.channelId, body ?? {}, {
        id: pending.id,
        type: pending.type,
        user: world.userPayload(pending.member),
        name: pending.label,
      });
      pending.followUps.push(message);
    }
    pending.edited();
    return { status: 200, body: messages.toApi(message, world.applicationId) };
  }
}
