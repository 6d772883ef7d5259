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
import { type InteractionLabel, reportFailure, respondEmpty, sendEphemeral } from './error-boundary.js';
import { isPreconditionError, runPreconditions } from './preconditions.js';
import { STALE_COMPONENT_TEXT, UNKNOWN_COMMAND_TEXT } from './views/errors.js';

/** Dispatches interactions to commands; build one per bot with {@link createRouter}. */
export interface Router {
  /** Handles one interaction. Never rejects. */
  handle(interaction: Interaction): Promise<void>;
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

  return {
    commands: byName,
    async handle(interaction) {
      const label = { interactionId: interaction.id, route: routeOf(interaction) };
      const started = performance.now();
      try {
        await dispatch(interaction, label);
        if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
          throw new Error(`handler for ${label.route} returned without acknowledging the interaction`);
        }
      } catch (error) {
        if (isPreconditionError(error))
          logger.info({ ...label, precondition: error.identifier }, 'precondition refused');
        await reportFailure(interaction, error, label, logger);
      } finally {
        logger.debug(
          { ...label, ms: Math.round((performance.now() - started) * 10) / 10 },
          'interaction handled',
        );
      }
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
