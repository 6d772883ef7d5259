import {
  type APIApplicationCommandOptionChoice,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
} from 'discord-api-types/v10';
import { FILE_LIMITS, UPLOADS } from './files.js';
import type { MessageBody } from './messages.js';

/** One broken Discord limit: where in the body, and what Discord would say. */
export interface LimitViolation {
  path: string;
  message: string;
}

/** Discord's documented limits that a bot is likely to hit. */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionText: 100,
  placeholder: 150,
  modalTitle: 45,
  modalComponents: 5,
  inputLabel: 45,
  labelDescription: 100,
  inputPlaceholder: 100,
  inputValue: 4000,
  choices: 25,
  choiceText: 100,
} as const;

type Check = (path: string, message: string) => void;

function maxLength(check: Check, path: string, value: unknown, max: number): void {
  if (typeof value === 'string' && [...value].length > max) {
    check(path, `Must be ${max} or fewer in length (got ${[...value].length}).`);
  }
}

function embedLength(embed: APIEmbed): number {
  const len = (s?: string | null) => (s ? [...s].length : 0);
  let total = len(embed.title) + len(embed.description) + len(embed.footer?.text) + len(embed.author?.name);
  for (const field of embed.fields ?? []) total += len(field.name) + len(field.value);
  return total;
}

function checkEmbeds(check: Check, embeds: APIEmbed[]): void {
  if (embeds.length > LIMITS.embedsPerMessage) check('embeds', `At most ${LIMITS.embedsPerMessage} embeds.`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embeds.${i}`;
    maxLength(check, `${at}.title`, embed.title, LIMITS.embedTitle);
    maxLength(check, `${at}.description`, embed.description, LIMITS.embedDescription);
    maxLength(check, `${at}.footer.text`, embed.footer?.text, LIMITS.footerText);
    maxLength(check, `${at}.author.name`, embed.author?.name, LIMITS.authorName);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.embedFields) check(`${at}.fields`, `At most ${LIMITS.embedFields} fields.`);
    fields.forEach((field, j) => {
      if (!field.name) check(`${at}.fields.${j}.name`, 'This field is required (empty field name).');
      if (!field.value) check(`${at}.fields.${j}.value`, 'This field is required (empty field value).');
      maxLength(check, `${at}.fields.${j}.name`, field.name, LIMITS.fieldName);
      maxLength(check, `${at}.fields.${j}.value`, field.value, LIMITS.fieldValue);
    });
    total += embedLength(embed);
  });
  if (total > LIMITS.embedTotal)
    check('embeds', `Embed text totals ${total}; the limit is ${LIMITS.embedTotal}.`);
}

// biome-ignore lint/suspicious/noExplicitAny: rows arrive as untyped JSON and are checked field by field.
function checkRows(check: Check, rows: any[], customIds: Set<string>): void {
  if (rows.length > LIMITS.actionRows) check('components', `At most ${LIMITS.actionRows} action rows.`);
  rows.forEach((row, i) => {
    const at = `components.${i}`;
    if (row?.type !== ComponentType.ActionRow) {
      check(`${at}.type`, 'Top-level components must be action rows (Components V2 is not simulated).');
      return;
    }
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    const children: any[] = row.components ?? [];
    if (children.length === 0) check(`${at}.components`, 'An action row needs at least one component.');
    const selects = children.filter((c) => c?.type !== ComponentType.Button);
    if (selects.length > 0 && children.length > 1)
      check(`${at}.components`, 'A select menu must be alone in its row.');
    if (children.length > LIMITS.buttonsPerRow)
      check(`${at}.components`, `At most ${LIMITS.buttonsPerRow} buttons.`);
    children.forEach((c, j) => {
      const cAt = `${at}.components.${j}`;
      const isLink =
        c?.type === ComponentType.Button && (c.style === ButtonStyle.Link || c.style === ButtonStyle.Premium);
      if (!isLink) {
        if (typeof c?.custom_id !== 'string' || c.custom_id.length === 0)
          check(`${cAt}.custom_id`, 'custom_id is required.');
        else if (customIds.has(c.custom_id))
          check(`${cAt}.custom_id`, `Duplicate custom_id "${c.custom_id}".`);
        else customIds.add(c.custom_id);
      }
      maxLength(check, `${cAt}.custom_id`, c?.custom_id, LIMITS.customId);
      if (c?.type === ComponentType.Button) {
        if (!c.label && !c.emoji) check(`${cAt}.label`, 'A button needs a label or an emoji.');
        maxLength(check, `${cAt}.label`, c.label, LIMITS.buttonLabel);
      } else if (c?.type === ComponentType.StringSelect) {
        const options = c.options ?? [];
        if (options.length === 0 || options.length > LIMITS.selectOptions) {
          check(
            `${cAt}.options`,
            `A select menu needs 1–${LIMITS.selectOptions} options (got ${options.length}).`,
          );
        }
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        options.forEach((o: any, k: number) => {
          maxLength(check, `${cAt}.options.${k}.label`, o.label, LIMITS.selectOptionText);
          maxLength(check, `${cAt}.options.${k}.value`, o.value, LIMITS.selectOptionText);
          maxLength(check, `${cAt}.options.${k}.description`, o.description, LIMITS.selectOptionText);
        });
        maxLength(check, `${cAt}.placeholder`, c.placeholder, LIMITS.placeholder);
        if ((c.max_values ?? 1) > options.length)
          check(`${cAt}.max_values`, 'max_values exceeds the number of options.');
      }
    });
  });
}

/** Checks a message create/edit body against Discord's limits. */
export function checkMessageBody(body: MessageBody): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const check: Check = (path, message) => violations.push({ path, message });
  maxLength(check, 'content', body.content, LIMITS.content);
  if (body.embeds) checkEmbeds(check, body.embeds);
  if (body.components) checkRows(check, body.components, new Set());
  const files = Math.max(body.attachments?.length ?? 0, body[UPLOADS]?.length ?? 0);
  if (files > FILE_LIMITS.count) check('attachments', `Must be ${FILE_LIMITS.count} or fewer in length.`);
  if (body.flags && (body.flags & MessageFlags.IsComponentsV2) !== 0) {
    check('flags', 'Components V2 messages are not simulated by the sandbox.');
  }
  return violations;
}

// biome-ignore lint/suspicious/noExplicitAny: a text input inside a row or a label, checked field by field.
function checkTextInput(check: Check, at: string, input: any, label: unknown): void {
  if (typeof input?.custom_id !== 'string' || !input.custom_id)
    check(`${at}.custom_id`, 'custom_id is required.');
  maxLength(check, `${at}.custom_id`, input?.custom_id, LIMITS.customId);
  maxLength(check, `${at}.label`, label, LIMITS.inputLabel);
  maxLength(check, `${at}.placeholder`, input?.placeholder, LIMITS.inputPlaceholder);
  maxLength(check, `${at}.value`, input?.value, LIMITS.inputValue);
  if (input?.style !== TextInputStyle.Short && input?.style !== TextInputStyle.Paragraph) {
    check(`${at}.style`, 'Text input style must be Short or Paragraph.');
  }
  for (const key of ['min_length', 'max_length'] as const) {
    const v = input?.[key];
    if (v !== undefined && (typeof v !== 'number' || v < 0 || v > LIMITS.inputValue)) {
      check(`${at}.${key}`, `${key} must be between 0 and ${LIMITS.inputValue}.`);
    }
  }
}

/** Checks a MODAL callback's data: title, custom_id, at most five inputs, label lengths. */
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from the bot.
export function checkModal(modal: any): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const check: Check = (path, message) => violations.push({ path, message });
  if (!modal?.title) check('title', 'A modal needs a title.');
  maxLength(check, 'title', modal?.title, LIMITS.modalTitle);
  if (!modal?.custom_id) check('custom_id', 'A modal needs a custom_id.');
  maxLength(check, 'custom_id', modal?.custom_id, LIMITS.customId);
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  const components: any[] = modal?.components ?? [];
  if (components.length === 0 || components.length > LIMITS.modalComponents) {
    check('components', `A modal needs 1–${LIMITS.modalComponents} components (got ${components.length}).`);
  }
  components.forEach((c, i) => {
    const at = `components.${i}`;
    if (c?.type === ComponentType.ActionRow) {
      const inner = c.components ?? [];
      if (inner.length !== 1) check(`${at}.components`, 'Each modal row holds exactly one text input.');
      const input = inner[0];
      checkTextInput(check, `${at}.components.0`, input, input?.label);
      if (!input?.label) check(`${at}.components.0.label`, 'A text input in a row needs a label.');
    } else if (c?.type === ComponentType.Label) {
      if (!c.label) check(`${at}.label`, 'A label component needs a label.');
      maxLength(check, `${at}.label`, c.label, LIMITS.inputLabel);
      maxLength(check, `${at}.description`, c.description, LIMITS.labelDescription);
      if (c.component?.type === ComponentType.TextInput)
        checkTextInput(check, `${at}.component`, c.component, c.label);
    } else if (c?.type !== ComponentType.TextDisplay) {
      check(`${at}.type`, `Unsupported modal component type ${String(c?.type)}.`);
    }
  });
  return violations;
}

/** Checks an autocomplete result: at most 25 choices, names 1–100 characters, string values ≤ 100. */
export function checkChoices(choices: APIApplicationCommandOptionChoice[] | undefined): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const list = choices ?? [];
  if (list.length > LIMITS.choices) {
    violations.push({ path: 'choices', message: `At most ${LIMITS.choices} choices (got ${list.length}).` });
  }
  list.forEach((choice, i) => {
    const name = [...(choice.name ?? '')].length;
    if (name < 1 || name > LIMITS.choiceText) {
      violations.push({
        path: `choices.${i}.name`,
        message: `Choice name must be 1–${LIMITS.choiceText} long.`,
      });
    }
    if (typeof choice.value === 'string' && [...choice.value].length > LIMITS.choiceText) {
      violations.push({
        path: `choices.${i}.value`,
        message: `Choice value must be ≤ ${LIMITS.choiceText} long.`,
      });
    }
  });
  return violations;
}
