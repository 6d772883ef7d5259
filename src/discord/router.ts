/**
 * The interaction router: the one entry point for everything Discord sends the bot.
 *
 * Routing
 * - Chat-input commands and autocomplete: by command name → `Command.execute` / `Command.autocomplete`.
 * - Buttons, string selects and modal submits: by custom_id, which follows the scheme
 *       <command>:<action>[:<arg>…]   (":"-separated, ≤ 100 characters; see ./custom-id.ts)
 *   → `Command.components[action]` of the command named by the first part, called with the
 *   remaining parts as `args`. The handler's declared kind (button / select / modal) must match.
 *
 * Errors
 * - Every handler runs inside one error boundary (./error-boundary.ts): a UserError becomes an
 *   ephemeral message, anything else is logged with the interaction id and answered with an
 *   apology naming that id; autocomplete failures answer with no choices.
 * - A handler that returns without acknowledging a repliable interaction is a bug too: the user
 *   would see "The application did not respond", so the boundary apologises instead.
 */
import type {
  ButtonInteraction,
  Interaction,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { AppContext } from '../context.js';
import type { Command, ComponentHandler } from './command.js';
import { parseCustomId } from './custom-id.js';
import { type DeferKind, guardDeadline, queueWait } from './deadline.js';
import { type InteractionLabel, reportFailure, respondEmpty, sendEphemeral } from './error-boundary.js';
import { isPreconditionError, runPreconditions } from './preconditions.js';
import { STALE_COMPONENT_TEXT, UNKNOWN_COMMAND_TEXT } from './views/errors.js';

/**
 * Hands out turns one per event-loop iteration, so deferred handlers do their (possibly heavy, synchronous) work
 * one at a time with the network read in between: frames still arriving in a burst get deferred promptly instead
 * of waiting behind everyone's grading.
 */
class Turns {
  private readonly queue: (() => void)[] = [];
  private scheduled = false;

  /** Resolves on this caller's turn. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push(resolve);
      this.pump();
    });
  }

  private pump(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    // A setImmediate scheduled from a setImmediate runs on the next loop iteration, after its I/O poll.
    setImmediate(() => {
      this.scheduled = false;
      this.queue.shift()?.();
      this.pump();
    });
  }
}

/**
 * What a handler is assumed to take before any has run (a graded answer with its reply), and how fast the moving
 * average follows what handlers really take: together they estimate how long a queue will take to answer.
 */
const TYPICAL_HANDLER_PRIOR_MS = 25;
const TYPICAL_HANDLER_WEIGHT = 0.1;

/** The longest a deferred handler waits for the rest of a burst to be acknowledged before doing its work. */
const DRAIN_CAP_MS = 1_000;

/** Dispatches interactions to commands; build one per bot with {@link createRouter}. */
export interface Router {
  /** Handles one interaction. Never rejects. */
  handle(interaction: Interaction): Promise<void>;
  /**
   * Resolves when every interaction being handled has finished, or after `capMs` (wall time: a
   * shutdown must not hang on a handler stuck on Discord).
   */
  drain(capMs: number): Promise<void>;
  /** The commands this router knows, by name. */
  readonly commands: ReadonlyMap<string, Command>;
}

/** Builds a router over `commands`; throws if two commands share a name. */
export function createRouter(commands: readonly Command[], ctx: AppContext): Router {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    if (byName.has(command.data.name)) throw new Error(`two commands are named /${command.data.name}`);
    byName.set(command.data.name, command);
  }
  const logger = ctx.logger;

  async function dispatch(interaction: Interaction, label: InteractionLabel): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) return sendEphemeral(interaction, UNKNOWN_COMMAND_TEXT, logger, label);
      await runPreconditions(command.preconditions, interaction, ctx);
      return command.execute(interaction, ctx);
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      if (!command?.autocomplete) return respondEmpty(interaction, logger, label);
      try {
        await runPreconditions(command.preconditions, interaction, ctx);
      } catch (error) {
        // Someone who may not run the command sees no suggestions (e.g. no server's question ids).
        if (!isPreconditionError(error)) throw error;
        logger.info({ ...label, precondition: error.identifier }, 'precondition refused');
        return respondEmpty(interaction, logger, label);
      }
      return command.autocomplete(interaction, ctx);
    }
    if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
      return dispatchComponent(interaction, label);
    }
    logger.debug({ ...label, type: interaction.type }, 'ignored an interaction type nobody handles');
  }

  async function dispatchComponent(
    interaction: ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction,
    label: InteractionLabel,
  ): Promise<void> {
    const parsed = parseCustomId(interaction.customId);
    const handler = parsed && byName.get(parsed.command)?.components?.[parsed.action];
    if (!parsed || !handler || !kindMatches(handler, interaction)) {
      logger.warn({ ...label }, 'no handler for this custom_id');
      return sendEphemeral(interaction, STALE_COMPONENT_TEXT, logger, label);
    }
    await runPreconditions(handler.preconditions, interaction, ctx);
    // kindMatches narrowed the interaction to the handler's kind; TypeScript cannot link the two.
    return (handler.run as (i: typeof interaction, a: readonly string[], c: AppContext) => Promise<void>)(
      interaction,
      parsed.args,
      ctx,
    );
  }

  /** How this interaction may be deferred if time runs short (see ./deadline.ts). */
  function deferKind(interaction: Interaction): DeferKind {
    if (interaction.isChatInputCommand()) {
      const ephemeral = byName.get(interaction.commandName)?.deferEphemeral ?? false;
      return {
        kind: 'reply',
        ephemeral: typeof ephemeral === 'function' ? ephemeral(interaction) : ephemeral,
      };
    }
    // A student's answer and its feedback are private; a deferred reply keeps that.
    if (interaction.isModalSubmit()) return { kind: 'reply', ephemeral: true };
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      const parsed = parseCustomId(interaction.customId);
      const handler = parsed && byName.get(parsed.command)?.components?.[parsed.action];
      // A modal must be the first response, so a button that opens one is never deferred.
      return handler && handler.kind !== 'modal' && handler.opensModal
        ? { kind: 'never' }
        : { kind: 'update' };
    }
    return { kind: 'never' };
  }

  /** Interactions received and not yet acknowledged: the queue a burst builds. */
  let waiting = 0;
  let onDrained: (() => void)[] = [];
  const acknowledged = () => {
    waiting = Math.max(0, waiting - 1);
    if (waiting > 0) return;
    for (const resolve of onDrained) resolve();
    onDrained = [];
  };
  /** Resolves when nothing waits for acknowledgement (or after a cap, so a steady stream cannot starve work). */
  const allAcknowledged = (): Promise<void> =>
    waiting === 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          onDrained.push(resolve);
          setTimeout(resolve, DRAIN_CAP_MS).unref();
        });
  const turns = new Turns();
  let typicalHandlerMs = TYPICAL_HANDLER_PRIOR_MS;
  /** After a deferral: wait for the queue to be acknowledged, then for this handler's own turn to work. */
  const drained = async (): Promise<void> => {
    await allAcknowledged();
    await turns.next();
  };

  /** Interactions being handled, so a shutdown can let them finish (see `drain`). */
  const inFlight = new Set<Promise<void>>();

  async function handleOne(interaction: Interaction): Promise<void> {
    const label = { interactionId: interaction.id, route: routeOf(interaction) };
    const started = performance.now();
    waiting++;
    const guard = interaction.isRepliable()
      ? guardDeadline(interaction, deferKind(interaction), logger, label, acknowledged)
      : undefined;
    if (!guard) acknowledged();
    try {
      // Yield once so every interaction already received is counted before this one's work starts.
      await new Promise<void>((resolve) => setImmediate(resolve));
      logger.debug({ ...label, waitedMs: queueWait(interaction), waiting }, 'interaction received');
      await guard?.deferIfLate(waiting * typicalHandlerMs, drained);
      const dispatched = performance.now();
      await dispatch(interaction, label);
      typicalHandlerMs += TYPICAL_HANDLER_WEIGHT * (performance.now() - dispatched - typicalHandlerMs);
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        throw new Error(`handler for ${label.route} returned without acknowledging the interaction`);
      }
    } catch (error) {
      if (isPreconditionError(error))
        logger.info({ ...label, precondition: error.identifier }, 'precondition refused');
      await reportFailure(interaction, error, label, logger);
    } finally {
      guard?.dispose();
      logger.debug(
        { ...label, ms: Math.round((performance.now() - started) * 10) / 10 },
        'interaction handled',
      );
    }
  }

  return {
    commands: byName,
    handle(interaction) {
      const running = handleOne(interaction);
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
      return running;
    },
    async drain(capMs) {
      if (inFlight.size === 0) return;
      logger.info({ inFlight: inFlight.size }, 'finishing interactions before stopping');
      let timer: NodeJS.Timeout | undefined;
      const cap = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, capMs);
      });
      await Promise.race([Promise.allSettled([...inFlight]), cap]);
      clearTimeout(timer);
    },
  };
}

function kindMatches(handler: ComponentHandler, interaction: Interaction): boolean {
  switch (handler.kind) {
    case 'button':
      return interaction.isButton();
    case 'select':
      return interaction.isStringSelectMenu();
    case 'modal':
      return interaction.isModalSubmit();
  }
}

/** A short description of where an interaction goes, for logs ("/define", "button define:open:…"). */
function routeOf(interaction: Interaction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName}`;
  if (interaction.isAutocomplete()) return `autocomplete /${interaction.commandName}`;
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return `component ${interaction.customId}`;
  return `type ${interaction.type}`;
}
