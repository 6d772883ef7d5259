import {
  type APIApplicationCommandOptionChoice,
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  InteractionType,
} from 'discord-api-types/v10';
import type { AttachmentStore } from './attachments.js';
import { buildCommandData } from './command-data.js';
import type { CommandRegistry } from './command-registry.js';
import type { InteractionEngine } from './interactions.js';
import type { MessageStore, StoredMessage } from './messages.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { InteractionResult, OptionValues, SandboxMessage, SandboxUser } from './types.js';
import type { Member, World } from './world.js';

interface UserHost {
  world: World;
  messages: MessageStore;
  commands: CommandRegistry;
  interactions: InteractionEngine;
  ids: SnowflakeGenerator;
  attachments: AttachmentStore;
}

// biome-ignore lint/suspicious/noExplicitAny: components are stored as the bot sent them.
type AnyComponent = any;

/** Every component inside a message's action rows, in reading order. */
export function componentsOf(message: SandboxMessage): AnyComponent[] {
  return message.components.flatMap((row) => (row as AnyComponent).components ?? []);
}

/** The clickable buttons of a message (link buttons included; they are numbered like the others). */
export function buttonsOf(message: SandboxMessage): AnyComponent[] {
  return componentsOf(message).filter((c) => c.type === ComponentType.Button);
}

/**
 * A guild member acting through the Discord client: it refuses what the client would not allow (unknown
 * options, disabled buttons, someone else's ephemeral message) and sends what the client would send.
 */
export class SandboxUserImpl implements SandboxUser {
  constructor(
    private readonly member: Member,
    private readonly host: UserHost,
  ) {}

  get id(): string {
    return this.member.id;
  }
  get name(): string {
    return this.member.name;
  }
  get teacher(): boolean {
    return this.member.teacher;
  }
  get channelId(): string {
    return this.member.channelId;
  }
  get guildId(): string {
    return this.host.world.guildOf(this.member).id;
  }
  /** Names of the roles held in the current server. */
  get roles(): string[] {
    const guild = this.host.world.guildOf(this.member);
    return guild.roles.filter((r) => this.member.roleIds.includes(r.id)).map((r) => r.name);
  }

  in(channel: string, server?: string): this {
    this.host.world.moveTo(this.member, channel, server);
    return this;
  }

  giveRole(role: string): this {
    this.host.world.addRole(this.member, role);
    return this;
  }

  /** What every command invocation shares: the server it runs in and how attachment options upload. */
  private invocationContext() {
    const channelId = this.member.channelId;
    return {
      guildId: this.guildId,
      attach: (raw: string) => this.host.attachments.fromPath(raw, channelId),
    };
  }

  async slash(
    command: string,
    options: OptionValues = {},
    opts: { subcommand?: string; subcommandGroup?: string } = {},
  ): Promise<InteractionResult> {
    const { world, commands, interactions, ids } = this.host;
    const name = command.replace(/^\//, '');
    const data = buildCommandData(
      commands.find(name, this.guildId),
      { name, options, ...opts, ...this.invocationContext() },
      world,
      ids.next(),
    );
    const label = `/${[name, opts.subcommandGroup, opts.subcommand].filter(Boolean).join(' ')} by ${this.name}`;
    return interactions.send(this.member, InteractionType.ApplicationCommand, data, label);
  }

  async autocomplete(
    command: string,
    focused: string,
    value: string,
    otherOptions: OptionValues = {},
    opts: { subcommand?: string; subcommandGroup?: string } = {},
  ): Promise<APIApplicationCommandOptionChoice[]> {
    const { world, commands, interactions, ids } = this.host;
    const name = command.replace(/^\//, '');
    const options = { ...otherOptions, [focused]: value };
    const data = buildCommandData(
      commands.find(name, this.guildId),
      { name, options, focused, ...opts, ...this.invocationContext() },
      world,
      ids.next(),
    );
    const label = `autocomplete /${name} ${focused}:"${value}" by ${this.name}`;
    const result = await interactions.send(
      this.member,
      InteractionType.ApplicationCommandAutocomplete,
      data,
      label,
    );
    return result.choices ?? [];
  }

  async click(message: SandboxMessage, button: string): Promise<InteractionResult> {
    const stored = this.visible(message);
    const buttons = buttonsOf(stored);
    const wanted = button.trim();
    const index = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
    const target =
      buttons.find((b) => b.custom_id === wanted) ??
      buttons.find((b) => typeof b.label === 'string' && b.label.toLowerCase() === wanted.toLowerCase()) ??
      buttons[index];
    if (!target) {
      const names = buttons.map((b, i) => `[${i + 1}] ${b.label ?? b.custom_id}`).join(', ');
      throw new Error(`No button "${button}" on that message (buttons: ${names || 'none'})`);
    }
    if (target.disabled) throw new Error(`The button "${target.label ?? target.custom_id}" is disabled`);
    if (!target.custom_id)
      throw new Error(`The button "${target.label}" is a link (${target.url ?? 'no url'})`);
    const data = { custom_id: target.custom_id, component_type: ComponentType.Button };
    const label = `click "${target.label ?? target.custom_id}" by ${this.name}`;
    return this.host.interactions.send(this.member, InteractionType.MessageComponent, data, label, stored);
  }

  async select(message: SandboxMessage, values: string[], customId?: string): Promise<InteractionResult> {
    const stored = this.visible(message);
    const menus = componentsOf(stored).filter((c) => c.type === ComponentType.StringSelect);
    const menu = customId ? menus.find((m) => m.custom_id === customId) : menus[0];
    if (!menu) throw new Error(`No select menu${customId ? ` "${customId}"` : ''} on that message`);
    if (menu.disabled) throw new Error('That select menu is disabled');
    const chosen = values.map((v) => {
      const option = menu.options.find(
        (o: AnyComponent) => o.value === v || String(o.label).toLowerCase() === v.toLowerCase(),
      );
      if (!option)
        throw new Error(
          `"${v}" is not an option (${menu.options.map((o: AnyComponent) => o.value).join(', ')})`,
        );
      return option.value as string;
    });
    const min = menu.min_values ?? 1;
    const max = menu.max_values ?? 1;
    if (chosen.length < min || chosen.length > max)
      throw new Error(`Choose between ${min} and ${max} options`);
    const data = { custom_id: menu.custom_id, component_type: ComponentType.StringSelect, values: chosen };
    const label = `select ${chosen.join(', ')} by ${this.name}`;
    return this.host.interactions.send(this.member, InteractionType.MessageComponent, data, label, stored);
  }

  async submitModal(
    modal: APIModalInteractionResponseCallbackData,
    values: Record<string, string>,
    fromMessage?: SandboxMessage,
  ): Promise<InteractionResult> {
    const stored = fromMessage ? this.visible(fromMessage) : undefined;
    const used = new Set<string>();
    const input = (component: AnyComponent, label: string) => {
      const value = values[component.custom_id] ?? '';
      used.add(component.custom_id);
      const required = component.required ?? true;
      if (required && value.length === 0) throw new Error(`The field "${label}" is required`);
      if (value.length > 0 && component.min_length !== undefined && value.length < component.min_length) {
        throw new Error(`The field "${label}" needs at least ${component.min_length} characters`);
      }
      if (component.max_length !== undefined && value.length > component.max_length) {
        throw new Error(`The field "${label}" allows at most ${component.max_length} characters`);
      }
      return { type: ComponentType.TextInput, id: component.id, custom_id: component.custom_id, value };
    };
    const components = (modal.components as AnyComponent[]).map((c) => {
      if (c.type === ComponentType.ActionRow) {
        const inner = c.components[0];
        return {
          type: ComponentType.ActionRow,
          id: c.id,
          components: [input(inner, inner.label ?? inner.custom_id)],
        };
      }
      if (c.type === ComponentType.Label && c.component?.type === ComponentType.TextInput) {
        return { type: ComponentType.Label, id: c.id, component: input(c.component, c.label) };
      }
      return { type: c.type, id: c.id };
    });
    const unknown = Object.keys(values).filter((k) => !used.has(k));
    if (unknown.length > 0) throw new Error(`The modal has no field(s) ${unknown.join(', ')}`);
    const data = { custom_id: modal.custom_id, components };
    const label = `submit modal "${modal.title}" by ${this.name}`;
    return this.host.interactions.send(this.member, InteractionType.ModalSubmit, data, label, stored);
  }

  /** The live stored message, if this member can see it (ephemeral messages belong to one member). */
  private visible(message: SandboxMessage): StoredMessage {
    const stored = this.host.messages.get(message.id);
    if (!stored) throw new Error('That message no longer exists');
    if (stored.ephemeral && stored.interaction && stored.interaction.user.id !== this.member.id) {
      throw new Error(`That ephemeral message belongs to someone else; ${this.name} cannot see it`);
    }
    if (this.host.world.channel(stored.channelId)?.guildId !== this.guildId) {
      throw new Error(`That message is in another server; ${this.name} cannot see it`);
    }
    return stored;
  }
}
