import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { postedLetter, replyOf, withRestartableBot } from './harness.js';

describe('the first press on a multiple-choice post counts, also after a restart', () => {
  it('a second press after the bot restarts is explained but not recorded', async () => {
    await withRestartableBot(async (bot) => {
      const question = bot.app.ctx.content.questions.mcq('mcq-pump-ratio');
      if (!question) throw new Error('mcq-pump-ratio missing');
      const max = bot.sandbox.user('max');
      const posted = replyOf(await max.slash('quiz', { topic: 'mcq-pump-ratio' }));
      const letterOf = (correct: boolean) =>
        postedLetter(posted, question.choices.find((c) => c.correct === correct)?.text ?? '');
      const wrong = letterOf(false);
      const right = letterOf(true);
      expect(replyOf(await max.click(posted, wrong)).embeds[0]?.title).toMatch(/^❌ Not quite/);

      await bot.restart();
      const later = replyOf(await max.click(posted, right));
      expect(later.embeds[0]?.title).toMatch(new RegExp(`^❌ Your first answer, ${wrong}, counts`));
      // Someone else's first press on the same post is still their own.
      expect(replyOf(await bot.sandbox.user('nia').click(posted, right)).embeds[0]?.title).toMatch(
        /^✅ Correct/,
      );
      await bot.stop();

      const store = openStore(bot.databasePath);
      try {
        const rows = store.db
          .prepare('SELECT user_id, answer, score FROM attempts WHERE question_id = ? ORDER BY at, rowid')
          .all('mcq-pump-ratio') as { user_id: string; answer: string; score: number }[];
        expect(rows).toHaveLength(2);
        expect(rows.map((r) => r.score)).toEqual([0, 1]);
      } finally {
        store.close();
      }
    });
  });
});
