import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxMessage, SandboxUser } from '../../src/sandbox/index.js';
import { memberColumns } from '../../src/study/privacy.js';
import { bootBot, buttonIds, type Harness, replyOf } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await bootBot();
});
afterAll(async () => {
  await h?.close();
});

const GOOD = 'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative';
const REVERSED = 'sodium leaves and the cell becomes more negative';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function answerFrq(user: SandboxUser, text: string): Promise<SandboxMessage> {
  const question = replyOf(await user.slash('quiz', { topic: 'nmj-depolarization', kind: 'frq' }));
  const opened = await user.click(question, 'Answer');
  if (!opened.modal) throw new Error('no form');
  return replyOf(await user.submitModal(opened.modal, { 'part-0': text }, question));
}

async function answerMcq(user: SandboxUser, questionId: string, correct: boolean) {
  const question = replyOf(await user.slash('quiz', { topic: questionId }));
  const mcq = h.app.ctx.content.questions.mcq(questionId);
  if (!mcq) throw new Error(`no MCQ ${questionId}`);
  // Choices are shuffled per post: press the button whose custom_id names the wanted choice.
  const choice = mcq.choices.find((c) => c.correct === correct);
  const button = buttonIds(question).find((id) => id.split(':')[5] === choice?.id);
  if (!button) throw new Error(`no button for choice ${choice?.id}`);
  return replyOf(await user.click(question, button));
}

const rowsNaming = (userId: string) =>
  memberColumns(h.app.ctx.store.db).flatMap(({ table, column }) => {
    const n = (
      h.app.ctx.store.db
        .prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`)
        .get(userId) as {
        n: number;
      }
    ).n;
    return n > 0 ? [`${table}.${column}: ${n}`] : [];
  });

describe('progress, leaderboard and privacy through the sandbox', () => {
  it('alice answers three questions and views two cards; bob answers two; /progress shows the right figures and a PNG chart', async () => {
    const alice = h.sandbox.user('alice');
    const bob = h.sandbox.user('bob');
    await answerFrq(alice, GOOD); // 3 of 4
    await answerMcq(alice, 'mcq-pump-energy', true); // 1 of 1
    await answerMcq(alice, 'mcq-hyperpolarization', false); // 0 of 1
    await alice.slash('define', { term: 'osmosis' });
    await alice.slash('define', { term: 'action-potential' });
    await answerFrq(bob, REVERSED); // 0 of 4
    await answerMcq(bob, 'mcq-pump-energy', true); // 1 of 1

    // The bot runs on the sandbox's clock, so tests (and `advance`) move the bot's time.
    expect(h.app.ctx.clock).toBe(h.sandbox.clock);
    const result = await alice.slash('progress');
    const reply = replyOf(result);
    expect(reply.ephemeral).toBe(true);
    const text = reply.embeds[0]?.description ?? '';
    expect(text).toContain('**3** attempts');
    expect(text).toContain('accuracy **67%**'); // 4 of 6 rubric points
    expect(text).toContain('full marks **1**');
    expect(text).toContain('cards viewed **2**');
    expect(text).toMatch(/Streak \*\*1\*\* day/);
    const chart = reply.files[0];
    expect(chart?.name).toBe('progress.png');
    expect(chart?.bytes.subarray(0, 8).equals(PNG)).toBe(true);
    expect(chart?.size).toBeGreaterThan(10_000);
    expect(reply.embeds[0]?.image?.url).toBe('attachment://progress.png');
    // Recent attempts name each question by its title, as the student saw it.
    const recent = reply.embeds[0]?.fields?.find((f) => f.name === 'Recent attempts')?.value ?? '';
    expect(recent).toContain('1/1 · What powers the pump · quiz');

    const bobs = replyOf(await bob.slash('progress')).embeds[0]?.description ?? '';
    expect(bobs).toContain('**2** attempts');
    expect(bobs).toContain('accuracy **20%**'); // 1 of 5
    expect(h.sandbox.errors).toEqual([]);
  });

  it("another member's progress is refused while private and shown once they make it public", async () => {
    const alice = h.sandbox.user('alice');
    const bob = h.sandbox.user('bob');
    const refused = replyOf(await bob.slash('progress', { member: alice.id }));
    expect(refused.content).toMatch(/private.*\/privacy settings progress:public/);
    await alice.slash('privacy', { progress: 'public' }, { subcommand: 'settings' });
    const shown = replyOf(await bob.slash('progress', { member: alice.id }));
    expect(shown.embeds[0]?.title).toBe('Progress of alice');
  });

  it('share:true posts it in the channel under the member\'s name, not as "Your progress"', async () => {
    const shared = replyOf(await h.sandbox.user('alice').slash('progress', { share: true }));
    expect(shared.ephemeral).toBeFalsy();
    expect(shared.embeds[0]?.title).toBe('Progress of alice');
  });

  it('/leaderboard ranks alice above bob; opting out removes a member', async () => {
    const alice = h.sandbox.user('alice');
    const board = replyOf(await alice.slash('leaderboard', { period: 'all' }));
    const lines = (board.embeds[0]?.description ?? '').split('\n');
    expect(lines[0]).toContain(`<@${alice.id}> — **4** pts`);
    expect(lines[1]).toContain(`<@${h.sandbox.user('bob').id}> — **1** pt ·`);
    await h.sandbox.user('bob').slash('privacy', { leaderboard: 'off' }, { subcommand: 'settings' });
    const after = replyOf(await alice.slash('leaderboard', { period: 'all' }));
    expect(after.embeds[0]?.description).not.toContain(h.sandbox.user('bob').id);
    await h.sandbox.user('bob').slash('privacy', { leaderboard: 'on' }, { subcommand: 'settings' });
  });

  it('/privacy export sends alice a JSON file with her three attempts in the documented shape', async () => {
    const alice = h.sandbox.user('alice');
    const reply = replyOf(await alice.slash('privacy', {}, { subcommand: 'export' }));
    expect(reply.ephemeral).toBe(true);
    const file = reply.files[0];
    expect(file?.name).toBe('my-data.json');
    const data = JSON.parse(file?.bytes.toString('utf8') ?? '{}');
    expect(data.member).toBe(alice.id);
    expect(data.attempts).toHaveLength(3);
    const frq = data.attempts.find((a: { question: string }) => a.question === 'nmj-depolarization');
    expect(frq).toMatchObject({ score: 3, max: 4, answer: GOOD, misconceptions: [] });
    expect(frq.points).toHaveLength(3);
    expect(new Date(frq.at).toISOString()).toBe(frq.at);
    expect(Array.isArray(data.reviews)).toBe(true);
    expect(data.reviews.length).toBeGreaterThan(0);
    expect(data.streak).toMatchObject({ current: 1, best: 1 });
    expect(data.term_views).toHaveLength(2);
  });

  it('/privacy delete asks first, and Delete my data leaves no row naming bob in any table', async () => {
    const bob = h.sandbox.user('bob');
    expect(rowsNaming(bob.id).length).toBeGreaterThan(0);
    const ask = replyOf(await bob.slash('privacy', {}, { subcommand: 'delete' }));
    expect(ask.ephemeral).toBe(true);
    expect(rowsNaming(bob.id).length).toBeGreaterThan(0);
    const done = await bob.click(ask, 'Delete my data');
    expect(replyOf(done).content).toMatch(/^Done: \d+ records about you were deleted/);
    expect(rowsNaming(bob.id)).toEqual([]);
    // Every table, every column: nothing anywhere still holds bob's id.
    const db = h.app.ctx.store.db;
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all();
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      for (const row of rows) expect(Object.values(row), `${name}`).not.toContain(bob.id);
    }
    // Alice is untouched.
    expect(rowsNaming(h.sandbox.user('alice').id).length).toBeGreaterThan(0);
  });
});
