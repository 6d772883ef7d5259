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
import { modalFields, renderChoices, renderMessage, renderModal } from './render.js';

interface OpenModal {
  modal: APIModalInteractionResponseCallbackData;
  from?: SandboxMessage;
  values: Record<string, string>;
  next: number;
}

/**
 * The state of one person at the terminal: who they are acting as, the latest message they can press buttons
 * on, and the form they are filling. `run` turns one parsed command into printable text.
 */
export class PlaySession {
  private user: SandboxUser;
  private lastWithComponents?: SandboxMessage;
  private modal?: OpenModal;
  private readonly seen = new Set<string>();
  private errorsShown = 0;

  constructor(private readonly sandbox: Sandbox) {
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
      case 'advance': {
        await this.sandbox.advance(command.ms);
        // What the bot posted because time passed (deadlines, daily posts) shows like any unsolicited post.
        return {
          text: this.withExtras(
            `⏩ time is now ${this.sandbox.clock.now().toISOString()} (+${command.text})`,
          ),
        };
      }
      case 'as':
        // The latest message stays clickable: anyone may press a public message's buttons, as in Discord.
        this.user = this.sandbox.user(command.name, command.teacher ? { teacher: true } : undefined);
        return {
          text: `now acting as ${this.user.name}${this.user.teacher ? ' (teacher: Manage Server)' : ''}`,
        };
      case 'slash': {
        const path = this.subcommandPath(command.command, command.words);
        return { text: this.describe(await this.user.slash(command.command, command.options, path)) };
      }
      case 'complete': {
        const path = this.subcommandPath(command.command, command.words);
        const { [command.focused]: value = '', ...others } = command.options;
        const choices = await this.user.autocomplete(command.command, command.focused, value, others, path);
        return { text: this.withExtras(renderChoices(choices)) };
      }
      case 'click': {
        const message = this.requireComponents('buttons', ComponentType.Button);
        return { text: this.describe(await this.user.click(message, command.target), message) };
      }
      case 'select': {
        const message = this.requireComponents('a select menu', ComponentType.StringSelect);
        return { text: this.describe(await this.user.select(message, command.values), message) };
      }
      case 'type': {
        const open = this.requireModal();
        const fields = modalFields(open.modal);
        const field = fields[open.next];
        if (!field) throw new Error('Every field is filled; type submit to send the form');
        open.values[field.customId] = command.text;
        open.next++;
        const more = fields[open.next]
          ? `next: ${fields[open.next]?.label}`
          : 'all fields filled; submit to send';
        return { text: `filled "${field.label}" (${more})` };
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

  /** Messages the bot posted in the channel on its own (not as an interaction reply). */
  private unsolicited(): string {
    const posted = this.sandbox.channelMessages().filter((m) => !m.interactionId && !this.seen.has(m.id));
    for (const m of posted) this.remember(m);
    return posted.map((m) => `(posted in #study-hall)\n${renderMessage(m)}`).join('\n');
  }

  private remember(message: SandboxMessage): void {
    this.seen.add(message.id);
    if (message.components.length > 0) this.lastWithComponents = message;
  }

  /** Renders a result; `source` is the message whose component was used (a modal opened from it submits with it). */
  private describe(result: InteractionResult, source?: SandboxMessage): string {
    const parts: string[] = [];
    if (result.failed) parts.push(`✖ ${result.failed}`);
    if (result.choices) parts.push(renderChoices(result.choices));
    if (result.modal) {
      this.modal = { modal: result.modal, values: {}, next: 0, ...(source ? { from: source } : {}) };
      parts.push(renderModal(result.modal));
    }
    if (result.reply) {
      const updated =
        result.callbackType === InteractionResponseType.UpdateMessage ||
        result.callbackType === InteractionResponseType.DeferredMessageUpdate;
      parts.push(`${updated ? '(message updated) ' : ''}${renderMessage(result.reply)}`);
      this.remember(result.reply);
    }
    for (const message of result.followUps) {
      parts.push(renderMessage(message));
      this.remember(message);
    }
    if (parts.length === 0) parts.push('(the bot acknowledged without a visible change)');
    return this.withExtras(parts.join('\n'));
  }

  private requireComponents(what: string, type: ComponentType): SandboxMessage {
    const message = this.lastWithComponents;
    const has = message?.components.some((row) =>
      ((row as { components?: { type?: number }[] }).components ?? []).some((c) => c.type === type),
    );
    if (!message || !has) throw new Error(`There is no recent message with ${what}`);
    return message;
  }

  private requireModal(): OpenModal {
    if (!this.modal) throw new Error('No form is open');
    return this.modal;
  }

  /** Leading bare words are a subcommand, or a subcommand group and a subcommand, per the registered command. */
  private subcommandPath(name: string, words: string[]): { subcommand?: string; subcommandGroup?: string } {
    if (words.length === 0) return {};
    if (words.length > 2) throw new Error(`Too many words before the options: ${words.join(' ')}`);
    const command = this.findCommand(name);
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
    return [
      ...this.sandbox.registeredCommands(this.sandbox.guildId),
      ...this.sandbox.registeredCommands(),
    ].find((c) => c.name === name);
  }
}
