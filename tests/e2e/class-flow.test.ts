import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { startBotInSandbox } from '../../src/cli/sandbox-bot.js';
import { parseConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/logger.js';
import { type Sandbox, type SandboxMessage, startSandbox } from '../../src/sandbox/index.js';

const MIN = 60_000;
const root = join(import.meta.dirname, '..', '..');
const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });

async function until<T>(what: string, fn: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function summaries(sandbox: Sandbox, channelId: string): SandboxMessage[] {
  return sandbox.channelMessages(channelId).filter((m) => /closed:/.test(m.embeds[0]?.title ?? ''));
}

/** A one-point plain-language question whose one example, "The raisin gets bigger.", says `expectation`. */
function raisinQuestion(id: string, expectation: string): string {
  return [
    `id: ${id}`,
    'kind: frq',
    'title: A raisin in water',
    'unit: "Unit 2: Cell Structure and Function"',
    'topics: [osmosis]',
    'prompt: A raisin is left in pure water overnight. What happens to it?',
    'modelAnswer: The raisin swells as water moves in by osmosis.',
    'points:',
    '  - id: swells',
    '    label: The raisin swells',
    '    hint: What happens to its size?',
    'examples:',
    '  - answer: The raisin gets bigger.',
    expectation,
    '',
  ].join('\n');
}

describe('class assignments end to end', () => {
  let sandbox: Sandbox;
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), 'class-flow-'));
  const databasePath = join(dir, 'tutor.db');
  const boot = () => startBotInSandbox(sandbox, { logger: silentLogger(), config, databasePath });

  beforeAll(async () => {
    sandbox = await startSandbox({ settleMs: 20 });
    app = await boot();
    await sandbox
      .user('ms-lee', { teacher: true, channel: '#bio-period-2' })
      .slash('class', {}, { subcommand: 'setup' });
  });

  afterAll(async () => {
    await app?.stop();
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on-submit feedback, attempts, and a late submission refused with the deadline and the text shown back', async () => {
    const teacher = sandbox.user('ms-lee');
    const post = (
      await teacher.slash(
        'class',
        { question: 'nmj-depolarization', due: '30m', attempts: 2 },
        { subcommand: 'assign' },
      )
    ).reply as SandboxMessage;
    expect(post.embeds[0]?.fields?.[0]?.value).toMatch(/^<t:\d+:F> \(<t:\d+:R>\)$/);
    const ana = sandbox.user('ana', { channel: '#bio-period-2' });
    const form = (await ana.click(post, 'Answer')).modal;
    if (!form) throw new Error('no form');
    const first = await ana.submitModal(form, { 'part-0': 'Sodium rushes into the muscle cell.' }, post);
    expect(first.reply?.ephemeral).toBe(true);
    expect(first.reply?.content).toMatch(/attempt 1 of 2/);
    // The feedback has no button for another try: it says where one is sent from.
    expect(first.reply?.content).toContain(
      'You have 1 more attempt: press **Answer** on the assignment again',
    );
    expect(first.reply?.embeds[0]?.title).toMatch(/^Score 1\/4/);
    // Ben opens the form in time but sends it after the deadline.
    const ben = sandbox.user('ben', { channel: '#bio-period-2' });
    const benForm = (await ben.click(post, 'Answer')).modal;
    if (!benForm) throw new Error('no form');
    await sandbox.advance(31 * MIN);
    expect(summaries(sandbox, ana.channelId)).toHaveLength(1);
    const late = await ben.submitModal(
      benForm,
      { 'part-0': 'Na+ enters, so the inside gets less negative' },
      post,
    );
    expect(late.reply?.ephemeral).toBe(true);
    expect(late.reply?.content).toMatch(/closed <t:\d+:F>, so your answer was not submitted/);
    expect(late.reply?.content).toContain('Na+ enters, so the inside gets less negative');
    expect(sandbox.errors).toEqual([]);
  });

  it("an import compiles its labels with the pack's synonym groups, as `tutor rubric explain` does", async () => {
    // "gets bigger" meets "swells" only through words.yaml's synonym group: an import that compiled
    // against lexicon.yaml alone refused this file while `rubric explain` passed it.
    const file = join(dir, 'synonyms.yaml');
    writeFileSync(file, raisinQuestion('raisin-swells', '    earns: [swells]'));
    const teacher = sandbox.user('ms-lee');
    const imported = await teacher.slash('class', { file }, { subcommand: 'import' });
    expect(imported.reply?.content).toMatch(/Added 1 question for/);
    // Removed again, so the next test starts from the pack alone.
    const list = (await teacher.slash('class', {}, { subcommand: 'questions' })).reply as SandboxMessage;
    await teacher.click(list, 'Remove raisin-swells');
    const after = await teacher.slash('class', {}, { subcommand: 'questions' });
    expect(after.reply?.content ?? '').not.toContain('raisin-swells');
  });

  it('/quiz finds an imported question by its own topic, its id as written and a word of its title', async () => {
    // Teacher set 6: "/quiz topic:natural selection" and "topic:pesticide-resistance" found nothing,
    // because /quiz searched the pack's topics only.
    const file = join(dir, 'own-topic.yaml');
    writeFileSync(
      file,
      raisinQuestion('raisin-wrinkles', '    earns: [swells]')
        .replace('topics: [osmosis]', 'topics: [plant-water-balance]')
        .replace('title: A raisin in water', 'title: A wrinkled raisin soaks overnight'),
    );
    const teacher = sandbox.user('ms-lee');
    expect((await teacher.slash('class', { file }, { subcommand: 'import' })).reply?.content).toMatch(
      /Added 1/,
    );
    const ana = sandbox.user('ana');
    for (const topic of ['plant water balance', 'raisin-wrinkles', 'wrinkled']) {
      const posted = await ana.slash('quiz', { topic });
      expect(posted.reply?.content ?? posted.reply?.embeds[0]?.title ?? '', topic).not.toMatch(
        /I have no questions/,
      );
      expect(JSON.stringify(posted.reply?.embeds ?? []), topic).toContain(
        'A wrinkled raisin soaks overnight',
      );
    }
    const offered = await ana.autocomplete('quiz', 'topic', 'plant water');
    expect(offered.map((c) => c.value)).toContain('plant-water-balance');
    const list = (await teacher.slash('class', {}, { subcommand: 'questions' })).reply as SandboxMessage;
    await teacher.click(list, 'Remove raisin-wrinkles');
    expect(sandbox.errors).toEqual([]);
  });

  it('imported questions belong to one server: others never see or get them', async () => {
    const teacher = sandbox.user('ms-lee');
    const imported = await teacher.slash(
      'class',
      { file: join(root, 'docs/examples/class-questions.yaml') },
      { subcommand: 'import' },
    );
    expect(imported.reply?.content).toMatch(/Added 2 questions for/);
    // /help counts this server's questions, its own included.
    const pack = app.ctx.content.questions.questions.length;
    const help = (await teacher.slash('help')).reply;
    expect(help?.embeds[0]?.description).toContain(`**${pack + 2} questions**`);
    const mine = await teacher.autocomplete('class', 'question', 'raisin', {}, { subcommand: 'assign' });
    expect(mine.map((c) => c.value)).toEqual(['srv.osmosis-raisin']);
    // With nothing typed: the server's own question first, then the pack by unit (Unit 2 before Unit 4).
    const all = (await teacher.autocomplete('class', 'question', '', {}, { subcommand: 'assign' })).map((c) =>
      String(c.value),
    );
    expect(all[0]).toBe('srv.osmosis-raisin');
    expect(all.indexOf('osmosis-red-blood-cell')).toBeLessThan(all.indexOf('nmj-depolarization'));
    const olga = sandbox.user('olga-admin', { teacher: true, server: 'other' });
    await olga.slash('class', {}, { subcommand: 'setup' });
    const theirs = await olga.autocomplete('class', 'question', 'raisin', {}, { subcommand: 'assign' });
    expect(theirs).toEqual([]);
    const refused = await olga.slash(
      'class',
      { question: 'srv.osmosis-raisin', due: '1h' },
      { subcommand: 'assign' },
    );
    expect(refused.reply?.content).toMatch(/There is no question "srv.osmosis-raisin" here/);
    // The same id may exist in both servers without clashing.
    const again = await olga.slash(
      'class',
      { file: join(root, 'docs/examples/class-questions.yaml') },
      { subcommand: 'import' },
    );
    expect(again.reply?.content).toMatch(/Added 2 questions for/);
    // The id as the teacher wrote it in the file ("osmosis-raisin") names the server's own question.
    const short = await olga.slash(
      'class',
      { question: 'osmosis-raisin', due: '1h' },
      { subcommand: 'assign' },
    );
    expect(JSON.stringify(short.reply)).toMatch(/A raisin in water/);
    expect(JSON.stringify(short.reply)).not.toMatch(/There is no question/);
    const db = new Database(databasePath, { readonly: true });
    const rows = db
      .prepare('SELECT guild_id, question_id FROM guild_questions ORDER BY guild_id, question_id')
      .all();
    db.close();
    expect(rows).toHaveLength(4);
    expect(sandbox.errors).toEqual([]);
  });

  it('a deadline that passes while the bot is down is closed at start-up with its summary; timers re-arm', async () => {
    const teacher = sandbox.user('ms-lee');
    const channel = teacher.channelId;
    const post = (
      await teacher.slash(
        'class',
        { question: 'srv.osmosis-raisin', due: '10m', reveal: 'after-due' },
        { subcommand: 'assign' },
      )
    ).reply as SandboxMessage;
    const later = (
      await teacher.slash('class', { question: 'nmj-depolarization', due: '3h' }, { subcommand: 'assign' })
    ).reply as SandboxMessage;
    const cy = sandbox.user('cy', { channel: '#bio-period-2' });
    const form = (await cy.click(post, 'Answer')).modal;
    if (!form) throw new Error('no form');
    const receipt = await cy.submitModal(form, { 'part-0': 'Water moves into the raisin by osmosis.' }, post);
    expect(receipt.reply?.content).toMatch(/Received your answer/);
    const before = summaries(sandbox, channel).length;

    await app.stop();
    await sandbox.advance(11 * MIN); // the bot is down: nothing can fire
    expect(summaries(sandbox, channel)).toHaveLength(before);
    app = await boot();
    const summary = await until('the start-up summary', () => summaries(sandbox, channel)[before]);
    expect(summary.embeds[0]?.title).toMatch(/A raisin in water/);
    expect(JSON.stringify(summary.embeds)).not.toMatch(/\bcy\b/);
    const feedback = await cy.click(summary, 'My feedback');
    expect(feedback.reply?.embeds[0]?.title).toMatch(/^Score 2\/2/);
    // Graded work: no practice buttons, and the footer does not offer them.
    expect(feedback.reply?.components ?? []).toEqual([]);
    expect(feedback.reply?.embeds[0]?.footer?.text).toBe('2 of 2 rubric points');
    // The 3-hour assignment was re-armed from the store, not closed early.
    expect(summaries(sandbox, channel)).toHaveLength(before + 1);
    await sandbox.advance(3 * 60 * MIN);
    await until('the re-armed deadline', () =>
      summaries(sandbox, channel).length === before + 2 ? true : undefined,
    );
    expect(later.components[0]?.components[0]).toMatchObject({ disabled: true });
    expect(sandbox.errors).toEqual([]);
  });

  it('the daily question posts once per local day, and a restart never posts it twice', async () => {
    const teacher = sandbox.user('ms-lee');
    const channel = teacher.channelId;
    const daily = () =>
      sandbox.channelMessages(channel).filter((m) => m.content.startsWith('🗓️ **Question of the day**'));
    const now = sandbox.clock.now();
    const at = new Date(now.getTime() + 2 * MIN);
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    const set = await teacher.slash(
      'class',
      { time, timezone: 'Mars/Olympus' },
      { subcommandGroup: 'schedule', subcommand: 'daily' },
    );
    expect(set.reply?.content).toMatch(/America\/New_York/);
    await teacher.slash(
      'class',
      { time, timezone: 'UTC' },
      { subcommandGroup: 'schedule', subcommand: 'daily' },
    );
    await sandbox.advance(3 * MIN);
    expect(daily()).toHaveLength(1);
    await app.stop();
    app = await boot();
    await sandbox.advance(60 * MIN);
    expect(daily()).toHaveLength(1);
    await sandbox.advance(24 * 60 * MIN);
    expect(daily()).toHaveLength(2);
    const db = new Database(databasePath, { readonly: true });
    const runs = db.prepare('SELECT count(*) AS n FROM daily_runs').get() as { n: number };
    db.close();
    expect(runs.n).toBe(2);
  });
});

describe("the daily question and the class's assignments", () => {
  let sandbox: Sandbox;
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), 'class-daily-'));

  beforeAll(async () => {
    sandbox = await startSandbox({ settleMs: 20 });
    // Always the last candidate, which is the assigned question: without the rule, the daily repeats it.
    app = await startBotInSandbox(sandbox, {
      logger: silentLogger(),
      config,
      databasePath: join(dir, 'tutor.db'),
      random: () => 0.999,
    });
  });

  afterAll(async () => {
    await app?.stop();
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not post as the daily question what the class was assigned this week', async () => {
    const teacher = sandbox.user('ms-ortiz', { teacher: true, channel: '#bio-period-1' });
    await teacher.slash('class', {}, { subcommand: 'setup' });
    await teacher.slash('class', { question: 'osmosis-red-blood-cell', due: '2d' }, { subcommand: 'assign' });
    const at = new Date(sandbox.clock.now().getTime() + 2 * MIN);
    const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
    await teacher.slash(
      'class',
      { time, timezone: 'UTC', topic: 'osmosis' },
      { subcommandGroup: 'schedule', subcommand: 'daily' },
    );
    await sandbox.advance(3 * MIN);
    const daily = sandbox
      .channelMessages(teacher.channelId)
      .filter((m) => m.content.startsWith('🗓️ **Question of the day**'));
    expect(daily).toHaveLength(1);
    expect(daily[0]?.embeds[0]?.title).not.toMatch(/red blood cell/i);
    expect(daily[0]?.embeds[0]?.title).toBeTruthy();
    expect(sandbox.errors).toEqual([]);
  });

  it('an assignment nobody answered closes saying so, with no figures and no feedback button', async () => {
    const teacher = sandbox.user('ms-ortiz');
    await teacher.slash('class', { question: 'pump-blocked', due: '5m' }, { subcommand: 'assign' });
    const live = (await teacher.slash('class', {}, { subcommand: 'results' })).reply;
    expect(live?.embeds[0]?.fields).toEqual([{ name: 'Submissions', value: 'No answers yet.' }]);
    expect(live?.files ?? []).toEqual([]);
    await sandbox.advance(6 * MIN);
    const closed = summaries(sandbox, teacher.channelId).at(-1);
    expect(closed?.embeds[0]?.description).toMatch(/Nobody submitted an answer/);
    expect(closed?.embeds[0]?.fields).toEqual([{ name: 'Submissions', value: 'No answers yet.' }]);
    expect(closed?.components ?? []).toEqual([]);
    expect(sandbox.errors).toEqual([]);
  });
});

describe('an imported question whose example a grader update no longer agrees with', () => {
  let sandbox: Sandbox;
  let app: App;
  const dir = mkdtempSync(join(tmpdir(), 'class-stale-'));
  const databasePath = join(dir, 'tutor.db');

  beforeAll(async () => {
    sandbox = await startSandbox({ settleMs: 20 });
    app = await startBotInSandbox(sandbox, { logger: silentLogger(), config, databasePath });
  });

  afterAll(async () => {
    await app?.stop();
    await sandbox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is still served and gradable, and /class questions tells its teacher which example', async () => {
    const teacher = sandbox.user('ms-park', { teacher: true, channel: '#bio-period-1' });
    await teacher.slash('class', {}, { subcommand: 'setup' });
    // Stored as if imported under an older grader: its example says "gets bigger" misses the point,
    // which the grader now credits ("gets bigger" is in the synonym group of "swells").
    const yaml = raisinQuestion('raisin-old', '    misses: [swells]');
    // And one that no longer compiles at all (a concept the lexicon has since lost).
    const gone = raisinQuestion('raisin-gone', '    earns: [swells]').replace(
      '    hint: What happens to its size?',
      '    hint: What happens to its size?\n    accept: ["@no-such-concept"]',
    );
    const db = new Database(databasePath);
    const insert = db.prepare(
      'INSERT INTO guild_questions (guild_id, question_id, yaml, added_by, added_at) VALUES (?, ?, ?, ?, ?)',
    );
    insert.run(teacher.guildId, 'raisin-old', yaml, teacher.id, Date.now());
    insert.run(teacher.guildId, 'raisin-gone', gone, teacher.id, Date.now());
    db.close();
    const list = (await teacher.slash('class', {}, { subcommand: 'questions' })).reply;
    expect(list?.content).toContain('`srv.raisin-old` A raisin in water');
    expect(list?.content).toMatch(
      /⚠️ Since a grader update, one of its examples no longer agrees: line \d+: example 1/,
    );
    expect(list?.content).toMatch(
      /`srv.raisin-gone`[^\n]*\n {2}⛔ No longer loads with this version of the grader[^\n]*no-such-concept/,
    );
    const post = (
      await teacher.slash('class', { question: 'srv.raisin-old', due: '30m' }, { subcommand: 'assign' })
    ).reply as SandboxMessage;
    const ana = sandbox.user('ana', { channel: '#bio-period-1' });
    const form = (await ana.click(post, 'Answer')).modal;
    if (!form) throw new Error('no form');
    const sent = await ana.submitModal(form, { 'part-0': 'The raisin swells up with water.' }, post);
    expect(sent.reply?.embeds[0]?.title).toMatch(/^Score 1\/1/);
    expect(sandbox.errors).toEqual([]);
  });
});
