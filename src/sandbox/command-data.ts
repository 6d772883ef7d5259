import {
  type APIApplicationCommand,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteractionData,
  ApplicationCommandOptionType,
  ApplicationCommandType,
} from 'discord-api-types/v10';
import type { OptionValues } from './types.js';
import type { World } from './world.js';

/** What the user asked for: a command, optional subcommand path, option values and maybe a focused option. */
export interface CommandInvocation {
  name: string;
  options: OptionValues;
  subcommand?: string;
  subcommandGroup?: string;
  /** Name of the option being typed (autocomplete only). */
  focused?: string;
  /** The server the command runs in (default: the study server); channel and role options resolve there. */
  guildId?: string;
  /** Turns an attachment option's value (a file path) into an uploaded attachment. */
  attach?: (raw: string) => APIAttachment;
}

type Resolved = NonNullable<APIChatInputApplicationCommandInteractionData['resolved']>;

/**
 * Builds the `data` of a chat-input or autocomplete interaction. With a registered definition it checks option
 * names, required options and choices and coerces typed text to the option's type, like Discord's client;
 * without one it infers types from the JavaScript values.
 */
export function buildCommandData(
  command: APIApplicationCommand | undefined,
  invocation: CommandInvocation,
  world: World,
  fallbackId: string,
): APIChatInputApplicationCommandInteractionData {
  let definitions: APIApplicationCommandOption[] | undefined = command?.options;
  const path: {
    name: string;
    type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup;
  }[] = [];
  const descend = (
    name: string | undefined,
    type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup,
  ) => {
    if (!name) return;
    if (command) {
      const def = definitions?.find((o) => o.name === name && o.type === type);
      if (!def)
        throw new Error(
          `/${invocation.name} has no ${type === ApplicationCommandOptionType.SubcommandGroup ? 'subcommand group' : 'subcommand'} "${name}"`,
        );
      definitions = (def as { options?: APIApplicationCommandOption[] }).options ?? [];
    }
    path.push({ name, type });
  };
  descend(invocation.subcommandGroup, ApplicationCommandOptionType.SubcommandGroup);
  descend(invocation.subcommand, ApplicationCommandOptionType.Subcommand);
  if (
    command &&
    definitions?.some(
      (o) =>
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup,
    ) &&
    !invocation.subcommand
  ) {
    const names = definitions.map((o) => o.name).join(', ');
    throw new Error(`/${invocation.name} needs a subcommand (${names})`);
  }

  const resolved: Resolved = {};
  const basic = (definitions ?? []) as APIApplicationCommandBasicOption[];
  const leaf: APIApplicationCommandInteractionDataBasicOption[] = Object.entries(invocation.options).map(
    ([name, raw]) => {
      const def = basic.find((o) => o.name === name);
      if (command && !def) {
        throw new Error(
          `/${invocation.name} has no option "${name}" (options: ${basic.map((o) => o.name).join(', ') || 'none'})`,
        );
      }
      const focused = invocation.focused === name;
      const type = def?.type ?? inferType(raw);
      // The client will not let anyone type past max_length, even while autocomplete is open.
      if (focused) checkLength(invocation.name, name, String(raw), def, false);
      const value = focused ? String(raw) : coerce(invocation, name, type, raw, def, world, resolved);
      return {
        name,
        type,
        value,
        ...(focused ? { focused: true } : {}),
      } as APIApplicationCommandInteractionDataBasicOption;
    },
  );
  if (invocation.focused && !(invocation.focused in invocation.options)) {
    throw new Error(`autocomplete: focused option "${invocation.focused}" has no value`);
  }
  if (command && !invocation.focused) {
    for (const def of basic) {
      if ('required' in def && def.required && !(def.name in invocation.options)) {
        throw new Error(`/${invocation.name} needs option "${def.name}": write ${def.name}:<value>`);
      }
    }
  }

  let options: APIApplicationCommandInteractionDataOption[] = leaf;
  for (const step of [...path].reverse())
    options = [{ name: step.name, type: step.type, options } as APIApplicationCommandInteractionDataOption];
  return {
    id: command?.id ?? fallbackId,
    name: invocation.name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    ...(options.length > 0 ? { options } : {}),
    ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
  } as APIChatInputApplicationCommandInteractionData;
}

function inferType(value: string | number | boolean): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number')
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

function coerce(
  invocation: CommandInvocation,
  name: string,
  type: ApplicationCommandOptionType,
  raw: string | number | boolean,
  def: APIApplicationCommandBasicOption | undefined,
  world: World,
  resolved: Resolved,
): string | number | boolean {
  const command = invocation.name;
  const guildId = invocation.guildId ?? world.guildId;
  const bad = (what: string) => new Error(`/${command} option "${name}" needs ${what}, got "${String(raw)}"`);
  let value: string | number | boolean;
  switch (type) {
    case ApplicationCommandOptionType.Integer: {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw bad('a whole number');
      value = n;
      break;
    }
    case ApplicationCommandOptionType.Number: {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw bad('a number');
      value = n;
      break;
    }
    case ApplicationCommandOptionType.Boolean:
      if (raw === true || raw === 'true') value = true;
      else if (raw === false || raw === 'false') value = false;
      else throw bad('true or false');
      break;
    case ApplicationCommandOptionType.User:
    case ApplicationCommandOptionType.Mentionable: {
      // Typed as in Discord's client: "@ben", a mention "<@id>" / "<@!id>", or just the name.
      const who = String(raw)
        .trim()
        .replace(/^<@!?(\d+)>$/, '$1')
        .replace(/^@/, '');
      const member = world.findMember(who) ?? world.member(who);
      resolved.users = { ...resolved.users, [member.id]: world.userPayload(member) };
      resolved.members = { ...resolved.members, [member.id]: world.resolvedMember(member) };
      value = member.id;
      break;
    }
    case ApplicationCommandOptionType.Channel: {
      const channel = world.channel(String(raw), guildId);
      if (!channel || channel.guildId !== guildId) {
        const names = world.textChannels(guildId).map((c) => `#${(c as { name: string }).name}`);
        throw bad(`a channel of this server (${names.join(', ')})`);
      }
      resolved.channels = {
        ...resolved.channels,
        [channel.id]: { ...world.interactionChannel(channel.id), permissions: world.appPermissions() },
      } as Resolved['channels'];
      value = channel.id;
      break;
    }
    case ApplicationCommandOptionType.Role: {
      const role = world
        .roles(guildId)
        .find(
          (r) =>
            r.id === String(raw) ||
            r.name.replace('@', '').toLowerCase() === String(raw).replace('@', '').toLowerCase(),
        );
      if (!role)
        throw bad(
          `a role (${world
            .roles(guildId)
            .map((r) => r.name.replace('@', ''))
            .join(', ')})`,
        );
      resolved.roles = { ...resolved.roles, [role.id]: role };
      value = role.id;
      break;
    }
    case ApplicationCommandOptionType.Attachment: {
      if (!invocation.attach) throw bad('a file (attach one first)');
      const attachment = invocation.attach(String(raw));
      resolved.attachments = { ...resolved.attachments, [attachment.id]: attachment };
      value = attachment.id;
      break;
    }
    default:
      value = String(raw);
  }
  const choices = def && 'choices' in def ? def.choices : undefined;
  if (choices && choices.length > 0) {
    const match = choices.find(
      (c) => c.value === value || c.name.toLowerCase() === String(raw).toLowerCase(),
    );
    if (!match)
      throw new Error(
        `/${command} option "${name}" must be one of: ${choices.map((c) => c.value).join(', ')}`,
      );
    value = match.value;
  }
  if (typeof value === 'string') checkLength(command, name, value, def, true);
  if (typeof value === 'number') checkRange(command, name, value, def);
  return value;
}

/**
 * A string option's min_length/max_length, counted in characters as Discord's client counts them; the minimum
 * only once the command is sent (while typing, a short value is fine).
 */
function checkLength(
  command: string,
  name: string,
  value: string,
  def: APIApplicationCommandBasicOption | undefined,
  sending: boolean,
): void {
  if (!def || def.type !== ApplicationCommandOptionType.String) return;
  const length = [...value].length;
  if (def.max_length !== undefined && length > def.max_length) {
    throw new Error(
      `/${command} option "${name}" allows at most ${def.max_length} characters (got ${length}); Discord's client stops typing there`,
    );
  }
  if (sending && def.min_length !== undefined && length < def.min_length) {
    throw new Error(
      `/${command} option "${name}" needs at least ${def.min_length} characters (got ${length})`,
    );
  }
}

/** An integer or number option's min_value/max_value, which Discord's client enforces before sending. */
function checkRange(
  command: string,
  name: string,
  value: number,
  def: APIApplicationCommandBasicOption | undefined,
): void {
  if (
    !def ||
    (def.type !== ApplicationCommandOptionType.Integer && def.type !== ApplicationCommandOptionType.Number)
  )
    return;
  if (def.min_value !== undefined && value < def.min_value) {
    throw new Error(`/${command} option "${name}" must be at least ${def.min_value} (got ${value})`);
  }
  if (def.max_value !== undefined && value > def.max_value) {
    throw new Error(`/${command} option "${name}" must be at most ${def.max_value} (got ${value})`);
  }
}
