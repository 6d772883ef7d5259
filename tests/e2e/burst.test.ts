import type { APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootBot, type Harness, replyOf } from './harness.js';

/**
 * A class pressing Submit together: every answer is queued at once. Before, those that waited behind the others
 * past Discord's 3 seconds got "The application did not respond"; now the bot defers those and edits in the
 * feedback. Counts only: how many were lost, never how long it took.
 */
const STUDENTS = 400;
const ANSWER =
  'ACh binds to receptors, ligand-gated channels open, sodium rushes in and the muscle membrane depolarizes';

let h: Harness;
beforeAll(async () => {
  h = await bootBot();
});
afterAll(async () => {
  await h?.close();
});

describe('a burst of submits', () => {
  it(`${STUDENTS} answers submitted at once: none lost, each gets its graded feedback`, async () => {
    const teacher = h.sandbox.user('teacher');
    const question = replyOf(await teacher.slash('quiz', { topic: 'nmj-depolarization', kind: 'frq' }));
    const opened = await teacher.click(question, 'Answer');
    const modal = opened.modal as APIModalInteractionResponseCallbackData;
    const students = Array.from({ length: STUDENTS }, (_, i) => h.sandbox.user(`student-${i}`));
    const results = await Promise.all(
      students.map((s) => s.submitModal(modal, { 'part-0': ANSWER }, question)),
    );
    const lost = results.filter((r) => r.failed !== undefined || !r.reply?.embeds[0]);
    const deferred = results.filter((r) => r.callbackType === 5).length;
    console.log(
      `burst: ${lost.length} lost, ${deferred} deferred of ${STUDENTS}`,
      results.filter((r) => r.failed).length,
      h.sandbox.errors.slice(0, 3),
      h.sandbox.errors.length,
    );
    expect(lost.length).toBe(0);
    expect(h.sandbox.errors).toEqual([]);
  }, 120_000);
});
