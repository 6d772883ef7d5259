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
import {
  MANAGE_SERVER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  type SandboxChannel,
  type SandboxGuild,
  type SandboxRole,
  sandboxGuilds,
} from './guilds.js';
import { stableSnowflake } from './snowflake.js';

/** The bot's own channel permissions, reported as `app_permissions`. */
const BOT_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages;

/** One member of a sandbox server. */
export interface Member {
  id: string;
  name: string;
  /** Manage Server (a server admin), as `as ms-lee teacher` says. */
  teacher: boolean;
  joinedAt: string;
  /** The channel the member is acting in; its server is the member's current server. */
  channelId: string;
  /** Roles held, by id (role ids are unique across servers; only the current server's count). */
  roleIds: string[];
}

/**
 * The fixed little world the sandbox simulates: the servers of ./guilds.ts with their channels and
 * roles, the bot, and the members created on demand. Ids are derived from names so they are the
 * same in every run. `guildId`/`channelId`/`teacherRoleId` are the study server's #study-hall and
 * Teacher role, where members start.
 */
export class World {
  readonly guilds: readonly SandboxGuild[] = sandboxGuilds();
  readonly guildId: string;
  readonly channelId: string;
  readonly teacherRoleId: string;
  readonly botUserId: string;
  readonly members = new Map<string, Member>();
  private readonly createdAt = new Date().toISOString();

  constructor(readonly applicationId: string) {
    // Discord gives a bot user the same id as its application.
    this.botUserId = applicationId;
    const main = this.guilds[0] as SandboxGuild;
    this.guildId = main.id;
    this.channelId = (main.channels[0] as SandboxChannel).id;
    this.teacherRoleId = (main.roles.find((r) => r.name === 'Teacher') as SandboxRole).id;
  }

  /** Get-or-create a member by name; a later `teacher` flag updates Manage Server. */
  member(name: string, teacher?: boolean): Member {
    let member = this.members.get(name);
    if (!member) {
      member = {
        id: stableSnowflake(`member:${name}`),
        name,
        teacher: teacher ?? false,
        joinedAt: this.createdAt,
        channelId: this.channelId,
        roleIds: [],
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

  /** A server by id or key ("main", "other") or name. */
  guild(idOrKey: string): SandboxGuild | undefined {
    const wanted = idOrKey.toLowerCase();
    return this.guilds.find((g) => g.id === idOrKey || g.key === wanted || g.name.toLowerCase() === wanted);
  }

  /** A channel by id, or by name (`#bio-period-1` or `bio-period-1`) within `guildId` first, then anywhere. */
  channel(idOrName: string, guildId?: string): SandboxChannel | undefined {
    const name = idOrName.replace(/^#/, '').toLowerCase();
    const all = this.guilds.flatMap((g) => g.channels);
    const byId = all.find((c) => c.id === idOrName);
    if (byId) return byId;
    return all.find((c) => c.name === name && c.guildId === guildId) ?? all.find((c) => c.name === name);
  }

  /** The server a member is acting in. */
  guildOf(member: Member): SandboxGuild {
    const channel = this.channel(member.channelId);
    return this.guild(channel?.guildId ?? this.guildId) as SandboxGuild;
  }

  /** Moves a member to a channel (in any server); throws a helpful error for an unknown one. */
  moveTo(member: Member, channel: string, guild?: string): void {
    const server = guild === undefined ? undefined : this.guild(guild);
    if (guild !== undefined && !server) {
      throw new Error(`No server "${guild}" (servers: ${this.guilds.map((g) => g.key).join(', ')})`);
    }
    const found = channel === '' && server ? server.channels[0] : this.channel(channel, server?.id);
    if (!found || (server && found.guildId !== server.id)) {
      const names = (server ? [server] : this.guilds).flatMap((g) => g.channels.map((c) => `#${c.name}`));
      throw new Error(`No channel "${channel}" (channels: ${names.join(', ')})`);
    }
    member.channelId = found.id;
  }

  /** Gives a member a role of their current server, by name or id. */
  addRole(member: Member, role: string): void {
    const guild = this.guildOf(member);
    const wanted = role.replace(/^@/, '').toLowerCase();
    const found = guild.roles.find((r) => r.id === role || r.name.replace(/^@/, '').toLowerCase() === wanted);
    if (!found || found.id === guild.id) {
      const names = guild.roles.filter((r) => r.id !== guild.id).map((r) => r.name);
      throw new Error(`No role "${role}" in ${guild.name} (roles: ${names.join(', ')})`);
    }
    if (!member.roleIds.includes(found.id)) member.roleIds.push(found.id);
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
    const guild = this.guildOf(member);
    const roleIds = member.roleIds.filter((id) => guild.roles.some((r) => r.id === id));
    let permissions = member.teacher ? MANAGE_SERVER_PERMISSIONS : MEMBER_PERMISSIONS;
    for (const role of guild.roles) if (roleIds.includes(role.id)) permissions |= role.permissions;
    return {
      user: this.userPayload(member),
      roles: roleIds,
      permissions: permissions.toString(),
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

  /** A server's roles as the API shows them (default: the study server). */
  roles(guildId: string = this.guildId): APIRole[] {
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
    return (this.guild(guildId)?.roles ?? []).map((r) => ({
      ...base,
      id: r.id,
      name: r.name,
      position: r.position,
      permissions: r.permissions.toString(),
    }));
  }

  /** A channel as the API shows it (default: #study-hall). */
  textChannel(channelId: string = this.channelId): APIChannel {
    const channel = this.channel(channelId) as SandboxChannel;
    return {
      id: channel.id,
      type: ChannelType.GuildText,
      guild_id: channel.guildId,
      name: channel.name,
      position: this.guild(channel.guildId)?.channels.indexOf(channel) ?? 0,
      permission_overwrites: [],
      topic: 'Offline sandbox channel',
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
    };
  }

  /** Every text channel of a server. */
  textChannels(guildId: string = this.guildId): APIChannel[] {
    return (this.guild(guildId)?.channels ?? []).map((c) => this.textChannel(c.id));
  }

  /** The partial channel object interactions carry. */
  interactionChannel(channelId: string = this.channelId) {
    const { permission_overwrites: _p, ...channel } = this.textChannel(channelId) as APIChannel & {
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
  guildCreate(guildId: string = this.guildId) {
    const guild = this.guild(guildId) as SandboxGuild;
    return {
      id: guild.id,
      name: guild.name,
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
      roles: this.roles(guild.id),
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
      member_count: [...this.members.values()].filter((m) => this.guildOf(m).id === guild.id).length + 1,
      voice_states: [],
      members: [this.botMember()],
      channels: this.textChannels(guild.id),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
