import {
  type APIApplicationCommandOptionChoice,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import { formatSize } from '../files.js';
import type { SandboxMessage } from '../types.js';

// biome-ignore lint/suspicious/noExplicitAny: components are rendered from the JSON the bot sent.
type AnyComponent = any;

const EPHEMERAL_NOTE = '(only you can see this)';

/** Discord markdown a terminal cannot show: bold and underline markers are dropped, the words kept. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
}

function indent(text: string, prefix: string): string[] {
  return plain(text)
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd());
}

function renderEmbed(embed: APIEmbed): string[] {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(`│ ${embed.author.name}`);
  lines.push(`┌─ ${embed.title ?? '(embed)'}${embed.url ? ` <${embed.url}>` : ''}`);
  if (embed.description) lines.push(...indent(embed.description, '│ '));
  for (const field of embed.fields ?? []) {
    lines.push('│');
    lines.push(`│ ${field.name}`);
    lines.push(...indent(field.value, '│   '));
  }
  lines.push(`└─${embed.footer?.text ? ` ${embed.footer.text}` : ''}`);
  return lines;
}

function buttonText(button: AnyComponent, index: number): string {
  const label = button.label ?? button.emoji?.name ?? button.custom_id;
  const emoji = button.emoji?.name && button.label ? `${button.emoji.name} ` : '';
  const link = button.style === ButtonStyle.Link ? ` ↗ ${button.url}` : '';
  return `[${index}] ${emoji}${label}${button.disabled ? ' (disabled)' : ''}${link}`;
}

function renderSelect(menu: AnyComponent): string[] {
  const range = (menu.max_values ?? 1) > 1 ? ` (choose ${menu.min_values ?? 1}–${menu.max_values})` : '';
  const lines = [`▼ ${menu.placeholder ?? 'Select'}${range}${menu.disabled ? ' (disabled)' : ''}`];
  for (const option of menu.options ?? []) {
    const description = option.description ? ` — ${option.description}` : '';
    lines.push(`    • ${option.label} (${option.value})${option.default ? ' [default]' : ''}${description}`);
  }
  return lines;
}

/** Rows of buttons numbered across the whole message (the numbers `click <n>` uses) and select menus. */
function renderComponents(message: SandboxMessage): string[] {
  const lines: string[] = [];
  let index = 0;
  for (const row of message.components as AnyComponent[]) {
    const children: AnyComponent[] = row.components ?? [];
    const buttons = children.filter((c) => c.type === ComponentType.Button);
    if (buttons.length > 0) lines.push(buttons.map((b) => buttonText(b, ++index)).join('   '));
    for (const menu of children.filter((c) => c.type === ComponentType.StringSelect))
      lines.push(...renderSelect(menu));
  }
  return lines;
}

/** A message as readable plain text: content, embeds, numbered buttons, select menus, ephemeral marker. */
export function renderMessage(message: SandboxMessage): string {
  const lines: string[] = [`bot${message.ephemeral ? ` ${EPHEMERAL_NOTE}` : ''}:`];
  if (message.content) lines.push(...indent(message.content, '  '));
  for (const embed of message.embeds) lines.push(...renderEmbed(embed).map((l) => `  ${l}`));
  for (const file of message.files ?? []) lines.push(`  📎 ${file.name} (${formatSize(file.size)})`);
  lines.push(...renderComponents(message).map((l) => `  ${l}`));
  if (lines.length === 1) lines.push('  (empty message)');
  return lines.join('\n');
}

/** The input fields of a modal, in order, whether they sit in action rows or label components. */
export function modalFields(
  modal: APIModalInteractionResponseCallbackData,
): { customId: string; label: string; input: AnyComponent }[] {
  const fields: { customId: string; label: string; input: AnyComponent }[] = [];
  for (const component of modal.components as AnyComponent[]) {
    if (component.type === ComponentType.ActionRow) {
      const input = component.components?.[0];
      if (input?.type === ComponentType.TextInput)
        fields.push({ customId: input.custom_id, label: input.label ?? input.custom_id, input });
    } else if (
      component.type === ComponentType.Label &&
      component.component?.type === ComponentType.TextInput
    ) {
      fields.push({
        customId: component.component.custom_id,
        label: component.label,
        input: component.component,
      });
    }
  }
  return fields;
}

/** A modal as a numbered form, with how to fill it. */
export function renderModal(modal: APIModalInteractionResponseCallbackData): string {
  const lines = [`form: ${modal.title}`];
  modalFields(modal).forEach((field, i) => {
    const kind = field.input.style === TextInputStyle.Paragraph ? 'paragraph' : 'short';
    const required = (field.input.required ?? true) ? 'required' : 'optional';
    const limit = field.input.max_length ? `, max ${field.input.max_length}` : '';
    const hint = field.input.placeholder ? ` — ${field.input.placeholder}` : '';
    lines.push(`  ${i + 1}. ${field.label} (${kind}, ${required}${limit})${hint}`);
  });
  lines.push('  (type <text> fills the next field; submit sends the form)');
  return lines.join('\n');
}

/** Autocomplete suggestions, one per line. */
export function renderChoices(choices: APIApplicationCommandOptionChoice[]): string {
  if (choices.length === 0) return 'suggestions: (none)';
  return [
    'suggestions:',
    ...choices.map((c, i) => `  ${i + 1}. ${c.name}${c.name !== String(c.value) ? ` (${c.value})` : ''}`),
  ].join('\n');
}
