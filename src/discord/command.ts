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
import type { Precondition } from './preconditions.js';

/** A component handler receives the custom_id parts after `<command>:<action>`. */
type Run<I> = (interaction: I, args: readonly string[], ctx: AppContext) => Promise<void>;

/** Checks the router runs before a component handler (see ./preconditions.ts). */
interface Guarded {
  readonly preconditions?: readonly Precondition[];
}

/** Handler for one custom_id action, tagged with the interaction kind it accepts. */
export type ComponentHandler =
  | ({
      readonly kind: 'button';
      readonly run: Run<ButtonInteraction>;
      readonly opensModal?: boolean;
    } & Guarded)
  | ({
      readonly kind: 'select';
      readonly run: Run<StringSelectMenuInteraction>;
      readonly opensModal?: boolean;
    } & Guarded)
  | ({ readonly kind: 'modal'; readonly run: Run<ModalSubmitInteraction> } & Guarded);

/** Options for a button or select handler. */
export interface ComponentOptions {
  /** The handler answers with a modal, which must be the first response: the router never defers it. */
  readonly opensModal?: boolean;
  /** Checks the router runs before the handler (guild-only, teacher-of-class…). */
  readonly preconditions?: readonly Precondition[];
}

/** Accepts either options or just the preconditions (`onButton(run, [teacherOfClass])`). */
function componentOptions(opts: ComponentOptions | readonly Precondition[]): ComponentOptions {
  return Array.isArray(opts) ? { preconditions: opts } : (opts as ComponentOptions);
}

/** Declares a button handler: `components: { open: onButton(async (i, [id], ctx) => …) }`. */
export function onButton(
  run: Run<ButtonInteraction>,
  opts: ComponentOptions | readonly Precondition[] = {},
): ComponentHandler {
  return { kind: 'button', run, ...componentOptions(opts) };
}

/** Declares a string-select handler. */
export function onSelect(
  run: Run<StringSelectMenuInteraction>,
  opts: ComponentOptions | readonly Precondition[] = {},
): ComponentHandler {
  return { kind: 'select', run, ...componentOptions(opts) };
}

/** Declares a modal-submit handler. */
export function onModal(
  run: Run<ModalSubmitInteraction>,
  preconditions?: readonly Precondition[],
): ComponentHandler {
  return { kind: 'modal', run, ...(preconditions ? { preconditions } : {}) };
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
   * then private too). A deferral fixes the answer's visibility, so a command whose answer is private (progress,
   * an export) must say so here, or a busy moment would post it publicly. Default false: public.
   */
  readonly deferEphemeral?: boolean | ((interaction: ChatInputCommandInteraction) => boolean);
  /** Checks run before `execute` and `autocomplete` (guild-only, teacher-of-class…). */
  readonly preconditions?: readonly Precondition[];
  execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: AppContext): Promise<void>;
  /**
   * Runs once the bot is connected, before `ctx.jobs` starts: register job kinds here (they may
   * post through `client`), so work due while the bot was down runs at start-up.
   */
  onReady?(client: Client<true>, ctx: AppContext): void | Promise<void>;
  /** Handlers for components whose custom_id starts with `<this command's name>:<action>`. */
  readonly components?: Readonly<Record<string, ComponentHandler>>;
  /** Runs when the bot stops, before it disconnects: cancel timers so nothing fires afterwards. */
  onStop?(client: Client, ctx: AppContext): void;
}
