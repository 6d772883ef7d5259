import {
  type APIApplicationCommand,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIChatInputApplicationCommandInteractionData,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { LimitViolation } from './limits.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { OptionValues } from './types.js';
import type { World } from './world.js';

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Checks a command definition the way Discord's registration endpoint does (the limits bots trip over). */
export function checkCommand(body: RESTPostAPIApplicationCommandsJSONBody, at: string): LimitViolation[] {
  const violations: LimitViolation[] = [];
  const check = (path: string, message: string) => violations.push({ path: `${at}.${path}`, message });
  const type = body.type ?? ApplicationCommandType.ChatInput;
  if (
    typeof body.name !== 'string' ||
    !NAME.test(body.name) ||
    (type === ApplicationCommandType.ChatInput && body.name !== body.name.toLowerCase())
  ) {
    check('name', `Invalid command name "${String(body.name)}" (1–32 lowercase letters, digits, - or _).`);
  }
  if (type === ApplicationCommandType.ChatInput) {
    const description = (body as { description?: string }).description ?? '';
    if (description.length < 1 || description.length > 100)
      check('description', 'Description must be 1–100 long.');
    const options = (body as { options?: APIApplicationCommandOption[] }).options ?? [];
    checkOptions(options, 'options', check);
  }
  return violations;
}

function checkOptions(
  options: APIApplicationCommandOption[],
  at: string,
  check: (p: string, m: string) => void,
) {
  if (options.length > 25) check(at, 'At most 25 options.');
  const names = new Set<string>();
  let sawOptional = false;
  options.forEach((option, i) => {
    const p = `${at}.${i}`;
    if (!NAME.test(option.name) || option.name !== option.name.toLowerCase())
      check(`${p}.name`, `Invalid option name "${option.name}".`);
    if (names.has(option.name)) check(`${p}.name`, `Duplicate option name "${option.name}".`);
    names.add(option.name);
    if (!option.description || option.description.length > 100)
      check(`${p}.description`, 'Description must be 1–100 long.');
    const required = 'required' in option && option.required === true;
    if (required && sawOptional) check(`${p}.required`, 'Required options must come before optional ones.');
    if (!required) sawOptional = true;
    if ('choices' in option && option.choices) {
      if (option.choices.length > 25) check(`${p}.choices`, 'At most 25 choices.');
      if ('autocomplete' in option && option.autocomplete)
        check(`${p}.autocomplete`, 'Choices and autocomplete are exclusive.');
    }
    if ('options' in option && option.options) checkOptions(option.options, `${p}.options`, check);
  });
}

/**
 * Stores registered commands, global and per guild, keeping a command's id stable when it is re-registered
 * under the same name (as Discord does for bulk overwrite).
 */
export class CommandRegistry {
  private readonly scopes = new Map<string, Map<string, APIApplicationCommand>>();

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly applicationId: string,
  ) {}

  private scope(guildId?: string): Map<string, APIApplicationCommand> {
    const key = guildId ?? 'global';
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new Map();
      this.scopes.set(key, scope);
    }
    return scope;
  }

  private key(body: { name: string; type?: ApplicationCommandType }): string {
    return `${body.type ?? ApplicationCommandType.ChatInput}:${body.name}`;
  }

  /** Adds or replaces one command; returns it with id, application_id and version. */
  upsert(guildId: string | undefined, body: RESTPostAPIApplicationCommandsJSONBody): APIApplicationCommand {
    const scope = this.scope(guildId);
    const existing = scope.get(this.key(body));
    const command = {
      ...body,
      type: body.type ?? ApplicationCommandType.ChatInput,
      description: (body as { description?: string }).description ?? '',
      id: existing?.id ?? this.ids.next(),
      application_id: this.applicationId,
      version: this.ids.next(),
      default_member_permissions: body.default_member_permissions ?? null,
      ...(guildId ? { guild_id: guildId } : {}),
    } as APIApplicationCommand;
    scope.set(this.key(body), command);
    return command;
  }

  /** Bulk overwrite: the new list replaces the scope entirely. */
  overwrite(
    guildId: string | undefined,
    bodies: RESTPostAPIApplicationCommandsJSONBody[],
  ): APIApplicationCommand[] {
    const scope = this.scope(guildId);
    const previous = new Map(scope);
    scope.clear();
    return bodies.map((body) => {
      const old = previous.get(this.key(body));
      if (old) scope.set(this.key(body), old);
      return this.upsert(guildId, body);
    });
  }

  list(guildId?: string): APIApplicationCommand[] {
    return [...this.scope(guildId).values()];
  }

  byId(guildId: string | undefined, id: string): APIApplicationCommand | undefined {
    return this.list(guildId).find((c) => c.id === id);
  }

  remove(guildId: string | undefined, id: string): boolean {
    const scope = this.scope(guildId);
    for (const [key, command] of scope) {
      if (command.id === id) return scope.delete(key);
    }
    return false;
  }

  /** The chat-input command a member would see in the guild: guild-scoped first, then global. */
  find(name: string, guildId: string): APIApplicationCommand | undefined {
    const key = `${ApplicationCommandType.ChatInput}:${name}`;
    return this.scope(guildId).get(key) ?? this.scope().get(key);
  }
}

/** What the user asked for: a command, optional subcommand path, option values and maybe a focused option. */
export interface CommandInvocation {
  name: string;
  options: OptionValues;
  subcommand?: string;
  subcommandGroup?: string;
  /** Name of the option being typed (autocomplete only). */
  focused?: string;
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
      const value = focused ? String(raw) : coerce(invocation.name, name, type, raw, def, world, resolved);
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
        throw new Error(`/${invocation.name} needs option "${def.name}"`);
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
  command: string,
  name: string,
  type: ApplicationCommandOptionType,
  raw: string | number | boolean,
  def: APIApplicationCommandBasicOption | undefined,
  world: World,
  resolved: Resolved,
): string | number | boolean {
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
      const member = world.findMember(String(raw)) ?? world.member(String(raw));
      resolved.users = { ...resolved.users, [member.id]: world.userPayload(member) };
      resolved.members = { ...resolved.members, [member.id]: world.resolvedMember(member) };
      value = member.id;
      break;
    }
    case ApplicationCommandOptionType.Channel: {
      const text = String(raw).replace(/^#/, '');
      if (text !== world.channelId && text !== 'study-hall') throw bad('the channel #study-hall');
      resolved.channels = {
        ...resolved.channels,
        [world.channelId]: { ...world.interactionChannel(), permissions: world.appPermissions() },
      } as Resolved['channels'];
      value = world.channelId;
      break;
    }
    case ApplicationCommandOptionType.Role: {
      const role = world
        .roles()
        .find(
          (r) =>
            r.id === String(raw) ||
            r.name.replace('@', '').toLowerCase() === String(raw).replace('@', '').toLowerCase(),
        );
      if (!role) throw bad('a role (everyone or Teacher)');
      resolved.roles = { ...resolved.roles, [role.id]: role };
      value = role.id;
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
  return value;
}
