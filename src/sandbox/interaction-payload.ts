import { InteractionContextType, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { MessageStore, StoredMessage } from './messages.js';
import type { Member, World } from './world.js';

/** Callback types Discord accepts for each interaction type. */
export const ALLOWED_CALLBACKS: Record<number, InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** What one INTERACTION_CREATE is about. */
export interface InteractionSpec {
  id: string;
  token: string;
  type: InteractionType;
  data: unknown;
  member: Member;
  sourceMessage?: StoredMessage;
}

/**
 * The INTERACTION_CREATE payload, complete enough that discord.js builds real Interaction objects (member with
 * permissions, channel, app_permissions, locale, context, the message a component sits on).
 */
export function interactionPayload(world: World, messages: MessageStore, spec: InteractionSpec) {
  const { id, token, type, data, member, sourceMessage } = spec;
  // A component is used where its message is; anything else where the member is acting.
  const channelId = sourceMessage?.channelId ?? member.channelId;
  const guildId = world.channel(channelId)?.guildId ?? world.guildId;
  return {
    id,
    application_id: world.applicationId,
    type,
    data,
    guild_id: guildId,
    guild: { id: guildId, locale: 'en-US', features: [] },
    channel: world.interactionChannel(channelId),
    channel_id: channelId,
    member: world.interactionMember(member),
    token,
    version: 1,
    app_permissions: world.appPermissions(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 26_214_400,
    ...(sourceMessage ? { message: messages.toApi(sourceMessage, world.applicationId) } : {}),
  };
}
