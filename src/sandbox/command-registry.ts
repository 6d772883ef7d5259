import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { LimitViolation } from './limits.js';
import type { SnowflakeGenerator } from './snowflake.js';

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
