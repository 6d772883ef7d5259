import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { stableSnowflake } from './snowflake.js';

/** What an ordinary member may do in a sandbox server. */
export const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis;

/** Members marked `teacher` additionally get Manage Server, which the bot checks for class administration. */
export const MANAGE_SERVER_PERMISSIONS = MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;

/** A text channel of a sandbox server. */
export interface SandboxChannel {
  readonly id: string;
  readonly name: string;
  readonly guildId: string;
  readonly type: ChannelType.GuildText;
}

/** A role of a sandbox server; the @everyone role's id is the server's id, as on Discord. */
export interface SandboxRole {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly permissions: bigint;
}

/** One simulated server. */
export interface SandboxGuild {
  readonly id: string;
  /** Short name used in play scripts and tests ("main", "other"). */
  readonly key: string;
  readonly name: string;
  readonly channels: readonly SandboxChannel[];
  readonly roles: readonly SandboxRole[];
}

function guild(
  key: string,
  name: string,
  idSeed: string,
  channels: { name: string; seed: string }[],
  teacherRoleSeed: string,
): SandboxGuild {
  const id = stableSnowflake(idSeed);
  return {
    id,
    key,
    name,
    channels: channels.map((c) => ({
      id: stableSnowflake(c.seed),
      name: c.name,
      guildId: id,
      type: ChannelType.GuildText,
    })),
    roles: [
      { id, name: '@everyone', position: 0, permissions: MEMBER_PERMISSIONS },
      // A role with no extra permissions: a class can name it as its teacher role, and holding it
      // does not give Manage Server (so `as sam role:Teacher` is a role holder, not an admin).
      { id: stableSnowflake(teacherRoleSeed), name: 'Teacher', position: 1, permissions: MEMBER_PERMISSIONS },
      {
        id: stableSnowflake(`${teacherRoleSeed}:student`),
        name: 'Student',
        position: 1,
        permissions: MEMBER_PERMISSIONS,
      },
    ],
  };
}

/**
 * The fixed servers of the sandbox: the study server (its first channel, #study-hall, is where
 * everyone starts) with two more class channels, and a second server to prove that one server's
 * classes and questions never show in another. Ids derive from names, so they are stable.
 */
export function sandboxGuilds(): SandboxGuild[] {
  return [
    guild(
      'main',
      'AP Bio Sandbox',
      'sandbox-guild',
      [
        { name: 'study-hall', seed: 'sandbox-channel-study-hall' },
        { name: 'bio-period-1', seed: 'sandbox-channel-bio-period-1' },
        { name: 'bio-period-2', seed: 'sandbox-channel-bio-period-2' },
      ],
      'sandbox-role-teacher',
    ),
    guild(
      'other',
      'Other School (sandbox)',
      'sandbox-guild-other',
      [{ name: 'lounge', seed: 'sandbox-channel-other-lounge' }],
      'sandbox-role-other-teacher',
    ),
  ];
}
