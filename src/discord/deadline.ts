/**
 * Discord drops an interaction that is not acknowledged within 3 seconds of its creation ("The application did
 * not respond"). Under a burst (a class pressing Submit together) interactions queue behind each other before
 * their handlers even start, so the time left is measured, not assumed: when little is left the guard defers
 * first and the handler's own reply becomes an edit of the deferred response. A timer does the same for a handler
 * that is still busy near the deadline. Handlers stay unaware: they call `reply`/`update` as usual.
 */
import {
  type InteractionDeferReplyOptions,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../logger.js';
import { ACK_WINDOW_MS } from './resilient-rest.js';

/** Defer at once when an interaction has already waited this long before its handler ran. */
export const DEFER_AFTER_WAIT_MS = 1_000;
/** Defer a still-busy handler when this much of the window is left (room for the defer's own round trip). */
const DEFER_WHEN_LEFT_MS = 1_200;
/**
 * Defer at once when the interactions waiting for their first answer are expected to take at least this long
 * (how many wait × how long a handler typically takes): a burst (a class pressing Submit together) would
 * otherwise be answered one grading at a time, the last ones too late. A count alone would also defer a
 * steady stream of quick answers (16 students at a time, 10 ms each), which only adds a round trip.
 */
export const DEFER_WHEN_EXPECTED_WAIT_MS = 1_000;

/** How an interaction may be deferred: a "thinking…" reply, a silent update of the clicked message, or not at all. */
export type DeferKind = { kind: 'reply'; ephemeral: boolean } | { kind: 'update' } | { kind: 'never' };

/** How long the interaction waited between its creation (snowflake time) and now, in ms. */
export function queueWait(interaction: { createdTimestamp: number }, now = Date.now()): number {
  return Math.max(0, now - interaction.createdTimestamp);
}

type Options = InteractionReplyOptions & { flags?: unknown };

/** A reply's options as an edit: edits cannot change visibility, which was fixed when deferring. */
function asEdit(options: string | Options): string | InteractionEditReplyOptions {
  if (typeof options === 'string') return options;
  const {
    flags: _flags,
    ephemeral: _ephemeral,
    withResponse: _w,
    fetchReply: _f,
    ...rest
  } = options as Options & {
    ephemeral?: unknown;
    withResponse?: unknown;
    fetchReply?: unknown;
  };
  return rest as InteractionEditReplyOptions;
}

/**
 * Watches one interaction's acknowledgement. `deferIfLate()` defers at once when it already waited too long;
 * otherwise a timer defers if the handler has not started to answer when little time is left. After a deferral
 * the interaction's `reply`/`update` go to `editReply` (and a component's `reply` to `followUp`). Call `dispose`
 * when the handler is done.
 */
export function guardDeadline(
  interaction: RepliableInteraction,
  how: DeferKind,
  logger: Logger,
  label: Record<string, unknown>,
  /** Called once, when the interaction's first response (or deferral) has been sent and settled. */
  onAnswer: () => void = () => {},
): { deferIfLate(expectedWaitMs: number, drained: () => Promise<void>): Promise<void>; dispose(): void } {
  if (how.kind === 'never') {
    onAnswer();
    return { deferIfLate: async () => {}, dispose: () => {} };
  }
  let answered = false;
  const started = () => {
    if (answered) return;
    answered = true;
    onAnswer();
  };
  // biome-ignore lint/suspicious/noExplicitAny: the guard swaps methods on discord.js's own object.
  const target = interaction as any;
  const original = {
    reply: target.reply.bind(target),
    update: target.update?.bind(target),
    showModal: target.showModal?.bind(target),
    deferReply: target.deferReply.bind(target),
    deferUpdate: target.deferUpdate?.bind(target),
    editReply: target.editReply.bind(target),
    followUp: target.followUp.bind(target),
  };
  let state: 'open' | 'answering' | 'deferring' | 'deferred' = 'open';
  let deferring: Promise<void> | undefined;

  const defer = (why: string): Promise<void> => {
    if (state !== 'open') return deferring ?? Promise.resolve();
    state = 'deferring';
    const waited = queueWait(interaction);
    logger.info({ ...label, waitedMs: waited, why }, 'deferring before the 3-second deadline');
    const call =
      how.kind === 'reply'
        ? original.deferReply(
            (how.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) satisfies InteractionDeferReplyOptions,
          )
        : original.deferUpdate();
    const settled = call.then(
      () => {
        state = 'deferred';
        started();
      },
      (error: unknown) => {
        // The defer failed (e.g. too late): let the handler's own reply try, and report its outcome.
        state = 'open';
        logger.warn({ ...label, err: error }, 'could not defer the interaction');
      },
    );
    deferring = settled;
    return settled;
  };

  /** Runs an answering call: straight through while open, redirected once deferred. */
  const answer =
    (direct: (o: unknown) => Promise<unknown>, afterDefer: (o: unknown) => Promise<unknown>) =>
    async (options: unknown) => {
      if (state === 'deferring') await deferring;
      if (state === 'deferred') return afterDefer(options);
      state = 'answering';
      try {
        return await direct(options);
      } finally {
        started();
      }
    };
  target.reply = answer(original.reply, (o) =>
    how.kind === 'reply' ? original.editReply(asEdit(o as Options)) : original.followUp(o),
  );
  if (original.update) target.update = answer(original.update, (o) => original.editReply(o));
  if (original.showModal) target.showModal = answer(original.showModal, original.showModal);
  target.deferReply = answer(original.deferReply, async () => undefined);
  if (original.deferUpdate) target.deferUpdate = answer(original.deferUpdate, async () => undefined);

  const left = ACK_WINDOW_MS - queueWait(interaction) - DEFER_WHEN_LEFT_MS;
  const timer = setTimeout(() => void defer('handler still busy'), Math.max(0, left));
  return {
    async deferIfLate(expectedWaitMs, drained) {
      const waited = queueWait(interaction) > DEFER_AFTER_WAIT_MS;
      if (waited || expectedWaitMs >= DEFER_WHEN_EXPECTED_WAIT_MS) {
        clearTimeout(timer);
        await defer(
          waited ? 'waited in the queue' : `the queue is expected to take ${Math.round(expectedWaitMs)} ms`,
        );
        // Acknowledge the whole queue before anyone's (possibly heavy) work: one handler's grading must not
        // hold back the others' deferrals.
        await drained();
      }
    },
    dispose() {
      clearTimeout(timer);
      started();
    },
  };
}
