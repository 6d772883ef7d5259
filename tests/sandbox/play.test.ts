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
        'bot:',
        '  ┌─ sodium potassium pump',
        '  │ All about sodium potassium pump.',
        '  │',
        '  │ Key point',
        '  │   The inside becomes less negative.',
        '  └─ AP Biology',
        '  [1] Exam tips   [2] Answer',
        '> click "exam tips"',
        '(message updated) bot:',
        '  Tips for sodium potassium pump',
        '> /define term:osmosis',
        'bot:',
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
        'bot (only you can see this):',
        '  You wrote: water moves in',
        '> /pick',
        'bot:',
        '  Pick a unit',
        '  ▼ Choose a unit',
        '      • Cells (unit-2)',
        '      • Signalling (unit-4)',
        '> select Signalling',
        '(message updated) bot:',
        '  You picked unit-4',
        '> as ms-lee teacher',
        'now acting as ms-lee (teacher: Manage Server)',
        '> /class assign question:nmj days:3',
        'bot:',
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

  it('given a parse error alone, the exit code is 1', async () => {
    const { code } = await play('/ping\nclick nothing-here\n');
    expect(code).toBe(1);
  });
});
