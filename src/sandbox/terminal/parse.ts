import { parseDuration } from '../../clock.js';

/** One line of play input, understood. */
export type PlayCommand =
  | { kind: 'blank' }
  | { kind: 'slash'; command: string; words: string[]; options: Record<string, string> }
  | { kind: 'complete'; command: string; words: string[]; options: Record<string, string>; focused: string }
  | { kind: 'click'; target: string }
  | { kind: 'select'; values: string[] }
  | { kind: 'type'; text: string }
  | { kind: 'submit' }
  | { kind: 'as'; name: string; teacher: boolean }
  | { kind: 'advance'; ms: number; text: string }
  | { kind: 'help' }
  | { kind: 'quit' };

/** A line that could not be understood, with a friendly explanation. */
export class PlayParseError extends Error {}

/**
 * Splits on spaces, keeping "double-quoted" or 'single-quoted' runs together, including after `name:`
 * (`term:"sodium potassium pump"`). Backslash escapes a quote inside quotes.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let quote: string | null = null;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\' && text[i + 1] === quote) {
        current += quote;
        i++;
      } else if (ch === quote) {
        quote = null;
      } else {
        current += ch;
      }
    } else if (ch === '"' || ch === "'") {
      // An apostrophe inside a word ("cell's") is text, not a quote.
      if (ch === "'" && current.length > 0 && !current.endsWith(':')) {
        current += ch;
      } else {
        quote = ch;
        started = true;
      }
    } else if (/\s/.test(ch)) {
      if (started || current) tokens.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote) throw new PlayParseError(`Unclosed ${quote} quote`);
  if (started || current) tokens.push(current);
  return tokens;
}

function parseSlash(rest: string): {
  command: string;
  words: string[];
  options: Record<string, string>;
  last?: string;
} {
  const tokens = tokenize(rest);
  const command = tokens.shift();
  if (!command) throw new PlayParseError('Type a command name after the slash, e.g. /define term:osmosis');
  const words: string[] = [];
  const options: Record<string, string> = {};
  let last: string | undefined;
  for (const token of tokens) {
    const colon = token.indexOf(':');
    if (colon > 0) {
      const name = token.slice(0, colon);
      options[name] = token.slice(colon + 1);
      last = name;
    } else if (Object.keys(options).length === 0) {
      words.push(token);
    } else {
      throw new PlayParseError(`"${token}" is not an option; write name:value (quote values with spaces)`);
    }
  }
  return { command: command.toLowerCase(), words, options, ...(last ? { last } : {}) };
}

/** Parses one play line; throws PlayParseError with a friendly message for anything it does not know. */
export function parseLine(line: string): PlayCommand {
  const text = line.trim();
  if (text === '' || text.startsWith('#')) return { kind: 'blank' };
  if (text.startsWith('/')) return { kind: 'slash', ...parseSlash(text.slice(1)) };
  const space = text.search(/\s/);
  const verb = (space < 0 ? text : text.slice(0, space)).toLowerCase();
  const arg = space < 0 ? '' : text.slice(space + 1).trim();
  switch (verb) {
    case 'click':
      if (!arg) throw new PlayParseError('click needs a button label or number, e.g. click 1');
      return { kind: 'click', target: arg.replace(/^["']|["']$/g, '') };
    case 'select': {
      if (!arg) throw new PlayParseError('select needs a value, e.g. select unit-4');
      return { kind: 'select', values: tokenize(arg) };
    }
    case 'type':
      return { kind: 'type', text: arg };
    case 'submit':
      return { kind: 'submit' };
    case 'complete': {
      if (!arg.startsWith('/'))
        throw new PlayParseError('complete needs a command, e.g. complete /define term:depol');
      const parsed = parseSlash(arg.slice(1));
      if (!parsed.last) throw new PlayParseError('complete needs the option you are typing, e.g. term:depol');
      return {
        kind: 'complete',
        command: parsed.command,
        words: parsed.words,
        options: parsed.options,
        focused: parsed.last,
      };
    }
    case 'as': {
      const words = tokenize(arg);
      const name = words[0];
      if (!name || words.length > 2 || (words[1] !== undefined && words[1].toLowerCase() !== 'teacher')) {
        throw new PlayParseError('as needs a name, optionally followed by "teacher": as sam teacher');
      }
      return { kind: 'as', name, teacher: words[1]?.toLowerCase() === 'teacher' };
    }
    case 'advance': {
      const ms = parseDuration(arg);
      if (ms === undefined)
        throw new PlayParseError('advance needs a duration, e.g. advance 11m (s, m, h or d)');
      return { kind: 'advance', ms, text: arg };
    }
    case 'help':
    case '?':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      throw new PlayParseError(`I don't know "${verb}". Type help to see what you can do.`);
  }
}

/** The help text shown by `help`. */
export const PLAY_HELP = [
  'Commands:',
  '  /<command> [subcommand] name:value ...   run a slash command (quote values with spaces: term:"sodium pump")',
  '  complete /<command> name:partial         show autocomplete suggestions for the last option',
  '  click <label or number>                  press a button on the latest message with buttons',
  '  select <value> [value ...]               choose in the latest select menu (value or label)',
  "  type <text>                              fill the open form's next field",
  '  submit                                   send the open form',
  '  as <name> [teacher]                      act as another member (teacher = Manage Server)',
  '  advance <duration>                       move time forward (30s, 11m, 2h, 3d) and run what became due',
  '  help, quit',
].join('\n');
