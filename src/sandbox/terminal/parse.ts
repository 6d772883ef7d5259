import { parseDuration } from '../../clock.js';

/** One line of play input, understood. */
export type PlayCommand =
  | { kind: 'blank' }
  | { kind: 'slash'; command: string; words: string[]; options: Record<string, string> }
  | { kind: 'complete'; command: string; words: string[]; options: Record<string, string>; focused: string }
  | { kind: 'click'; target: string; message?: number }
  | { kind: 'select'; values: string[]; message?: number }
  | { kind: 'type'; text: string }
  /** `type <<`: the lines that follow, up to a line holding only `.`, are the text (see `runPlay`). */
  | { kind: 'type-block' }
  | { kind: 'submit' }
  | { kind: 'as'; name: string; teacher: boolean; roles?: string[]; server?: string; channel?: string }
  | { kind: 'in'; channel: string }
  | { kind: 'attach'; path: string }
  | { kind: 'advance'; ms: number; text: string }
  | { kind: 'advance-to'; hour: number; minute: number; text: string }
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
    // An option name starts with a letter, so the "17:00" of due:2026-12-24 17:00 (or a ratio "3:2")
    // goes on the value before it rather than naming an option "17".
    if (colon > 0 && /^[a-z_]/i.test(token)) {
      const name = token.slice(0, colon);
      options[name] = token.slice(colon + 1);
      last = name;
    } else if (last === undefined) {
      words.push(token);
    } else {
      // As in Discord's client, words typed after an option's value belong to that value until the next
      // option: term:depolarization vs repolarization is one term.
      options[last] = `${options[last]} ${token}`;
    }
  }
  return { command: command.toLowerCase(), words, options, ...(last ? { last } : {}) };
}

/**
 * Splits a trailing `on <message number>` (or `on #3`) off a click/select argument. Messages are numbered in
 * the transcript (`#3 bot:`), so several members can each press a button on the same posted message.
 */
function onMessage(arg: string): { rest: string; message?: number } {
  // A wholly quoted label ("turn on 2") is a label, never a message number.
  if (/^(["']).*\1$/.test(arg)) return { rest: arg };
  const match = /^(.*\S)\s+on\s+#?(\d+)$/i.exec(arg);
  if (!match) return { rest: arg };
  const message = Number(match[2]);
  if (message < 1) throw new PlayParseError('Message numbers start at 1 (they are shown as #1, #2, … above)');
  return { rest: (match[1] as string).trim(), message };
}

/**
 * `type` text with `\n` as a line break (numbered-list answers) and `\\` as one backslash; any other
 * backslash stays as typed.
 */
export function unescapeTyped(text: string): string {
  return text.replace(/\\(\\|n)/g, (_, ch: string) => (ch === 'n' ? '\n' : '\\'));
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
    case 'click': {
      const { rest, message } = onMessage(arg);
      if (!rest)
        throw new PlayParseError('click needs a button label or number, e.g. click 1 or click 1 on 3');
      return { kind: 'click', target: rest.replace(/^["']|["']$/g, ''), ...(message ? { message } : {}) };
    }
    case 'select': {
      const { rest, message } = onMessage(arg);
      if (!rest) throw new PlayParseError('select needs a value, e.g. select unit-4');
      return { kind: 'select', values: tokenize(rest), ...(message ? { message } : {}) };
    }
    case 'type':
      if (arg === '<<') return { kind: 'type-block' };
      return { kind: 'type', text: unescapeTyped(arg) };
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
    case 'as':
      return parseAs(arg);
    case 'in': {
      const words = tokenize(arg);
      if (words.length !== 1) throw new PlayParseError('in needs a channel, e.g. in #bio-period-1');
      return { kind: 'in', channel: words[0] as string };
    }
    case 'attach': {
      const words = tokenize(arg);
      if (words.length !== 1) throw new PlayParseError('attach needs one file, e.g. attach questions.yaml');
      return { kind: 'attach', path: words[0] as string };
    }
    case 'advance': {
      // `advance to 08:58`: forward to the next time the clock shows that UTC time of day.
      const to = /^to\s+(\d{1,2}):(\d{2})(?:\s+utc)?$/i.exec(arg);
      if (to) {
        const hour = Number(to[1]);
        const minute = Number(to[2]);
        if (hour > 23 || minute > 59)
          throw new PlayParseError('advance to needs a time of day, e.g. advance to 08:58');
        return { kind: 'advance-to', hour, minute, text: arg };
      }
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

/** `as <name> [teacher] [role:<Role>]… [server:<key>] [channel:<#name>]` */
function parseAs(arg: string): PlayCommand {
  const usage =
    'as needs a name, then optionally teacher, role:<Role>, server:<name> or channel:<#name>: as sam role:Teacher';
  const [name, ...rest] = tokenize(arg);
  if (!name || name.includes(':')) throw new PlayParseError(usage);
  const result: {
    kind: 'as';
    name: string;
    teacher: boolean;
    roles?: string[];
    server?: string;
    channel?: string;
  } = { kind: 'as', name, teacher: false };
  for (const word of rest) {
    const [key, value] = word.includes(':')
      ? [word.slice(0, word.indexOf(':')), word.slice(word.indexOf(':') + 1)]
      : [word, ''];
    if (key.toLowerCase() === 'teacher' && value === '') result.teacher = true;
    else if (key === 'role' && value) result.roles = [...(result.roles ?? []), value];
    else if (key === 'server' && value) result.server = value;
    else if (key === 'channel' && value) result.channel = value;
    else throw new PlayParseError(usage);
  }
  return result;
}

/** The help text shown by `help`. */
export const PLAY_HELP = [
  'Commands:',
  '  /<command> [subcommand] name:value ...   run a slash command (term:sodium pump: words run on until the next name:)',
  '  complete /<command> name:partial         show autocomplete suggestions for the last option',
  '  click <label or number> [on <message #>]  press a button (default: the latest message you can see with buttons)',
  '  select <value> [value ...] [on <msg #>]  choose in a select menu (value or label; default: the latest)',
  "  type <text>                              fill the open form's next field (\\n for a line break)",
  '  type <<                                  fill it with the lines that follow, up to a line with only .',
  '  submit                                   send the open form (pre-filled values are sent as shown)',
  '  as <name> [teacher] [role:<Role>]        act as another member (teacher = Manage Server; role:Teacher =',
  '     [server:<name>] [channel:<#name>]     holds that role), in another server (server:other) or channel',
  '  in <#channel>                            act in another channel (#study-hall, #bio-period-1, …)',
  "  attach <file>                            give the next command's attachment option this file",
  '  advance <duration>                       move time forward (30s, 11m, 2h, 3d) and run what became due',
  '  advance to <HH:MM>                       move time forward to the next HH:MM (UTC)',
  '  help, quit',
].join('\n');
