import type { APIEmbed } from 'discord-api-types/v10';
import { fitEmbed } from './embed-limits.js';
import type { MessageView } from './payload.js';

/** A command as /help lists it. */
export interface HelpEntry {
  readonly name: string;
  readonly line: string;
}

/** The /help reply: one line per command, in the order given. */
export function helpView(entries: readonly HelpEntry[]): MessageView {
  const embed: APIEmbed = {
    title: 'What I can do',
    description: entries.map((e) => `\`/${e.name}\`: ${e.line}`).join('\n'),
    color: 0x3182ce,
  };
  return { embeds: [fitEmbed(embed)] };
}
