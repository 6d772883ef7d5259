import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { challengeRepo } from '../../src/challenges/index.js';
import { challengeWorld, latestQuestion, letter, postsTitled, type World } from './helpers.js';

/**
 * A real restart: the bot is stopped (gateway closed, timers gone, database file closed) and a new
 * app is created on the same file and the same sandbox, as after a crash or a deploy. Time moves on
 * the sandbox's clock while no bot is running.
 */
let world: World;
beforeAll(async () => {
  world = await challengeWorld(11);
});
afterAll(async () => {
  await world?.close();
});

describe('a bot restart in the middle of a round', () => {
  let app: App;

  it('resumes the current question with the time it has left', async () => {
    app = await world.boot();
    await world.sandbox
      .user('alice')
      .slash('challenge', { questions: 3, kind: 'mcq', seconds: 60 }, { subcommand: 'start' });
    const q1 = latestQuestion(app, world.sandbox);
    await world.sandbox.user('alice').click(q1.message, letter(q1.content, true));
    await app.stop();

    await world.sandbox.advance(20_000);
    app = await world.boot();
    // 40 s were left: nothing is revealed 39 s later, the reveal comes at 40 s.
    await world.sandbox.advance(39_000);
    expect(postsTitled(world.sandbox, 'Question 1 of 3: the answer')).toHaveLength(0);
    // Answers still count after the restart, and the first one is still the one that counts.
    const again = await world.sandbox.user('alice').click(q1.message, letter(q1.content, false));
    expect(again.reply?.content).toContain('first answer is the one that counts');
    await world.sandbox.user('bob').click(q1.message, letter(q1.content, true));
    await world.sandbox.advance(1_100);
    const reveal = postsTitled(world.sandbox, 'Question 1 of 3: the answer');
    expect(reveal).toHaveLength(1);
    expect(reveal[0]?.embeds[0]?.fields?.find((f) => f.name === 'How many got it')?.value).toContain(
      '2 of 2',
    );
    expect(latestQuestion(app, world.sandbox).stored.index).toBe(1);
  });

  it('reveals a question whose time passed while the bot was down, then goes on', async () => {
    const q2 = latestQuestion(app, world.sandbox);
    await world.sandbox.user('bob').click(q2.message, letter(q2.content, true));
    await app.stop();
    await world.sandbox.advance(5 * 60_000);
    expect(postsTitled(world.sandbox, 'Question 2 of 3: the answer')).toHaveLength(0);

    app = await world.boot();
    expect(postsTitled(world.sandbox, 'Question 2 of 3: the answer')).toHaveLength(1);
    const q3 = latestQuestion(app, world.sandbox);
    expect(q3.stored.index).toBe(2);
    // The next question gets its full time from when it was posted, not from before the restart.
    const now = world.sandbox.clock.now().getTime();
    expect(q3.stored.deadline).toBe((q3.stored.openedAt ?? 0) + 60_000);
    expect(q3.stored.openedAt).toBeGreaterThanOrEqual(now - 1);

    await world.sandbox.user('alice').click(q3.message, letter(q3.content, true));
    await world.sandbox.advance(60_000);
    const final = postsTitled(world.sandbox, 'podium');
    expect(final).toHaveLength(1);
    const answers = app.ctx.store.repo(challengeRepo).answers(q3.stored.challengeId);
    expect(answers).toHaveLength(4);
    expect(app.ctx.store.repo(challengeRepo).get(q3.stored.challengeId)?.status).toBe('finished');
    expect(world.sandbox.errors).toEqual([]);
  });
});
