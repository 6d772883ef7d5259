/** The apology for an unexpected failure; the id lets staff find the log line. */
export function apologyText(interactionId: string): string {
  return `Sorry, something went wrong on my side. If it keeps happening, share this code with the server staff: \`${interactionId}\``;
}

/** Shown when a button or menu belongs to a command or action this bot no longer has. */
export const STALE_COMPONENT_TEXT = 'That button is out of date. Run the command again to get a fresh one.';

/** Shown for a slash command this bot no longer serves (registered earlier, since removed). */
export const UNKNOWN_COMMAND_TEXT = 'I do not have that command any more. Type `/help` to see what I can do.';
