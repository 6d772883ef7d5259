import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { challengeRepo } from '../../src/challenges/index.js';
import type { SandboxMessage } from '../../src/sandbox/index.js';
import { challengeWorld, latestQuestion, letter, postsTitled, text, type World } from './helpers.js';

let world: World;
let app: App;
beforeAll(async () => {
  world = await challengeWorld(3);
  app = await world.boot();
});
afterAll(async () => {
  await world?.close();
});

function replyText(result: { reply?: SandboxMessage }): string {
  return text(result.reply);
}

/** Attempts recorded for challenges, per member id. */
function challengeAttempts(): { user_id: string; score: number }[] {
  return app.ctx.store.db
    .prepare("SELECT user_id, score FROM attempts WHERE source = 'challenge' ORDER BY at")
    .all() as { user_id: string; score: number }[];
}

describe('/challenge start: a timed round the channel plays together', () => {
  let q1: ReturnType<typeof latestQuestion>;

  it('posts the first question publicly with the time left as a Discord timestamp', async () => {
    const alice = world.sandbox.user('alice');
    const started = await alice.slash(
      'challenge',
      { questions: 3, kind: 'mcq', seconds: 30 },
      { subcommand: 'start' },
    );
    expect(replyText(started)).toContain('started a challenge: 3 MCQ questions');
    q1 = latestQuestion(app, world.sandbox);
    expect(q1.message.id).toBe(started.reply?.id);
    expect(q1.message.embeds[0]?.title).toBe('🏁 Challenge · Question 1 of 3');
    expect(q1.message.embeds[0]?.description).toMatch(/Time is up <t:\d+:R>/);
    expect(q1.message.ephemeral).toBe(false);
    expect(world.sandbox.errors).toEqual([]);
  });

  it('refuses a second round in the same channel and says where the running one is', async () => {
    const result = await world.sandbox.user('bob').slash('challenge', {}, { subcommand: 'start' });
    expect(result.reply?.ephemeral).toBe(true);
    expect(replyText(result)).toContain('already running in this channel');
    expect(replyText(result)).toContain(q1.message.id);
  });

  it('keeps answers private, counts the first press, and refuses a second one without changing the score', async () => {
    const right = letter(q1.content, true);
    const wrong = letter(q1.content, false);
    const a = await world.sandbox.user('alice').click(q1.message, right);
    expect(a.reply?.ephemeral).toBe(true);
    expect(replyText(a)).toContain('Locked in');
    expect(replyText(a)).toContain('or everyone playing has answered');
    await world.sandbox.advance(2_000);
    const b = await world.sandbox.user('bob').click(q1.message, wrong);
    expect(replyText(b)).toContain('Locked in');
    // Nothing public reveals who chose what before the reveal.
    expect(postsTitled(world.sandbox, 'the answer')).toHaveLength(0);
    const again = await world.sandbox.user('bob').click(q1.message, right);
    expect(again.reply?.ephemeral).toBe(true);
    expect(replyText(again)).toContain('first answer is the one that counts');
    const stored = app.ctx.store.repo(challengeRepo).answersTo(q1.stored.challengeId, 0);
    expect(stored.map((s) => [s.userId, s.correct])).toEqual([
      [world.sandbox.user('alice').id, true],
      [world.sandbox.user('bob').id, false],
    ]);
  });

  it('reveals when the time is up: the correct choice, how many got it, the fastest, the standings; then the next question', async () => {
    await world.sandbox.advance(28_100);
    const reveal = postsTitled(world.sandbox, 'Question 1 of 3: the answer').at(-1);
    const shown = text(reveal);
    expect(shown).toContain(`**${letter(q1.content, true)}.**`);
    expect(shown).toContain('1 of 2 answers earned full marks');
    expect(shown).toMatch(/Fastest correct: alice in 0\.0 s/);
    expect(shown).toMatch(/\*\*1\.\*\* alice: 1 pt \+ 0\.\d\d speed/);
    expect(shown).toMatch(/\*\*2\.\*\* bob: 0 pts/);
    expect(latestQuestion(app, world.sandbox).stored.index).toBe(1);
  });

  it('refuses a press on a question already revealed, showing back what was pressed', async () => {
    const late = await world.sandbox.user('carol').click(q1.message, 'A');
    expect(late.reply?.ephemeral).toBe(true);
    expect(replyText(late)).toContain('already been revealed');
    expect(replyText(late)).toContain('You sent: choice A');
    expect(app.ctx.store.repo(challengeRepo).answersTo(q1.stored.challengeId, 0)).toHaveLength(2);
  });

  it('refuses a forged custom_id (a real question id on another message, or an unknown choice)', async () => {
    const q2 = latestQuestion(app, world.sandbox);
    // A modified client can send any custom_id; simulate one by rewriting a live button's id.
    const button = q1.message.components[0]?.components?.[0] as { custom_id: string };
    button.custom_id = `challenge:pick:${q2.stored.challengeId}:1:${q2.content.kind === 'mcq' ? q2.content.choices[0]?.id : 'a'}`;
    const forged = await world.sandbox.user('mallory').click(q1.message, button.custom_id);
    expect(replyText(forged)).toContain("doesn't belong to a question of this challenge");
    const q2Button = q2.message.components[0]?.components?.[1] as { custom_id: string };
    const original = q2Button.custom_id;
    q2Button.custom_id = `${original.split(':').slice(0, 4).join(':')}:zz`;
    const badChoice = await world.sandbox.user('mallory').click(q2.message, q2Button.custom_id);
    expect(replyText(badChoice)).toContain("doesn't belong");
    q2Button.custom_id = 'challenge:pick:99999:0:a';
    const unknown = await world.sandbox.user('mallory').click(q2.message, q2Button.custom_id);
    expect(replyText(unknown)).toContain("doesn't belong");
    q2Button.custom_id = original;
    expect(app.ctx.store.repo(challengeRepo).answersTo(q2.stored.challengeId, 1)).toHaveLength(0);
  });

  it('reveals early once everyone who has played has answered', async () => {
    const q2 = latestQuestion(app, world.sandbox);
    await world.sandbox.user('alice').click(q2.message, letter(q2.content, true));
    expect(postsTitled(world.sandbox, 'Question 2 of 3: the answer')).toHaveLength(0);
    await world.sandbox.user('bob').click(q2.message, letter(q2.content, true));
    await world.sandbox.settle();
    expect(postsTitled(world.sandbox, 'Question 2 of 3: the answer')).toHaveLength(1);
    expect(latestQuestion(app, world.sandbox).stored.index).toBe(2);
  });

  it('ends with a podium and a standings chart, and every answer is recorded as an attempt', async () => {
    const q3 = latestQuestion(app, world.sandbox);
    await world.sandbox.advance(2_000);
    await world.sandbox.user('bob').click(q3.message, letter(q3.content, true));
    await world.sandbox.advance(29_000);
    const final = postsTitled(world.sandbox, 'podium').at(-1);
    const shown = text(final);
    // Both have 2 points; bob answered his last one 2 s in, alice always at once: alice first.
    expect(shown).toMatch(/🥇 alice/);
    expect(shown).toMatch(/🥈 bob/);
    expect(final?.embeds[0]?.image?.url).toBe('attachment://standings.png');
    const chart = final?.files.find((f) => f.name === 'standings.png');
    expect(chart?.contentType).toBe('image/png');
    expect(chart?.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(chart?.size).toBeGreaterThan(5_000);
    const attempts = challengeAttempts();
    expect(attempts).toHaveLength(5);
    expect(attempts.reduce((sum, a) => sum + a.score, 0)).toBe(4);
    expect(world.sandbox.errors).toEqual([]);
  });

  it('feeds the points into /leaderboard', async () => {
    const board = await world.sandbox.user('alice').slash('leaderboard', {});
    const shown = replyText(board);
    const line = (name: string) =>
      shown.split('\n').find((l) => l.includes(world.sandbox.user(name).id)) ?? '';
    expect(line('alice')).toMatch(/\*\*2\*\* pts/);
    expect(line('bob')).toMatch(/\*\*2\*\* pts/);
  });

  it('refuses a press on a message from an earlier round once a new round runs', async () => {
    await world.sandbox
      .user('bob')
      .slash('challenge', { questions: 3, kind: 'mcq', seconds: 30 }, { subcommand: 'start' });
    const stale = await world.sandbox.user('alice').click(q1.message, 'B');
    expect(replyText(stale)).toContain('That challenge is over');
  });

  it('lets only the starter or someone with Manage Messages stop a round; stopping posts the results so far', async () => {
    const refused = await world.sandbox.user('alice').slash('challenge', {}, { subcommand: 'stop' });
    expect(replyText(refused)).toContain('Only bob');
    const stopped = await world.sandbox.user('bob').slash('challenge', {}, { subcommand: 'stop' });
    expect(stopped.reply?.ephemeral).toBe(false);
    expect(replyText(stopped)).toContain('Challenge stopped');
    expect(replyText(stopped)).toContain('Stopped by bob after 1 of 3 questions');
    // Nobody answered the stopped round, so there is nothing to chart.
    expect(stopped.reply?.files).toEqual([]);
    const none = await world.sandbox.user('bob').slash('challenge', {}, { subcommand: 'stop' });
    expect(replyText(none)).toContain('No challenge is running');
  });
});
