import {
  type APIModalInteractionResponseCallbackData,
  type APITextInputComponent,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import { truncate } from './escape.js';

/** Discord's limits for modals and their text inputs. */
export const MODAL_LIMITS = {
  title: 45,
  inputs: 5,
  label: 45,
  placeholder: 100,
  value: 4000,
} as const;

/** One text field of a modal. */
export interface ModalField {
  /** Field custom_id; the submit handler reads the value by it. */
  readonly id: string;
  readonly label: string;
  readonly placeholder?: string;
  /** One line (short answers) or a paragraph (written answers; the default). */
  readonly style?: 'short' | 'paragraph';
  readonly required?: boolean;
  readonly minLength?: number;
  /** At most 4,000 (Discord's limit), which is also the default. */
  readonly maxLength?: number;
  readonly value?: string;
}

/**
 * A modal as Discord's JSON (send it with `interaction.showModal(view)`). Labels and title are
 * clamped to Discord's limits; more than five fields is a programming error and throws.
 */
export function modalView(
  customId: string,
  title: string,
  fields: readonly ModalField[],
): APIModalInteractionResponseCallbackData {
  if (fields.length === 0 || fields.length > MODAL_LIMITS.inputs) {
    throw new Error(`a modal holds 1–${MODAL_LIMITS.inputs} fields, not ${fields.length}`);
  }
  return {
    custom_id: customId,
    title: truncate(title, MODAL_LIMITS.title),
    components: fields.map((field) => {
      const input: APITextInputComponent = {
        type: ComponentType.TextInput,
        custom_id: field.id,
        label: truncate(field.label, MODAL_LIMITS.label),
        style: field.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
        required: field.required ?? true,
        max_length: Math.min(field.maxLength ?? MODAL_LIMITS.value, MODAL_LIMITS.value),
      };
      if (field.placeholder) input.placeholder = truncate(field.placeholder, MODAL_LIMITS.placeholder);
      if (field.minLength !== undefined) input.min_length = field.minLength;
      if (field.value !== undefined) input.value = truncate(field.value, MODAL_LIMITS.value);
      return { type: ComponentType.ActionRow, components: [input] };
    }),
  };
}
