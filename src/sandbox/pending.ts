import {
  type APIApplicationCommandOptionChoice,
  type APIModalInteractionResponseCallbackData,
  InteractionResponseType,
  type InteractionType,
} from 'discord-api-types/v10';
import type { StoredMessage } from './messages.js';
import type { InteractionResult } from './types.js';
import type { Member } from './world.js';

/** Timing knobs for settling an interaction (see SandboxOptions). */
export interface SettleTiming {
  settleMs: number;
  ackTimeoutMs: number;
  maxWaitMs: number;
  deferredTimeoutMs: number;
}

/** The "did not respond" text Discord's client shows. */
export const DID_NOT_RESPOND = 'The application did not respond';

/**
 * One interaction in flight: what the bot has done with it so far, and the settling rule that decides when the
 * driver's promise resolves — after the callback; if deferred, after the first edit or follow-up; then after a
 * quiet window with no traffic on the token. No callback within the ack timeout means "failed".
 */
export class PendingInteraction {
  acked = false;
  /** The ack window passed without a callback; later callbacks are rejected like Discord's "Unknown interaction". */
  expired = false;
  callbackType: InteractionResponseType | 'none' = 'none';
  original?: StoredMessage;
  readonly followUps: StoredMessage[] = [];
  modal?: APIModalInteractionResponseCallbackData;
  choices?: APIApplicationCommandOptionChoice[];
  failed?: string;
  /** Milliseconds from dispatch to the accepted callback. */
  ackMs?: number;
  private readonly sentAt = performance.now();
  /** Where the interaction happened (the member's channel when it was sent): replies go there. */
  readonly channelId: string;
  private awaitingFirstEdit = false;
  private done = false;
  private idleTimer?: NodeJS.Timeout;
  private readonly timers: NodeJS.Timeout[] = [];
  readonly finished: Promise<InteractionResult>;
  private resolve!: (result: InteractionResult) => void;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: InteractionType,
    readonly member: Member,
    readonly label: string,
    readonly sourceMessage: StoredMessage | undefined,
    private readonly timing: SettleTiming,
    private readonly onFailure: (message: string) => void,
  ) {
    this.channelId = sourceMessage?.channelId ?? member.channelId;
    this.finished = new Promise((resolve) => {
      this.resolve = resolve;
    });
    this.timers.push(
      setTimeout(() => this.expire(), this.timing.ackTimeoutMs),
      setTimeout(() => {
        if (!this.awaitingFirstEdit) this.finish();
      }, this.timing.maxWaitMs),
    );
  }

  /** The ack window passed without a callback: the member sees "did not respond". */
  expire(): void {
    if (this.acked || this.expired) return;
    this.expired = true;
    this.failed = DID_NOT_RESPOND;
    this.onFailure(`${this.label}: ${DID_NOT_RESPOND} within ${this.timing.ackTimeoutMs} ms (no callback)`);
    this.finish();
  }

  /** Records an accepted callback and starts the deferred wait if the bot deferred. */
  acknowledge(type: InteractionResponseType): void {
    this.acked = true;
    this.ackMs = performance.now() - this.sentAt;
    this.callbackType = type;
    if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
      this.awaitingFirstEdit = true;
      this.timers.push(
        setTimeout(() => {
          this.onFailure(
            `${this.label}: deferred reply never completed (still "thinking" after ${this.timing.deferredTimeoutMs} ms)`,
          );
          this.finish();
        }, this.timing.deferredTimeoutMs),
      );
    } else if (type === InteractionResponseType.DeferredMessageUpdate) {
      // A deferred update may legitimately end in silence; wait for traffic only until the ordinary cap.
      this.awaitingFirstEdit = true;
      this.timers.push(setTimeout(() => this.finish(), this.timing.maxWaitMs));
    }
    this.traffic();
  }

  /** Any later webhook edit or follow-up on this token. */
  edited(): void {
    this.awaitingFirstEdit = false;
    this.traffic();
  }

  /** Restarts the quiet window; resolves when it elapses with nothing pending. */
  traffic(): void {
    if (this.done || !this.acked || this.awaitingFirstEdit) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.finish(), this.timing.settleMs);
  }

  /** Stops timers without resolving (sandbox closing). */
  cancel(): void {
    this.finish();
  }

  /** Only message-producing callbacks have a reply; a modal or silence on a button leaves none. */
  private hasReply(): boolean {
    return (
      this.callbackType === InteractionResponseType.ChannelMessageWithSource ||
      this.callbackType === InteractionResponseType.DeferredChannelMessageWithSource ||
      this.callbackType === InteractionResponseType.UpdateMessage ||
      this.callbackType === InteractionResponseType.DeferredMessageUpdate
    );
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const t of this.timers) clearTimeout(t);
    this.resolve({
      interactionId: this.id,
      callbackType: this.callbackType,
      ...(this.original && !this.original.deleted && this.hasReply() ? { reply: this.original } : {}),
      followUps: [...this.followUps],
      ...(this.modal ? { modal: this.modal } : {}),
      ...(this.choices ? { choices: this.choices } : {}),
      ...(this.failed ? { failed: this.failed } : {}),
      ...(this.ackMs !== undefined ? { ackMs: this.ackMs } : {}),
    });
  }
}
