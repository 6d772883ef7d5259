import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Client,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { AppContext } from '../context.js';

/** A component handler receives the custom_id parts after `<command>:<action>`. */
type Run<I> = (interaction: I, args: readonly string[], ctx: AppContext) => Promise<void>;

/** Handler for one custom_id action, tagged with the interaction kind it accepts. */
export type ComponentHandler =
  | { readonly kind: 'button'; readonly run: Run<ButtonInteraction> }
  | { readonly kind: 'select'; readonly run: Run<StringSelectMenuInteraction> }
  | { readonly kind: 'modal'; readonly run: Run<ModalSubmitInteraction> };

/** Declares a button handler: `components: { open: onButton(async (i, [id], ctx) => …) }`. */
export function onButton(run: Run<ButtonInteraction>): ComponentHandler {
  return { kind: 'button', run };
}

/** Declares a string-select handler. */
export function onSelect(run: Run<StringSelectMenuInteraction>): ComponentHandler {
  return { kind: 'select', run };
}

/** Declares a modal-submit handler. */
export function onModal(run: Run<ModalSubmitInteraction>): ComponentHandler {
  return { kind: 'modal', run };
}

/**
 * One slash command: its definition and handlers in one file under `commands/`, listed in
 * `commands/index.ts`. Write it as `export const define = { … } satisfies Command;`.
 */
export interface Command {
  /** A SlashCommandBuilder (or anything that serialises to a chat-input command). */
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** One line for /help; defaults to the command's description. */
  readonly help?: string;
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /**
   * Runs once the bot is connected: re-arm timers from the store here (they may post through
   * `client`), so work due while the bot was down runs at start-up.
   */
  onReady?(client: Client<true>, ctx: AppContext): void | Promise<void>;
  /** Handlers for components whose custom_id starts with `<this command's name>:<action>`. */
  readonly components?: Readonly<Record<string, ComponentHandler>>;
  /** Runs when the bot stops, before it disconnects: cancel timers so nothing fires afterwards. */
  onStop?(client: Client, ctx: AppContext): void;
}
