import { Client, GatewayIntentBits, Options } from 'discord.js';
import { type Logger, silentLogger } from '../logger.js';
import { resilientRequest } from './resilient-rest.js';

/**
 * Creates the discord.js client with the smallest footprint the bot needs:
 * - only the Guilds intent (interactions arrive regardless of intents; no privileged intents);
 * - mentions parsed from nothing by default, so no reply can ever ping anyone;
 * - bounded caches: the bot never reads message history, members or presences, so those caches
 *   are tiny or off, and sweepers drop what slips in, keeping memory flat in large servers.
 * - interaction callbacks retried within Discord's 3-second window (./resilient-rest.ts).
 * `restUrl` replaces Discord's API base (the offline sandbox); leave it undefined in production.
 */
export function createClient(opts: { restUrl?: string; logger?: Logger } = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 25,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      ThreadMemberManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      AutoModerationRuleManager: 0,
      // Interactions carry their member; keep only a small working set (and always ourselves).
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 500, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      messages: { interval: 600, lifetime: 900 },
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user.id },
    },
    rest: {
      ...(opts.restUrl ? { api: opts.restUrl } : {}),
      makeRequest: resilientRequest(opts.logger ?? silentLogger()),
    },
  });
}
