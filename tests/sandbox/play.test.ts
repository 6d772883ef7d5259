import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseLine, runPlay, tokenize } from '../../src/sandbox/terminal/index.js';
import { startTinyBot } from './tiny-bot.js';

async function play(script: string): Promise<{ code: number; transcript: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'sandbox-play-')), 'script.play');
  writeFileSync(file, script);
  const output = new PassThrough();
  let transcript = '';
  output.on('data', (chunk) => {
    transcript += chunk.toString();
  });
  const code = await runPlay({
    input: new PassThrough(),
    output,
    script: file,
    interactive: false,
    startBot: startTinyBot,
  });
  return { code, transcript };
}

describe('play lines', () => {
  it('given Discord option syntax with quotes, values keep their spaces', () => {
    expect(tokenize('define term:"sodium potassium pump" x')).toEqual([
      'define',
      'term:sodium potassium pump',
      'x',
    ]);
    expect(parseLine('/class assign question:"nmj 1" days:3')).toEqual({
      kind: 'slash',
      command: 'class',
      words: ['assign'],
      options: { question: 'nmj 1', days: '3' },
      last: 'days',
    });
  });

  it('given an apostrophe inside a word, it is text rather than a quote', () => {
    expect(tokenize("type the cell's inside")).toEqual(['type', 'the', "cell's", 'inside']);
  });

  it('given play verbs, each is understood; an unknown verb gets a friendly error', () => {
    expect(parseLine('click Exam tips')).toEqual({ kind: 'click', target: 'Exam tips' });
    expect(parseLine('as sam teacher')).toEqual({ kind: 'as', name: 'sam', teacher: true });
    expect(parseLine('type sodium rushes in')).toEqual({ kind: 'type', text: 'sodium rushes in' });
    expect(parseLine('/define term:depolarization vs repolarization')).toMatchObject({
      options: { term: 'depolarization vs repolarization' },
    });
    expect(parseLine('/quiz topic:resting potential kind:mcq')).toMatchObject({
      options: { topic: 'resting potential', kind: 'mcq' },
    });
    // A time after a date is part of the value, as the README's `due:2026-12-24 17:00` is typed.
    expect(
      parseLine('/class assign question:nmj-depolarization due:2026-12-24 17:00 attempts:2'),
    ).toMatchObject({
      options: { question: 'nmj-depolarization', due: '2026-12-24 17:00', attempts: '2' },
    });
    expect(parseLine('click Answer on 3')).toEqual({ kind: 'click', target: 'Answer', message: 3 });
    expect(parseLine('click 2 on #12')).toEqual({ kind: 'click', target: '2', message: 12 });
    expect(parseLine('click "turn on 2"')).toEqual({ kind: 'click', target: 'turn on 2' });
    expect(parseLine('select unit-4 on 2')).toEqual({ kind: 'select', values: ['unit-4'], message: 2 });
    expect(() => parseLine('click Answer on 0')).toThrow(/start at 1/);
    expect(parseLine('type 1. in\\n2. out \\\\n')).toEqual({ kind: 'type', text: '1. in\n2. out \\n' });
    expect(parseLine('type <<')).toEqual({ kind: 'type-block' });
    expect(parseLine('# a comment')).toEqual({ kind: 'blank' });
    expect(() => parseLine('dance')).toThrow(/help/);
    expect(() => parseLine('/define term:"open')).toThrow(/Unclosed/);
  });
});

describe('runPlay with a script', () => {
  it('prints the transcript of slash commands, buttons, a form and a select, and exits 0', async () => {
    const { code, transcript } = await play(
      [
        '# a tour',
        '/define term:"sodium potassium pump"',
        'click "exam tips"',
        '/define term:osmosis',
        'click 2',
        'type water moves in',
        'submit',
        '/pick',
        'select Signalling',
        'as ms-lee teacher',
        '/class assign question:nmj days:3',
        'complete /define term:polar',
      ].join('\n'),
    );
    expect(transcript).toBe(
      [
        '> /define term:"sodium potassium pump"',
        '#1 bot:',
        '  ┌─ sodium potassium pump',
        '  │ All about sodium potassium pump.',
        '  │',
        '  │ Key point',
        '  │   The inside becomes less negative.',
        '  └─ AP Biology',
        '  [1] Exam tips   [2] Answer',
        '> click "exam tips"',
        '(message updated) #1 bot:',
        '  Tips for sodium potassium pump',
        '> /define term:osmosis',
        '#2 bot:',
        '  ┌─ osmosis',
        '  │ All about osmosis.',
        '  │',
        '  │ Key point',
        '  │   The inside becomes less negative.',
        '  └─ AP Biology',
        '  [1] Exam tips   [2] Answer',
        '> click 2',
        'form: Your answer',
        '  1. Explain (paragraph, required)',
        '  (type <text> fills the next field; submit sends the form)',
        '> type water moves in',
        'filled "Explain" (all fields filled; submit to send)',
        '> submit',
        '#3 bot (only you can see this):',
        '  You wrote: water moves in',
        '  [1] Try again',
        '> /pick',
        '#4 bot:',
        '  Pick a unit',
        '  ▼ Choose a unit',
        '      • Cells (unit-2)',
        '      • Signalling (unit-4)',
        '> select Signalling',
        '(message updated) #4 bot:',
        '  You picked unit-4',
        '> as ms-lee teacher',
        'now acting as ms-lee (teacher: Manage Server)',
        '> /class assign question:nmj days:3',
        '#5 bot:',
        '  assign nmj in 3 days (teacher: true)',
        '> complete /define term:polar',
        'suggestions:',
        '  1. depolarization',
        '  2. repolarization',
        '  3. hyperpolarization',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
  });

  it('given a line it cannot parse and a bot that breaks a limit, both are printed and the exit code is 1', async () => {
    const { code, transcript } = await play('/toolong\njump around\n');
    expect(transcript).toContain(
      '! sandbox error: callback for /toolong by student: data.content: Must be 2000',
    );
    expect(transcript).toContain('? I don\'t know "jump". Type help to see what you can do.');
    expect(code).toBe(1);
  });

  it('a script stops at an `as` that fails: later lines would run as someone else', async () => {
    const { code, transcript } = await play('as ms-rivera teacher channel:#no-such-room\n/ping\n');
    expect(transcript).toContain('✖ No channel "#no-such-room"');
    expect(transcript).toContain('The script stops here');
    expect(transcript).not.toContain('> /ping');
    expect(code).toBe(1);
  });

  it('given a parse error alone, the exit code is 1', async () => {
    const { code } = await play('/ping\nclick nothing-here\n');
    expect(code).toBe(1);
  });
});

describe('several members on one posted message', () => {
  it('each presses Answer on the same public message; the default skips ephemeral messages of others; Try again pre-fills', async () => {
    const { code, transcript } = await play(
      [
        '/define term:osmosis',
        'as ana',
        'click Answer',
        'type water moves in',
        'submit',
        // ana's own ephemeral reply (#2) has buttons, but ben cannot see it: his default is #1.
        'as ben',
        'click Answer',
        'type <<',
        '1. water moves',
        '',
        '2. across the membrane',
        '.',
        'submit',
        // Back as ana: her latest visible message with buttons is #2, not ben's #3.
        'as ana',
        'click "Try again"',
        'submit',
        'click Try again on 2',
        'type first\\nsecond',
        'submit',
        'click Answer on 1',
        'submit',
        'click 1 on 3',
      ].join('\n'),
    );
    const steps = transcript.split(/^> /m);
    const step = (prefix: string, nth = 0) => steps.filter((s) => s.startsWith(prefix))[nth] ?? '';
    expect(step('submit', 0)).toContain('#2 bot (only you can see this):\n  You wrote: water moves in');
    expect(step('click Answer', 1)).toContain('form: Your answer');
    expect(step('type <<')).toBe(
      'type <<\n  1. water moves\n  \n  2. across the membrane\n  .\nfilled "Explain", 3 lines (all fields filled; submit to send)\n',
    );
    expect(step('submit', 1)).toContain(
      '#3 bot (only you can see this):\n  You wrote: 1. water moves\n\n  2. across the membrane',
    );
    // The pre-filled value is shown, and submit sends it unchanged.
    expect(step('click "Try again"')).toContain('     pre-filled: water moves in\n');
    expect(step('click "Try again"')).toContain('submit sends the form, pre-filled values as shown');
    expect(step('submit', 2)).toContain('You wrote: water moves in\n');
    // Or type replaces it, with \n as a line break.
    expect(step('type first')).toContain('replaced "Explain", 2 lines');
    expect(step('submit', 3)).toContain('You wrote: first\n  second\n');
    // An empty paragraph field is refused like the client would; ben's ephemeral #3 is out of ana's reach.
    expect(step('submit', 4)).toContain('✖ The field "Explain" is required');
    expect(step('click 1 on 3')).toContain(
      '✖ Message #3 is ephemeral and belongs to someone else; ana cannot see it',
    );
    expect(code).toBe(1);
  });

  it('a label missing from the latest message but on an earlier one says which number to use', async () => {
    const { transcript } = await play(
      '/define term:osmosis\nclick Answer\ntype x\nsubmit\nclick Answer\n/define\n',
    );
    expect(transcript).toContain(
      '✖ No button "Answer" on #2, the latest message with buttons; it is on #1: click Answer on 1',
    );
    expect(transcript).toContain('✖ /define needs option "term": write term:<value>');
  });

  it('an unclosed type << block is reported and fails the run', async () => {
    const { code, transcript } = await play('/define term:osmosis\nclick Answer\ntype <<\nno end');
    expect(transcript).toContain('? type << was not closed');
    expect(code).toBe(1);
  });

  it('a bare word after a command with one required option says how to write it', async () => {
    const { transcript } = await play('/define osmosis\n/define what is osmosis\n/bounded hello\n');
    expect(transcript).toContain('✖ /define has no subcommands; name the option: /define term:osmosis\n');
    expect(transcript).toContain('/define term:"what is osmosis"');
    expect(transcript).toContain('✖ /bounded has no subcommands; name the option: /bounded text:hello');
  });
});

describe('option limits, as Discord enforces them', () => {
  it('refuses a value longer than max_length, shorter than min_length, or outside min/max value; accepts the edges', async () => {
    const long = 'x'.repeat(120);
    const { transcript } = await play(
      [
        `/bounded text:${long}`,
        '/bounded text:a',
        '/bounded text:ok count:6',
        '/bounded text:ok count:0',
        '/bounded text:ok ratio:1.5',
        `/bounded text:${'y'.repeat(100)} count:5 ratio:0`,
        `complete /bounded text:${long}`,
        'complete /bounded text:a',
      ].join('\n'),
    );
    const steps = transcript.split(/^> /m).slice(1);
    expect(steps[0]).toContain('✖ /bounded option "text" allows at most 100 characters (got 120)');
    expect(steps[1]).toContain('✖ /bounded option "text" needs at least 2 characters (got 1)');
    expect(steps[2]).toContain('✖ /bounded option "count" must be at most 5 (got 6)');
    expect(steps[3]).toContain('✖ /bounded option "count" must be at least 1 (got 0)');
    expect(steps[4]).toContain('✖ /bounded option "ratio" must be at most 1 (got 1.5)');
    expect(steps[5]).toContain('text 100 count 5 ratio 0');
    expect(steps[6]).toContain('allows at most 100 characters');
    // While typing, a value under min_length is fine (autocomplete runs on partial input).
    expect(steps[7]).toContain('1. typed 1');
  });
});
