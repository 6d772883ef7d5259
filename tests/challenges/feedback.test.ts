import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import {
  challengeWorld,
  latestQuestion,
  modelAnswerValues,
  postsTitled,
  text,
  type World,
} from './helpers.js';

let world: World;
let app: App;
beforeAll(async () => {
  world = await challengeWorld(5);
  app = await world.boot();
});
afterAll(async () => {
  await world?.close();
});

describe('My feedback on a revealed written question', () => {
  it('shows each player their own answer graded point by point, privately, and only after the reveal', async () => {
    const alice = world.sandbox.user('alice');
    await alice.slash('challenge', { questions: 3, kind: 'frq', seconds: 60 }, { subcommand: 'start' });
    const q1 = latestQuestion(app, world.sandbox);
    expect(q1.content.kind).toBe('frq');
    const answer = async (name: string, values: Record<string, string>) => {
      const form = await world.sandbox.user(name).click(q1.message, 'Answer');
      return world.sandbox.user(name).submitModal(form.modal as never, values, q1.message);
    };
    await answer('alice', modelAnswerValues(app, q1.content.id));
    await answer('bob', { 'part-0': 'I think the cell just changes somehow.' });
    // Nothing is revealed yet, and the question post offers no feedback.
    expect(postsTitled(world.sandbox, 'the answer')).toHaveLength(0);
    await world.sandbox.advance(61_000);

    const reveal = postsTitled(world.sandbox, 'Question 1 of 3: the answer').at(-1);
    if (!reveal) throw new Error('no reveal');
    const mine = await alice.click(reveal, 'My feedback');
    expect(mine.reply?.ephemeral).toBe(true);
    expect(mine.reply?.content).toContain('Your answer to question 1, point by point');
    const embed = mine.reply?.embeds[0];
    expect(embed?.title).toMatch(/^Score (\d+)\/\1 · /);
    // Graded work in a game: no Try again or model-answer buttons, and the footer offers none.
    expect(mine.reply?.components ?? []).toEqual([]);
    expect(embed?.footer?.text).not.toContain('Try again');

    const bobs = await world.sandbox.user('bob').click(reveal, 'My feedback');
    expect(bobs.reply?.ephemeral).toBe(true);
    expect(bobs.reply?.embeds[0]?.title).toMatch(/^Score 0\//);
    const fields = bobs.reply?.embeds[0]?.fields ?? [];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.some((f) => f.name.startsWith('✅'))).toBe(false);
    expect(text(bobs.reply)).toContain('I think the cell just changes somehow.');

    const carol = await world.sandbox.user('carol').click(reveal, 'My feedback');
    expect(carol.reply?.ephemeral).toBe(true);
    expect(carol.reply?.content).toContain("You didn't answer this question");

    // A forged press for the question still open shows nothing of its rubric.
    const q2 = latestQuestion(app, world.sandbox);
    const button = reveal.components[0]?.components?.[0] as { custom_id: string };
    const original = button.custom_id;
    button.custom_id = `challenge:feedback:${q2.stored.challengeId}:${q2.stored.index}`;
    const early = await alice.click(reveal, button.custom_id);
    expect(early.reply?.content).toBe('Feedback opens when the answer is revealed.');
    button.custom_id = original;
    expect(world.sandbox.errors).toEqual([]);
  });
});
