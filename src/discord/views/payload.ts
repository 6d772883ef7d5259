import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
} from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { truncateText } from '../../text/truncate.js';

/**
 * A message body as views produce it: Discord's own JSON shapes, so the same value can be sent
 * by discord.js and rendered by the sandbox terminal. Commands add ephemeral flags themselves.
 */
export interface MessageView {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Discord's per-message and per-row limits for buttons. */
export const BUTTONS_PER_ROW = 5;
export const ROWS_PER_MESSAGE = 5;
/** Discord's maximum button label length. */
export const BUTTON_LABEL_MAX = 80;

/** A secondary/primary button with a custom_id. */
export function button(
  customId: string,
  label: string,
  style:
    | ButtonStyle.Primary
    | ButtonStyle.Secondary
    | ButtonStyle.Success
    | ButtonStyle.Danger = ButtonStyle.Secondary,
): APIButtonComponent {
  const cut = truncateText(label, BUTTON_LABEL_MAX);
  return { type: ComponentType.Button, custom_id: customId, label: cut, style };
}

/** Packs buttons into action rows of five, dropping any beyond Discord's 25-button maximum. */
export function buttonRows(
  buttons: readonly APIButtonComponent[],
): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const kept = buttons.slice(0, BUTTONS_PER_ROW * ROWS_PER_MESSAGE);
  for (let i = 0; i < kept.length; i += BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: kept.slice(i, i + BUTTONS_PER_ROW) });
  }
  return rows;
}
