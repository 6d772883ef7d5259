import {
  type AutocompleteInteraction,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { isUserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { apologyText } from './views/errors.js';

/** What the boundary knows about the interaction, for the log line. */
export interface InteractionLabel {
  readonly interactionId: string;
  readonly route: string;
}

/**
 * The single place where handler failures end up. A UserError is shown to the user as is; any
 * other error is logged with the interaction id and the user gets a short apology naming that id.
 * Never throws: a failure to reply is logged, because a crash would take every server down.
 */
export async function reportFailure(
  interaction: Interaction,
  error: unknown,
  label: InteractionLabel,
  logger: Logger,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    logger.error({ err: error, ...label }, 'autocomplete handler failed');
    await respondEmpty(interaction, logger, label);
    return;
  }
  let text: string;
  if (isUserError(error)) {
    logger.debug({ ...label, message: error.publicMessage }, 'user error');
    text = error.publicMessage;
  } else {
    logger.error({ err: error, ...label }, 'interaction handler failed');
    text = apologyText(interaction.id);
  }
  if (interaction.isRepliable()) await sendEphemeral(interaction, text, logger, label);
}

/** Answers an autocomplete with no choices unless it was already answered. */
export async function respondEmpty(
  interaction: AutocompleteInteraction,
  logger: Logger,
  label: InteractionLabel,
): Promise<void> {
  if (interaction.responded) return;
  try {
    await interaction.respond([]);
  } catch (error) {
    logger.warn({ err: error, ...label }, 'could not answer autocomplete with an empty list');
  }
}

/**
 * Sends `text` ephemerally in whatever way the interaction still allows: a reply if it was not
 * acknowledged, an edit of the "thinking…" placeholder after deferReply on a command or modal,
 * otherwise a follow-up (after a reply, or after deferUpdate on a component, where editing would
 * overwrite the message the button sits on). After a public deferReply the edit is public too:
 * Discord fixes a response's visibility when it is deferred.
 */
export async function sendEphemeral(
  interaction: RepliableInteraction,
  text: string,
  logger: Logger,
  label: InteractionLabel,
): Promise<void> {
  const payload = {
    content: text,
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  } satisfies InteractionReplyOptions;
  try {
    if (!interaction.replied && !interaction.deferred) {
      await interaction.reply(payload);
    } else if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) {
      await interaction.editReply({
        content: text,
        embeds: [],
        components: [],
        allowedMentions: { parse: [] },
      });
    } else {
      await interaction.followUp(payload);
    }
  } catch (error) {
    logger.error({ err: error, ...label }, 'could not tell the user about a failure');
  }
}
