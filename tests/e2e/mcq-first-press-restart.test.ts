import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBotInSandbox } from '../../src/cli/sandbox-bot.js';
import { silentLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { openStore } from '../../src/store/index.js';
import { postedLetter, replyOf } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'mcq-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the first press on a multiple-choice post counts, also after a restart', () => {
  it('a second press after the bot restarts is explained but not recorded', async () => {
    const databasePath = join(dir, 'tutor.db');
    const sandbox = await startSandbox({ settleMs: 20 });
    try {
      let app = await startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
      const question = app.ctx.content.questions.mcq('mcq-pump-ratio');
      if (!question) throw new Error('mcq-pump-ratio missing');
      const max = sandbox.user('max');
      const posted = replyOf(await max.slash('quiz', { topic: 'mcq-pump-ratio' }));
      const letterOf = (correct: boolean) =>
        postedLetter(posted, question.choices.find((c) => c.correct === correct)?.text ?? '');
      const wrong = letterOf(false);
      const right = letterOf(true);
      expect(replyOf(await max.click(posted, wrong)).embeds[0]?.title).toMatch(/^❌ Not quite/);
      await app.stop();

      app = await startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
      await sandbox.waitForBot();
      const later = replyOf(await max.click(posted, right));
      expect(later.embeds[0]?.title).toMatch(new RegExp(`^❌ Your first answer, ${wrong}, counts`));
      // Someone else's first press on the same post is still their own.
      expect(replyOf(await sandbox.user('nia').click(posted, right)).embeds[0]?.title).toMatch(/^✅ Correct/);
      await app.stop();

      const store = openStore(databasePath);
      try {
        const rows = store.db
          .prepare('SELECT user_id, answer, score FROM attempts WHERE question_id = ? ORDER BY at, rowid')
          .all('mcq-pump-ratio') as { user_id: string; answer: string; score: number }[];
        expect(rows).toHaveLength(2);
        expect(rows.map((r) => r.score)).toEqual([0, 1]);
      } finally {
        store.close();
      }
    } finally {
      await sandbox.close();
    }
  });
});
