import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { AppContext } from '../context.js';

/** A component handler receives the custom_id parts after `<command>:<action>`. */
type Run<I> = (interaction: I, args: readonly string[], ctx: AppContext) => Promise<void>;

/** Handler for one custom_id action, tagged with the interaction kind it accepts. */
export type ComponentHandler =
  | { readonly kind: 'button'; readonly run: Run<ButtonInteraction>; readonly opensModal?: boolean }
  | { readonly kind: 'select'; readonly run: Run<StringSelectMenuInteraction>; readonly opensModal?: boolean }
  | { readonly kind: 'modal'; readonly run: Run<ModalSubmitInteraction> };

/** Options for a button or select handler. */
export interface ComponentOptions {
  /** The handler answers with a modal, which must be the first response: the router never defers it. */
  readonly opensModal?: boolean;
}

/** Declares a button handler: `components: { open: onButton(async (i, [id], ctx) => …) }`. */
export function onButton(run: Run<ButtonInteraction>, opts: ComponentOptions = {}): ComponentHandler {
  return { kind: 'button', run, ...opts };
}

/** Declares a string-select handler. */
export function onSelect(
  run: Run<StringSelectMenuInteraction>,
  opts: ComponentOptions = {},
): ComponentHandler {
  return { kind: 'select', run, ...opts };
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
  /**
   * When the bot must defer this command to meet Discord's 3-second deadline, defer privately (the answer is
   * then private too). Default false: a deferred answer is public, as most commands answer publicly.
   */
  readonly deferEphemeral?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /** Handlers for components whose custom_id starts with `<this command's name>:<action>`. */
  readonly components?: Readonly<Record<string, ComponentHandler>>;
}
