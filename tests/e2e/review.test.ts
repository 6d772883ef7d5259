import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buttonLabels, replyOf, withRestartableBot } from './harness.js';

const DAY = 24 * 60 * 60 * 1000;
const FULL_MARKS =
  'Without the pump, ions keep leaking down their gradients and nothing pumps them back, so the gradients run down, the resting potential drifts toward 0 mV and the neuron can no longer fire action potentials.';

const root = join(import.meta.dirname, '..', '..');

describe('/review end to end', () => {
  it('serves a missed question privately, records the answer as a review, and brings back term cards after a restart', async () => {
    await withRestartableBot(async (bot) => {
      const { sandbox } = bot;
      const ana = sandbox.user('ana');

      // Nothing answered yet: nothing to go over, said privately.
      const empty = replyOf(await ana.slash('review', { mode: 'mistakes' }));
      expect(empty.ephemeral).toBe(true);
      expect(empty.content).toMatch(/No mistakes to go over/);

      const posted = replyOf(await ana.slash('quiz', { topic: 'pump-blocked', kind: 'frq' }));
      const form = (await ana.click(posted, 'Answer')).modal;
      if (!form) throw new Error('no form');
      await ana.submitModal(form, { 'part-0': 'The pump stops so the cell dies.' }, posted);

      // The miss comes back, to ana only: "you missed this" is not for the channel.
      const again = replyOf(await ana.slash('review', { mode: 'mistakes' }));
      expect(again.ephemeral).toBe(true);
      expect(again.content).toMatch(/missed something here last time/);
      expect(again.embeds[0]?.title).toMatch(/ouabain/i);
      const reviewForm = (await ana.click(again, 'Answer')).modal;
      if (!reviewForm) throw new Error('no form on the review question');
      const feedback = replyOf(await ana.submitModal(reviewForm, { 'part-0': FULL_MARKS }, again));
      expect(feedback.ephemeral).toBe(true);
      expect(feedback.embeds[0]?.title).toMatch(/^Score 4\/4/);
      // Full marks now: no mistakes left.
      expect(replyOf(await ana.slash('review', { mode: 'mistakes' })).content).toMatch(/No mistakes/);

      // The term cards behind the missed points come due; a restart keeps them.
      await sandbox.advance(DAY);
      await bot.restart();
      const card = replyOf(await ana.slash('review', {}));
      expect(card.ephemeral).toBe(true);
      expect(card.embeds[0]?.title).toMatch(/^Review: /);
      expect(buttonLabels(card)).toEqual(['I knew it', 'I forgot']);
      const rated = await ana.click(card, 'I knew it');
      expect(rated.reply?.content ?? '').toMatch(/next due/);

      // Nothing of ana's review reached the channel.
      const publicPosts = sandbox.channelMessages(ana.channelId).filter((m) => !m.ephemeral);
      expect(publicPosts.map((m) => m.content).join('\n')).not.toMatch(/missed something|Review:/);
      expect(sandbox.errors).toEqual([]);

      await bot.stop();
      const db = new Database(bot.databasePath, { readonly: true });
      const sources = db.prepare('SELECT source, score FROM attempts ORDER BY at').all();
      db.close();
      expect(sources).toEqual([
        { source: 'quiz', score: 0 },
        { source: 'review', score: 4 },
      ]);
    });
  });

  it("brings back a missed question the server imported, and grades it with that question's rubric", async () => {
    await withRestartableBot(async (bot) => {
      const { sandbox } = bot;
      const teacher = sandbox.user('ms-lee', { teacher: true });
      await teacher.slash('class', {}, { subcommand: 'setup' });
      await teacher.slash(
        'class',
        { file: join(root, 'docs/examples/class-questions.yaml') },
        { subcommand: 'import' },
      );
      const ana = sandbox.user('ana');
      const posted = replyOf(await ana.slash('quiz', { topic: 'srv.osmosis-raisin' }));
      const form = (await ana.click(posted, 'Answer')).modal;
      if (!form) throw new Error('no form');
      await ana.submitModal(form, { 'part-0': 'it gets bigger' }, posted);

      const again = replyOf(await ana.slash('review', { mode: 'mistakes' }));
      expect(again.content).toMatch(/missed something here last time/);
      expect(again.embeds[0]?.title).toMatch(/A raisin in water/);
      const reviewForm = (await ana.click(again, 'Answer')).modal;
      if (!reviewForm) throw new Error('no form on the review question');
      const feedback = replyOf(
        await ana.submitModal(
          reviewForm,
          { 'part-0': 'Water moves into the raisin by osmosis because the inside has more sugar.' },
          again,
        ),
      );
      expect(feedback.embeds[0]?.title).toMatch(/^Score 2\/2/);
      expect(sandbox.errors).toEqual([]);
    });
  });
});
