/**
 * custom_id scheme for buttons, select menus and modals.
 *
 *   <command>:<action>[:<arg>…]      e.g. "define:open:resting-potential"
 *                                         "define:section:action-potential:faq"
 *
 * - `command` is the slash command name that owns the component; the router hands the interaction to
 *   that command's `components[action]` handler with the remaining parts as `args`.
 * - Parts are joined with ":" and therefore may not contain ":" themselves (term and question ids are
 *   kebab-case, so this holds for our own values; arbitrary user text never goes into a custom_id).
 * - The whole id must fit Discord's limit of 100 characters; `customId` throws if it would not,
 *   so an oversized id fails loudly in development instead of being rejected by Discord.
 * - Ids must be unique within one message: include the distinguishing argument (term id, choice
 *   index) rather than relying on position.
 */

/** Discord's maximum custom_id length. */
export const CUSTOM_ID_MAX = 100;
const SEPARATOR = ':';

/** Builds a custom_id for a component owned by `command`. */
export function customId(command: string, action: string, ...args: (string | number)[]): string {
  const parts = [command, action, ...args.map(String)];
  for (const part of parts) {
    if (part.includes(SEPARATOR)) throw new Error(`custom_id part ${JSON.stringify(part)} contains ":"`);
  }
  if (command === '' || action === '') throw new Error('custom_id needs a command and an action');
  const id = parts.join(SEPARATOR);
  if (id.length > CUSTOM_ID_MAX)
    throw new Error(`custom_id is ${id.length} characters (max ${CUSTOM_ID_MAX}): ${id}`);
  return id;
}

/** A parsed custom_id. */
export interface ParsedCustomId {
  readonly command: string;
  readonly action: string;
  readonly args: readonly string[];
}

/** Splits a custom_id built by {@link customId}; returns undefined for ids from elsewhere. */
export function parseCustomId(id: string): ParsedCustomId | undefined {
  const [command, action, ...args] = id.split(SEPARATOR);
  if (!command || !action) return undefined;
  return { command, action, args };
}
