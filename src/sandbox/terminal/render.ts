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

/**
 * What the terminal knows to show Discord's markup as a client would: the sandbox clock's time (for
 * relative timestamps) and the names behind user and channel ids. Without it the markup stays raw.
 */
export interface RenderContext {
  readonly now: number;
  userName(id: string): string | undefined;
  channelName(id: string): string | undefined;
}

/** Discord markdown a terminal cannot show: bold and underline markers are dropped, the words kept. */
function plain(text: string, ctx?: RenderContext): string {
  const bare = text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
  return ctx ? showMarkup(bare, ctx) : bare;
}

const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  t: { hour: 'numeric', minute: '2-digit' },
  T: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  d: { year: 'numeric', month: '2-digit', day: '2-digit' },
  D: { year: 'numeric', month: 'long', day: 'numeric' },
  f: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  F: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "in 5 minutes" / "2 hours ago", as a client shows `<t:…:R>` (the largest whole unit, rounded). */
function relative(seconds: number, now: number): string {
  const diff = seconds - now / 1000;
  const [unit, size] = RELATIVE_UNITS.find(([, s]) => Math.abs(diff) >= s) ?? ['second', 1];
  return new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(Math.round(diff / size), unit);
}

/**
 * Drops Markdown's escaping backslashes as a client does (`\\(` shows "("; a backslash before a letter,
 * digit or space stays), outside code, where Discord shows text exactly as sent.
 */
function unescapeMarkdown(text: string): string {
  return text
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\([^0-9A-Za-z\s])/g, '$1')))
    .join('');
}

/**
 * Discord's message markup as a client shows it: timestamps (`<t:1767000000:F>`, in UTC, and
 * `:R` relative to the sandbox clock), user mentions (`<@id>` → @name) and channel links (`<#id>` →
 * #name). Unknown ids stay as they were sent, so nothing the bot sent is hidden.
 */
export function showMarkup(text: string, ctx: RenderContext): string {
  // Escapes go last: an escaped "\<t:…\>" is text, and stays text.
  const shown = text
    .replace(/<t:(-?\d{1,13})(?::([tTdDfFR]))?>/g, (_, secs: string, style: string | undefined) => {
      const seconds = Number(secs);
      if (style === 'R') return relative(seconds, ctx.now);
      const options = DATE_STYLES[style ?? 'f'] as Intl.DateTimeFormatOptions;
      return `${new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(seconds * 1000)} UTC`;
    })
    .replace(/<@!?(\d{5,25})>/g, (raw, id: string) => {
      const name = ctx.userName(id);
      return name === undefined ? raw : `@${name}`;
    })
    .replace(/<#(\d{5,25})>/g, (raw, id: string) => {
      const name = ctx.channelName(id);
      return name === undefined ? raw : `#${name}`;
    });
  return unescapeMarkdown(shown);
}

function indent(text: string, prefix: string, ctx?: RenderContext): string[] {
  return plain(text, ctx)
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd());
}

function renderEmbed(embed: APIEmbed, ctx?: RenderContext): string[] {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(`│ ${embed.author.name}`);
  lines.push(`┌─ ${embed.title ?? '(embed)'}${embed.url ? ` <${embed.url}>` : ''}`);
  if (embed.description) lines.push(...indent(embed.description, '│ ', ctx));
  for (const field of embed.fields ?? []) {
    lines.push('│');
    lines.push(`│ ${field.name}`);
    lines.push(...indent(field.value, '│   ', ctx));
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

/**
 * A message as readable plain text: its number in the transcript (what `click … on <n>` uses), content,
 * embeds, numbered buttons, select menus, ephemeral marker. With `ctx`, timestamps, mentions and
 * channel links read as a Discord client shows them.
 */
export function renderMessage(message: SandboxMessage, number?: number, ctx?: RenderContext): string {
  const lines: string[] = [
    `${number === undefined ? '' : `#${number} `}bot${message.ephemeral ? ` ${EPHEMERAL_NOTE}` : ''}:`,
  ];
  if (message.content) lines.push(...indent(message.content, '  ', ctx));
  for (const embed of message.embeds) lines.push(...renderEmbed(embed, ctx).map((l) => `  ${l}`));
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
    if (typeof field.input.value === 'string' && field.input.value !== '')
      lines.push(
        ...field.input.value
          .split('\n')
          .map((l: string, j: number) => `     ${j === 0 ? 'pre-filled: ' : '            '}${l}`),
      );
  });
  const prefilled = modalFields(modal).some((f) => typeof f.input.value === 'string' && f.input.value !== '');
  lines.push(
    prefilled
      ? '  (type <text> replaces the next field; submit sends the form, pre-filled values as shown)'
      : '  (type <text> fills the next field; submit sends the form)',
  );
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
