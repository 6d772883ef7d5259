import type {
  APIActionRowComponent,
  APIAllowedMentions,
  APIApplicationCommand,
  APIApplicationCommandOptionChoice,
  APIAttachment,
  APIEmbed,
  APIModalInteractionResponseCallbackData,
  InteractionResponseType,
} from 'discord-api-types/v10';
import type { ManualClock } from '../clock.js';
import type { FaultController, FaultPlan } from './faults.js';
import type { SandboxFile } from './files.js';
import type { SandboxGuild } from './guilds.js';

/** Options accepted by `startSandbox`. Every timing knob exists so tests can stay fast and deterministic. */
export interface SandboxOptions {
  /** Port for REST and gateway (both on one HTTP server); 0 or absent picks a free port. */
  port?: number;
  applicationId?: string;
  botToken?: string;
  /** Receives one human-readable line per notable event (unknown routes, violations, connections). */
  logger?: (line: string) => void;
  /** Quiet period after the last traffic for an interaction before its result is returned (default 40 ms). */
  settleMs?: number;
  /** How long the bot has to acknowledge an interaction before it "failed" (Discord: 3 s). */
  ackTimeoutMs?: number;
  /** Upper bound for a non-deferred interaction's whole round trip (default 3.5 s). */
  maxWaitMs?: number;
  /** How long a deferred interaction may take to send its first edit or follow-up (default 15 s). */
  deferredTimeoutMs?: number;
  /** Heartbeat interval announced in HELLO (default 41 250 ms, as Discord). */
  heartbeatIntervalMs?: number;
  /**
   * The clock the sandbox shares with the bot it hosts (default: a manual clock starting at the real
   * time). Time moves only through `advance`, so deadlines and expiry are tested without waiting.
   */
  clock?: ManualClock;
  /** Called for every file a bot message gains (the play terminal's `--save-files`). */
  onFile?: (file: SandboxFile, message: SandboxMessage) => void;
  /** Misbehave from the start (latency, REST and gateway faults); see ./faults.ts. Off by default. */
  faults?: FaultPlan;
  /** Where "now" comes from for interaction-token expiry (15 min); default: the shared `clock`. */
  now?: () => number;
}

/** A message as the sandbox stores it: live, so later edits show through every reference. */
export interface SandboxMessage {
  readonly id: string;
  readonly channelId: string;
  readonly authorId: string;
  readonly content: string;
  readonly embeds: APIEmbed[];
  // biome-ignore lint/suspicious/noExplicitAny: rows may hold any component kind (buttons, selects, inputs).
  readonly components: APIActionRowComponent<any>[];
  readonly flags: number;
  readonly ephemeral: boolean;
  readonly allowedMentions?: APIAllowedMentions;
  readonly interactionId?: string;
  /** Files the bot attached (name, size, content type, bytes), in attachment order. */
  readonly files: readonly SandboxFile[];
  /** True while the message is a deferred reply's "thinking…" placeholder that no edit has replaced yet. */
  readonly loading: boolean;
}

/** What came back from one interaction, after the sandbox's settling rule. */
export interface InteractionResult {
  readonly interactionId: string;
  readonly callbackType: InteractionResponseType | 'none';
  /** Original response message, with all edits applied; for UPDATE_MESSAGE the updated message. */
  readonly reply?: SandboxMessage;
  readonly followUps: SandboxMessage[];
  readonly modal?: APIModalInteractionResponseCallbackData;
  readonly choices?: APIApplicationCommandOptionChoice[];
  /** Set when the bot did not acknowledge in time, e.g. 'The application did not respond'. */
  readonly failed?: string;
  /** Milliseconds from sending the interaction to the bot's accepted first response (callback). */
  readonly ackMs?: number;
}

/** Values a user may type for slash command options. */
export type OptionValues = Record<string, string | number | boolean>;

/** A guild member that can act in the sandbox. */
export interface SandboxUser {
  readonly id: string;
  readonly name: string;
  /** Manage Server in every server the member acts in. */
  readonly teacher: boolean;
  /** Where the member acts now: commands run, and replies appear, in this channel of this server. */
  readonly channelId: string;
  readonly guildId: string;
  /** Names of the roles held in the current server. */
  readonly roles: string[];
  /** Moves to a channel (`#bio-period-1`), optionally of another server (`'other'`); returns the same user. */
  in(channel: string, server?: string): this;
  /** Gives a role of the current server by name (`Teacher`); returns the same user. */
  giveRole(role: string): this;
  slash(
    command: string,
    options?: OptionValues,
    opts?: { subcommand?: string; subcommandGroup?: string },
  ): Promise<InteractionResult>;
  autocomplete(
    command: string,
    focused: string,
    value: string,
    otherOptions?: OptionValues,
    opts?: { subcommand?: string; subcommandGroup?: string },
  ): Promise<APIApplicationCommandOptionChoice[]>;
  /** `button` is a custom_id, a label (case-insensitive) or a 1-based index over the message's buttons. */
  click(message: SandboxMessage, button: string): Promise<InteractionResult>;
  select(message: SandboxMessage, values: string[], customId?: string): Promise<InteractionResult>;
  submitModal(
    modal: APIModalInteractionResponseCallbackData,
    values: Record<string, string>,
    fromMessage?: SandboxMessage,
  ): Promise<InteractionResult>;
}

/** A running local Discord. */
export interface Sandbox {
  /** Pass as discord.js `rest.api`. */
  readonly restUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUserId: string;
  /** Resolves once a bot has IDENTIFY'd and received GUILD_CREATE. */
  waitForBot(timeoutMs?: number): Promise<void>;
  /**
   * Get-or-create a member; ids are stable for a name. `server` and `channel` move them (default:
   * #study-hall of the study server), `roles` gives roles there (`['Teacher']`).
   */
  user(
    name: string,
    opts?: { teacher?: boolean; roles?: string[]; server?: string; channel?: string },
  ): SandboxUser;
  /** The name of the member with this user id (the bot's name for the bot), or undefined. */
  memberName(userId: string): string | undefined;
  /** The servers, channels and roles the sandbox simulates. */
  readonly guilds: readonly SandboxGuild[];
  /** Stores a file as if a member uploaded it, for an attachment option; returns its attachment object. */
  upload(filename: string, bytes: Buffer, channelId?: string): APIAttachment;
  registeredCommands(guildId?: string): APIApplicationCommand[];
  /** Non-ephemeral messages in a channel (default: the sandbox text channel), oldest first. */
  channelMessages(channelId?: string): SandboxMessage[];
  /** Protocol and limit violations observed; tests assert this stays empty. */
  readonly errors: string[];
  /** The clock shared with the bot (`startBotInSandbox` hands it to the app). */
  readonly clock: ManualClock;
  /**
   * Moves the shared clock forward by `ms`, fires every bot timer that became due, then waits until
   * the REST traffic those timers caused has settled (no request in flight for the settle period).
   */
  advance(ms: number): Promise<void>;
  /** Resolves once no bot REST request is in flight and none arrived for the settle period. */
  settle(): Promise<void>;
  /** Drops the bot's gateway connection (default close code 4000, resumable) so reconnect handling can be tested. */
  disconnectBot(code?: number): void;
  /** Live fault switches: `faults.set(plan)` changes them mid-test, `faults.injected` counts what fired. */
  readonly faults: FaultController;
  /** Makes the bot's connection half-open (silent, not closed) until the bot notices and reconnects. */
  halfOpen(): void;
  close(): Promise<void>;
}
