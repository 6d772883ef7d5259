import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { McqQuestion } from '../../src/content/question-schema.js';
import type { SandboxMessage } from '../../src/sandbox/index.js';
import { bootBot, buttonIds, buttonLabels, type Harness, postedLetter, replyOf } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await bootBot();
});
afterAll(async () => {
  await h?.close();
});

function mcq(id: string): McqQuestion {
  const found = h.app.ctx.content.questions.mcq(id);
  if (!found) throw new Error(`${id} missing`);
  return found;
}

const topicOf = (message: SandboxMessage) => buttonIds(message)[0]?.split(':')[3];

describe('/quiz topic uses the same search as /define', () => {
  it.each([
    ['osmossis', 'osmosis'],
    ['Na+/K+ pump', 'sodium-potassium-pump'],
    ['depolarisation', 'depolarization'],
    ['resting potental', 'resting-potential'],
  ])('topic:%s asks about %s', async (typed, key) => {
    const posted = replyOf(await h.sandbox.user('tess').slash('quiz', { topic: typed }));
    expect(posted.ephemeral).toBe(false);
    expect(topicOf(posted)).toBe(key);
  });

  it('autocomplete for "depolarisation" and "Na+/K+" offers the right topics first', async () => {
    const user = h.sandbox.user('tess');
    expect((await user.autocomplete('quiz', 'topic', 'depolarisation'))[0]?.value).toBe('depolarization');
    expect((await user.autocomplete('quiz', 'topic', 'Na+/K+'))[0]?.value).toBe('sodium-potassium-pump');
    expect((await user.autocomplete('quiz', 'topic', 'osmossis'))[0]?.value).toBe('osmosis');
  });
});

describe('/quiz multiple choice: the first press counts', () => {
  it('pressing a wrong letter and then the right one keeps the first result and says so', async () => {
    const q = mcq('mcq-pump-ratio');
    const user = h.sandbox.user('max');
    const posted = replyOf(await user.slash('quiz', { topic: 'mcq-pump-ratio' }));
    const right = postedLetter(posted, q.choices.find((c) => c.correct)?.text ?? '');
    const wrong = postedLetter(posted, q.choices.find((c) => !c.correct)?.text ?? '');
    const first = replyOf(await user.click(posted, wrong));
    expect(first.embeds[0]?.title).toMatch(/^❌ Not quite/);
    expect(first.embeds[0]?.description).toContain('Your first answer is the one that counts');
    const later = replyOf(await user.click(posted, right));
    expect(later.embeds[0]?.title).toMatch(new RegExp(`^❌ Your first answer, ${wrong}, counts`));
    expect(later.embeds[0]?.description).toContain(
      `this one does not change your result. Here is why ${right} is right.`,
    );
    expect(later.embeds[0]?.title).not.toContain('✅');
    // Someone else's first press on the same post is their own.
    const other = replyOf(await h.sandbox.user('nia').click(posted, right));
    expect(other.embeds[0]?.title).toMatch(/^✅ Correct/);
  });

  it('shuffles the choices per post, and the letters in feedback are the posted ones', async () => {
    const q = mcq('mcq-pump-ratio');
    const correctText = q.choices.find((c) => c.correct)?.text ?? '';
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const user = h.sandbox.user(`shuffler-${i}`);
      const posted = replyOf(await user.slash('quiz', { topic: 'mcq-pump-ratio' }));
      orders.add(posted.embeds[0]?.description ?? '');
      if (i < 3) {
        const letter = postedLetter(posted, correctText);
        const feedback = replyOf(await user.click(posted, letter));
        expect(feedback.embeds[0]?.title).toMatch(/^✅ Correct/);
        expect(feedback.embeds[0]?.fields?.[0]?.name).toBe(`You chose ${letter}`);
      }
    }
    // 12 posts of a 4-choice item: the chance all come out in one order is 24^-11.
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('score wording on a "describe any N" rubric, through the sandbox', () => {
  it('the title, footer and hint count the same way', async () => {
    const user = h.sandbox.user('pat');
    const posted = replyOf(await user.slash('quiz', { topic: 'asap-sas-5' }));
    const form = await user.click(posted, 'Answer');
    if (!form.modal) throw new Error('no form');
    const text = 'The mRNA exits the nucleus through a nuclear pore.';
    const feedback = replyOf(await user.submitModal(form.modal, { 'part-0': text }, posted));
    const embed = feedback.embeds[0];
    expect(embed?.title).toMatch(/^Score 1\/3 /);
    expect(embed?.footer?.text).toContain(
      '1 of 8 key points described (any combination counts: 1 described → 1/3',
    );
    expect(embed?.fields?.find((f) => f.name.startsWith('➕'))?.value).toMatch(
      /^Describe 2 more of these .* to reach 2\/3\./,
    );
  });
});

describe("a student's own practice stays private", () => {
  it('Next question from private feedback is private, with a button to post it in the channel', async () => {
    const user = h.sandbox.user('ola');
    const posted = replyOf(await user.slash('quiz', { kind: 'mcq' }));
    const feedback = replyOf(await user.click(posted, 'A'));
    const next = replyOf(await user.click(feedback, 'Next question'));
    expect(next.ephemeral).toBe(true);
    expect(buttonLabels(next).at(-1)).toBe('Post in channel');
    const before = h.sandbox.channelMessages().length;
    const shared = replyOf(await user.click(next, 'Post in channel'));
    expect(shared.ephemeral).toBe(false);
    expect(shared.embeds[0]?.description?.split('\n')[0]).toBe(next.embeds[0]?.description?.split('\n')[0]);
    expect(buttonLabels(shared)).not.toContain('Post in channel');
    expect(h.sandbox.channelMessages().length).toBe(before + 1);
  });

  it('/ping answers only the member who asked', async () => {
    const reply = replyOf(await h.sandbox.user('ola').slash('ping'));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('Pong!');
  });

  it('the bot broke no protocol rule during the run', () => {
    expect(h.sandbox.errors).toEqual([]);
  });
});
