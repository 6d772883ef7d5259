import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  type APIModalInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
} from 'discord-api-types/v10';
import type { InteractionResult, Sandbox, SandboxMessage, SandboxUser } from '../types.js';
import { PLAY_HELP, type PlayCommand } from './parse.js';
import { modalFields, type RenderContext, renderChoices, renderMessage, renderModal } from './render.js';

/** A message the transcript has shown: its number there, whose it is if ephemeral, when it last changed. */
interface Shown {
  readonly message: SandboxMessage;
  readonly number: number;
  /** The member who can see it, for an ephemeral message; public messages have none. */
  readonly owner?: string;
  touched: number;
}

interface OpenModal {
  modal: APIModalInteractionResponseCallbackData;
  from?: SandboxMessage;
  values: Record<string, string>;
  next: number;
}

/**
 * The state of one person at the terminal: who they are acting as, the messages shown so far (numbered, so
 * `click Answer on 3` can reach any of them), and the form they are filling. `run` turns one parsed command
 * into printable text.
 */
export class PlaySession {
  private user: SandboxUser;
  private modal?: OpenModal;
  private readonly seen = new Map<string, Shown>();
  private touches = 0;
  private errorsShown = 0;
  /** A file named by `attach`, waiting for the next command's attachment option. */
  private attachment?: string;

  /** `baseDir` is where relative `attach` paths are also looked for (the script's folder). */
  constructor(
    private readonly sandbox: Sandbox,
    private readonly opts: { baseDir?: string } = {},
  ) {
    this.user = sandbox.user('student');
  }

  /** Who is acting now. */
  get actor(): SandboxUser {
    return this.user;
  }

  /** Runs a command; returns the text to print (possibly empty) and whether to stop. */
  async run(command: PlayCommand): Promise<{ text: string; quit?: boolean }> {
    switch (command.kind) {
      case 'blank':
        return { text: '' };
      case 'help':
        return { text: PLAY_HELP };
      case 'quit':
        return { text: '', quit: true };
      case 'advance':
      case 'advance-to': {
        const now = this.sandbox.clock.now().getTime();
        let ms = command.kind === 'advance' ? command.ms : 0;
        if (command.kind === 'advance-to') {
          const day = new Date(now);
          let target = Date.UTC(
            day.getUTCFullYear(),
            day.getUTCMonth(),
            day.getUTCDate(),
            command.hour,
            command.minute,
          );
          if (target <= now) target += 86_400_000;
          ms = target - now;
        }
        await this.sandbox.advance(ms);
        // What the bot posted because time passed (deadlines, daily posts) shows like any unsolicited post.
        return {
          text: this.withExtras(
            `⏩ time is now ${this.sandbox.clock.now().toISOString()} (+${command.text})`,
          ),
        };
      }
      case 'as': {
        // The latest message stays clickable: anyone may press a public message's buttons, as in Discord.
        const { name, teacher, roles, server, channel } = command;
        this.user = this.sandbox.user(name, {
          ...(teacher ? { teacher: true } : {}),
          ...(roles ? { roles } : {}),
          ...(server !== undefined ? { server } : {}),
          ...(channel !== undefined ? { channel } : {}),
        });
        const notes = [
          ...(this.user.teacher ? ['teacher: Manage Server'] : []),
          ...this.user.roles.map((r) => `role ${r}`),
        ];
        return {
          text: `now acting as ${this.user.name}${notes.length ? ` (${notes.join(', ')})` : ''}${this.whereNote()}`,
        };
      }
      case 'in':
        this.user.in(command.channel);
        return {
          text: `${this.user.name} is now in ${this.channelName(this.user.channelId)}${this.whereNote(true)}`,
        };
      case 'attach': {
        const candidates = [
          resolve(command.path),
          ...(this.opts.baseDir ? [resolve(this.opts.baseDir, command.path)] : []),
        ];
        const found = candidates.find((p) => existsSync(p));
        if (!found) throw new Error(`No file ${command.path}`);
        this.attachment = found;
        return { text: `attached ${command.path} (the next command's file option gets it)` };
      }
      case 'slash': {
        const path = this.subcommandPath(command.command, command.words);
        const options = { ...command.options };
        if (this.attachment) {
          const option = this.attachmentOption(command.command, path);
          if (option && !(option in options)) options[option] = this.attachment;
          this.attachment = undefined;
        }
        return { text: this.describe(await this.user.slash(command.command, options, path)) };
      }
      case 'complete': {
        const path = this.subcommandPath(command.command, command.words);
        const { [command.focused]: value = '', ...others } = command.options;
        const choices = await this.user.autocomplete(command.command, command.focused, value, others, path);
        return { text: this.withExtras(renderChoices(choices)) };
      }
      case 'click': {
        const message = this.requireComponents('buttons', ComponentType.Button, command.message);
        if (command.message === undefined) this.checkDefaultHas(message, command.target);
        return { text: this.describe(await this.user.click(message, command.target), message) };
      }
      case 'select': {
        const message = this.requireComponents('a select menu', ComponentType.StringSelect, command.message);
        return { text: this.describe(await this.user.select(message, command.values), message) };
      }
      case 'type-block':
        throw new Error('type << is read by the play loop, which passes the lines on as one type');
      case 'type': {
        const open = this.requireModal();
        const fields = modalFields(open.modal);
        const field = fields[open.next];
        if (!field) throw new Error('Every field is filled; type submit to send the form');
        const replaced = open.values[field.customId] !== undefined;
        open.values[field.customId] = command.text;
        open.next++;
        const more = fields[open.next]
          ? `next: ${fields[open.next]?.label}`
          : 'all fields filled; submit to send';
        const lines = command.text.split('\n').length;
        const size = lines > 1 ? `, ${lines} lines` : '';
        return { text: `${replaced ? 'replaced' : 'filled'} "${field.label}"${size} (${more})` };
      }
      case 'submit': {
        const open = this.requireModal();
        this.modal = undefined;
        return { text: this.describe(await this.user.submitModal(open.modal, open.values, open.from)) };
      }
    }
  }

  /** Text for sandbox errors recorded since the last call (always shown; they mean the bot broke a rule). */
  newErrors(): string {
    const fresh = this.sandbox.errors.slice(this.errorsShown);
    this.errorsShown = this.sandbox.errors.length;
    return fresh.map((e) => `! sandbox error: ${e}`).join('\n');
  }

  private withExtras(text: string): string {
    return [text, this.unsolicited(), this.newErrors()].filter(Boolean).join('\n');
  }

  /** Messages the bot posted on its own (not as an interaction reply) in the actor's server. */
  private unsolicited(): string {
    const guild = this.sandbox.guilds.find((g) => g.id === this.user.guildId);
    const posted = (guild?.channels ?? [])
      .flatMap((c) => this.sandbox.channelMessages(c.id))
      .filter((m) => !m.interactionId && !this.seen.has(m.id))
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    return posted
      .map(
        (m) =>
          `(posted in ${this.channelName(m.channelId)})\n${renderMessage(m, this.remember(m), this.renderContext())}`,
      )
      .join('\n');
  }

  /** Names and the clock, so timestamps and mentions print as a Discord client shows them. */
  private renderContext(): RenderContext {
    return {
      now: this.sandbox.clock.now().getTime(),
      userName: (id) => this.sandbox.memberName(id),
      channelName: (id) => {
        const name = this.channelName(id);
        return name === `#${id}` ? undefined : name.slice(1);
      },
    };
  }

  private channelName(channelId: string): string {
    for (const g of this.sandbox.guilds) {
      const c = g.channels.find((x) => x.id === channelId);
      if (c) return `#${c.name}`;
    }
    return `#${channelId}`;
  }

  /** " in #x" when not in the starting channel; with `server`, the server's name too. */
  private whereNote(always = false): string {
    if (!always && this.user.channelId === this.sandbox.channelId) return '';
    const guild = this.sandbox.guilds.find((g) => g.id === this.user.guildId);
    const where = always ? '' : ` in ${this.channelName(this.user.channelId)}`;
    return guild && guild.id !== this.sandbox.guildId ? `${where} (server: ${guild.name})` : where;
  }

  /** The name of the (sub)command's first attachment option, if it has one. */
  private attachmentOption(
    name: string,
    path: { subcommand?: string; subcommandGroup?: string },
  ): string | undefined {
    let options = this.findCommand(name)?.options ?? [];
    for (const step of [path.subcommandGroup, path.subcommand]) {
      if (!step) continue;
      options = ((
        options.find((o) => o.name === step) as { options?: APIApplicationCommandOption[] } | undefined
      )?.options ?? []) as APIApplicationCommandOption[];
    }
    return options.find((o) => o.type === ApplicationCommandOptionType.Attachment)?.name;
  }

  /** Numbers a message the first time it is shown and marks it as the most recently changed; returns its number. */
  private remember(message: SandboxMessage): number {
    const known = this.seen.get(message.id);
    if (known) {
      known.touched = ++this.touches;
      return known.number;
    }
    // An ephemeral message in a result belongs to the member who acted.
    const owner = message.ephemeral ? this.user.id : undefined;
    const number = this.seen.size + 1;
    this.seen.set(message.id, { message, number, touched: ++this.touches, ...(owner ? { owner } : {}) });
    return number;
  }

  /** Renders a result; `source` is the message whose component was used (a modal opened from it submits with it). */
  private describe(result: InteractionResult, source?: SandboxMessage): string {
    const parts: string[] = [];
    if (result.failed) parts.push(`✖ ${result.failed}`);
    if (result.choices) parts.push(renderChoices(result.choices));
    if (result.modal) {
      // A pre-filled field (Try again keeps the last answer) is sent as it stands unless `type` replaces it.
      const values: Record<string, string> = {};
      for (const field of modalFields(result.modal))
        if (typeof field.input.value === 'string') values[field.customId] = field.input.value;
      this.modal = { modal: result.modal, values, next: 0, ...(source ? { from: source } : {}) };
      parts.push(renderModal(result.modal));
    }
    if (result.reply) {
      const updated =
        result.callbackType === InteractionResponseType.UpdateMessage ||
        result.callbackType === InteractionResponseType.DeferredMessageUpdate;
      const number = this.remember(result.reply);
      parts.push(
        `${updated ? '(message updated) ' : ''}${renderMessage(result.reply, number, this.renderContext())}`,
      );
    }
    for (const message of result.followUps)
      parts.push(renderMessage(message, this.remember(message), this.renderContext()));
    if (parts.length === 0) parts.push('(the bot acknowledged without a visible change)');
    return this.withExtras(parts.join('\n'));
  }

  /**
   * The message to act on: number `wanted` from the transcript, or else the most recently shown or changed
   * message that has `type` components and that the current member can see.
   */
  private requireComponents(what: string, type: ComponentType, wanted?: number): SandboxMessage {
    const has = (message: SandboxMessage) =>
      message.components.some((row) =>
        ((row as { components?: { type?: number }[] }).components ?? []).some((c) => c.type === type),
      );
    // Ephemeral messages stay with their member; nothing of another server is visible at all.
    const server = this.sandbox.guilds.find((g) => g.id === this.user.guildId);
    const visible = (shown: Shown) =>
      (!shown.owner || shown.owner === this.user.id) &&
      (server?.channels.some((c) => c.id === shown.message.channelId) ?? true);
    if (wanted !== undefined) {
      const shown = [...this.seen.values()].find((s) => s.number === wanted);
      if (!shown) throw new Error(`There is no message #${wanted} (the transcript has ${this.seen.size})`);
      if (!visible(shown))
        throw new Error(
          `Message #${wanted} is ephemeral and belongs to someone else; ${this.user.name} cannot see it`,
        );
      if (!has(shown.message)) throw new Error(`Message #${wanted} has no ${what}`);
      return shown.message;
    }
    const latest = [...this.seen.values()]
      .filter((s) => visible(s) && has(s.message))
      .sort((a, b) => b.touched - a.touched)[0];
    if (!latest) throw new Error(`There is no message with ${what} that ${this.user.name} can see`);
    return latest.message;
  }

  private requireModal(): OpenModal {
    if (!this.modal) throw new Error('No form is open');
    return this.modal;
  }

  /**
   * When a label is not on the default message but is on an earlier one this member can see (pressing B on
   * a question after its feedback arrived), says which number to add instead of only listing the buttons.
   */
  private checkDefaultHas(message: SandboxMessage, target: string): void {
    const wanted = target.trim().toLowerCase();
    const labels = (m: SandboxMessage) =>
      m.components.flatMap((row) =>
        ((row as { components?: { type?: number; label?: string; custom_id?: string }[] }).components ?? [])
          .filter((c) => c.type === ComponentType.Button)
          .map((c) => (c.label ?? '').toLowerCase()),
      );
    if (/^\d+$/.test(wanted) || labels(message).includes(wanted)) return;
    const earlier = [...this.seen.values()]
      .filter((s) => (!s.owner || s.owner === this.user.id) && labels(s.message).includes(wanted))
      .sort((a, b) => b.touched - a.touched)[0];
    const here = this.seen.get(message.id)?.number;
    if (earlier && here !== undefined) {
      throw new Error(
        `No button "${target}" on #${here}, the latest message with buttons; it is on #${earlier.number}: click ${target} on ${earlier.number}`,
      );
    }
  }

  /** Leading bare words are a subcommand, or a subcommand group and a subcommand, per the registered command. */
  private subcommandPath(name: string, words: string[]): { subcommand?: string; subcommandGroup?: string } {
    if (words.length === 0) return {};
    const command = this.findCommand(name);
    const nested = command?.options?.some(
      (o) =>
        o.type === ApplicationCommandOptionType.Subcommand ||
        o.type === ApplicationCommandOptionType.SubcommandGroup,
    );
    if (command && !nested) throw new Error(bareWordsHint(command, words));
    if (words.length > 2) throw new Error(`Too many words before the options: ${words.join(' ')}`);
    const isGroup = (w: string) =>
      command?.options?.some(
        (o: APIApplicationCommandOption) =>
          o.name === w && o.type === ApplicationCommandOptionType.SubcommandGroup,
      );
    if (words.length === 2) return { subcommandGroup: words[0], subcommand: words[1] };
    const [word] = words as [string];
    if (isGroup(word)) throw new Error(`"${word}" is a group; name a subcommand after it`);
    return { subcommand: word };
  }

  private findCommand(name: string): APIApplicationCommand | undefined {
    return [...this.sandbox.registeredCommands(this.user.guildId), ...this.sandbox.registeredCommands()].find(
      (c) => c.name === name,
    );
  }
}

/**
 * What to say when words follow a command that has no subcommands (`/define osmosis`): with exactly one
 * required option, the line written the right way; otherwise the option names.
 */
function bareWordsHint(command: APIApplicationCommand, words: string[]): string {
  const options = command.options ?? [];
  const required = options.filter((o) => 'required' in o && o.required);
  const text = words.join(' ');
  if (required.length === 1) {
    const name = (required[0] as APIApplicationCommandOption).name;
    const value = /\s/.test(text) ? `"${text.replace(/"/g, '\\"')}"` : text;
    return `/${command.name} has no subcommands; name the option: /${command.name} ${name}:${value}`;
  }
  const names = options.map((o) => `${o.name}:…`).join(' ');
  return `/${command.name} has no subcommands; write options as name:value${names ? ` (${names})` : ''}`;
}
