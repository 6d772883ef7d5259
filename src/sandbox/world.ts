import {
  type APIChannel,
  type APIGuildMember,
  type APIInteractionDataResolvedGuildMember,
  type APIRole,
  type APIUser,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { stableSnowflake } from './snowflake.js';

/** What an ordinary member may do in the study server. */
const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis;

/** Teachers additionally get Manage Server, which the bot checks for class administration. */
const TEACHER_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;

/** The bot's own channel permissions, reported as `app_permissions`. */
const BOT_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages;

/** One member of the sandbox guild. */
export interface Member {
  id: string;
  name: string;
  teacher: boolean;
  joinedAt: string;
}

/**
 * The fixed little world the sandbox simulates: one guild, one text channel, a Teacher role, the bot and the
 * members created on demand. Ids are derived from names so they are the same in every run.
 */
export class World {
  readonly guildId = stableSnowflake('sandbox-guild');
  readonly channelId = stableSnowflake('sandbox-channel-study-hall');
  readonly teacherRoleId = stableSnowflake('sandbox-role-teacher');
  readonly botUserId: string;
  readonly members = new Map<string, Member>();
  private readonly createdAt = new Date().toISOString();

  constructor(readonly applicationId: string) {
    // Discord gives a bot user the same id as its application.
    this.botUserId = applicationId;
  }

  /** Get-or-create a member by name; a later `teacher` flag updates the role. */
  member(name: string, teacher?: boolean): Member {
    let member = this.members.get(name);
    if (!member) {
      member = {
        id: stableSnowflake(`member:${name}`),
        name,
        teacher: teacher ?? false,
        joinedAt: this.createdAt,
      };
      this.members.set(name, member);
    } else if (teacher !== undefined) {
      member.teacher = teacher;
    }
    return member;
  }

  /** Looks up a member by id or name, for user-typed options. */
  findMember(idOrName: string): Member | undefined {
    for (const member of this.members.values()) {
      if (member.id === idOrName || member.name.toLowerCase() === idOrName.toLowerCase()) return member;
    }
    return undefined;
  }

  botUser(): APIUser {
    return {
      id: this.botUserId,
      username: 'AP Bio Tutor (sandbox)',
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    };
  }

  userPayload(member: Member): APIUser {
    return {
      id: member.id,
      username: member.name,
      discriminator: '0',
      global_name: member.name,
      avatar: null,
    };
  }

  /** Member object as it appears inside an interaction (with total permissions in the channel). */
  interactionMember(member: Member) {
    return {
      user: this.userPayload(member),
      roles: member.teacher ? [this.teacherRoleId] : [],
      permissions: (member.teacher ? TEACHER_PERMISSIONS : MEMBER_PERMISSIONS).toString(),
      joined_at: member.joinedAt,
      premium_since: null,
      nick: null,
      avatar: null,
      banner: null,
      flags: 0,
      pending: false,
      deaf: false,
      mute: false,
      communication_disabled_until: null,
    };
  }

  /** Member as it appears in `resolved.members` (no `user`, no deaf/mute). */
  resolvedMember(member: Member): APIInteractionDataResolvedGuildMember {
    const { user: _user, deaf: _deaf, mute: _mute, ...rest } = this.interactionMember(member);
    return rest;
  }

  appPermissions(): string {
    return BOT_PERMISSIONS.toString();
  }

  roles(): APIRole[] {
    const base = {
      hoist: false,
      icon: null,
      unicode_emoji: null,
      managed: false,
      mentionable: false,
      flags: 0,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    };
    return [
      {
        ...base,
        id: this.guildId,
        name: '@everyone',
        position: 0,
        permissions: MEMBER_PERMISSIONS.toString(),
      },
      {
        ...base,
        id: this.teacherRoleId,
        name: 'Teacher',
        position: 1,
        permissions: TEACHER_PERMISSIONS.toString(),
      },
    ];
  }

  textChannel(): APIChannel {
    return {
      id: this.channelId,
      type: ChannelType.GuildText,
      guild_id: this.guildId,
      name: 'study-hall',
      position: 0,
      permission_overwrites: [],
      topic: 'Offline sandbox channel',
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
    };
  }

  /** The partial channel object interactions carry. */
  interactionChannel() {
    const { permission_overwrites: _p, ...channel } = this.textChannel() as APIChannel & {
      permission_overwrites?: unknown;
    };
    return channel;
  }

  private botMember(): APIGuildMember {
    return {
      user: this.botUser(),
      roles: [],
      joined_at: this.createdAt,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      nick: null,
      avatar: null,
      banner: null,
      premium_since: null,
      pending: false,
    };
  }

  /** GUILD_CREATE payload: a complete available guild with the bot as its only cached member. */
  guildCreate() {
    return {
      id: this.guildId,
      name: 'AP Bio Sandbox',
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: stableSnowflake('member:owner'),
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: this.roles(),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
      rules_channel_id: null,
      max_members: 500_000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: GuildPremiumTier.None,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
      hub_type: null,
      // GUILD_CREATE-only fields
      joined_at: this.createdAt,
      large: false,
      unavailable: false,
      member_count: this.members.size + 1,
      voice_states: [],
      members: [this.botMember()],
      channels: [this.textChannel()],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
