import type { APIModalInteractionResponseCallbackData, APITextInputComponent } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrqQuestion } from '../../src/content/question-schema.js';
import type { SandboxMessage, SandboxUser } from '../../src/sandbox/index.js';
import { bootBot, buttonIds, buttonLabels, type Harness, replyOf } from './harness.js';

let h: Harness;
let nmj: FrqQuestion;
beforeAll(async () => {
  h = await bootBot();
  const found = h.app.ctx.content.questions.frq('nmj-depolarization');
  if (!found) throw new Error('nmj-depolarization is missing from the question bank');
  nmj = found.question;
});
afterAll(async () => {
  await h?.close();
});

const GOOD = 'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative';
const REVERSED = 'sodium leaves and the cell becomes more negative';

function labelOf(pointId: string): string {
  const point = nmj.parts.flatMap((p) => p.points).find((p) => p.id === pointId);
  if (!point) throw new Error(`no point ${pointId}`);
  return point.label;
}

/** The embed field for a rubric point or misconception whose name contains `label`. */
function field(message: SandboxMessage, label: string) {
  const found = message.embeds[0]?.fields?.find((f) => f.name.includes(label));
  if (!found) throw new Error(`no field "${label}" in ${JSON.stringify(message.embeds[0]?.fields)}`);
  return found;
}

function modalOf(result: { modal?: APIModalInteractionResponseCallbackData }) {
  if (!result.modal) throw new Error('no modal opened');
  return result.modal;
}

function inputsOf(modal: APIModalInteractionResponseCallbackData): APITextInputComponent[] {
  return modal.components.map(
    (row) => (row as { components: APITextInputComponent[] }).components[0] as APITextInputComponent,
  );
}

/** `/quiz topic:nmj-depolarization kind:frq`, then Answer: the posted question and the open form. */
async function openNmj(user: SandboxUser) {
  const question = replyOf(await user.slash('quiz', { topic: 'nmj-depolarization', kind: 'frq' }));
  const modal = modalOf(await user.click(question, 'Answer'));
  return { question, modal };
}

async function answerNmj(user: SandboxUser, text: string): Promise<SandboxMessage> {
  const { question, modal } = await openNmj(user);
  return replyOf(await user.submitModal(modal, { 'part-0': text }, question));
}

describe('/quiz free response', () => {
  it('posts the prompt publicly with the points available and an Answer button that opens a form', async () => {
    const user = h.sandbox.user('ana');
    const { question, modal } = await openNmj(user);
    expect(question.ephemeral).toBe(false);
    expect(question.embeds[0]?.description).toContain('acetylcholine');
    expect(question.embeds[0]?.footer?.text).toMatch(/\d+ points available/);
    expect(buttonLabels(question)).toEqual(['Answer']);
    expect(inputsOf(modal).map((i) => i.custom_id)).toEqual(['part-0']);
  });

  it('given the model-style answer, cause and effect are earned and quote the student’s words', async () => {
    const feedback = await answerNmj(h.sandbox.user('ana'), GOOD);
    expect(feedback.ephemeral).toBe(true);
    expect(feedback.allowedMentions?.parse).toEqual([]);
    const cause = field(feedback, labelOf('cause'));
    const effect = field(feedback, labelOf('effect'));
    expect(cause.name).toMatch(/^✅/);
    expect(cause.value).toContain('“sodium rushes in”');
    expect(effect.name).toMatch(/^✅/);
    expect(effect.value).toMatch(/You wrote: “[^”]*less negative”/);
    expect(feedback.embeds[0]?.title).toMatch(/^Score [1-9]\d*\/\d+/);
    expect(buttonLabels(feedback)).toEqual(['Try again', 'Model answer', 'Next question']);
  });

  it('given the reversed answer, neither is earned, hints are shown and the misconception is named', async () => {
    const feedback = await answerNmj(h.sandbox.user('ben'), REVERSED);
    const cause = field(feedback, labelOf('cause'));
    const effect = field(feedback, labelOf('effect'));
    expect(cause.name).toMatch(/^❌/);
    expect(cause.value).toMatch(/^💡 /);
    expect(effect.name).toMatch(/^❌/);
    const misconception = field(feedback, 'Misconception: Na⁺ leaves');
    expect(misconception.value).toContain('“sodium leaves”');
    expect(feedback.embeds[0]?.title).toMatch(/^Score 0\//);
  });

  it('given an answer partly in Spanish, it says English is read best and grades the English and the Spanish key words', async () => {
    const feedback = await answerNmj(
      h.sandbox.user('dee'),
      'ACh binds and sodium rushes in, entonces el interior es menos negativo porque entra el sodio',
    );
    const notice = field(feedback, 'I mainly read English');
    expect(notice.value).toMatch(/another language/);
    expect(feedback.embeds[0]?.fields?.[0]?.name).toContain('English');
    expect(field(feedback, labelOf('cause')).name).toMatch(/^✅/);
    // "el interior es menos negativo": the Spanish key words carry the effect.
    expect(field(feedback, labelOf('effect')).name).toMatch(/^✅/);
    // An English answer gets no such notice.
    const english = await answerNmj(h.sandbox.user('dee'), GOOD);
    expect(JSON.stringify(english.embeds)).not.toContain('mainly read English');
  });

  it('given a whitespace-only answer, it says so kindly and grades nothing', async () => {
    const reply = await answerNmj(h.sandbox.user('cy'), '   \n   ');
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]?.title).toBe('Not graded yet');
    expect(reply.embeds[0]?.description).toMatch(/empty/);
    expect(JSON.stringify(reply.embeds)).not.toMatch(/Score|✅|❌/);
    expect(buttonLabels(reply)).toEqual(['Try again']);
  });

  it('given an empty answer, the form will not even send: the field is required', async () => {
    const user = h.sandbox.user('cy');
    const { question, modal } = await openNmj(user);
    await expect(user.submitModal(modal, { 'part-0': '' }, question)).rejects.toThrow(/required/);
  });

  it('given only emoji, nothing is graded, the text comes back to copy, and Try again refills the form', async () => {
    const user = h.sandbox.user('dee');
    const emoji = '🧪⚡🧪 ?!';
    const reply = await answerNmj(user, emoji);
    expect(reply.embeds[0]?.title).toBe('Not graded yet');
    expect(reply.embeds[0]?.description).toContain(`\`\`\`\n${emoji}\n\`\`\``);
    const again = modalOf(await user.click(reply, 'Try again'));
    expect(inputsOf(again)[0]?.value).toBe(emoji);
  });

  it('given an answer with @everyone and a user mention, the feedback pings nobody and shows them defused', async () => {
    const feedback = await answerNmj(
      h.sandbox.user('eve'),
      '@everyone sodium rushes in <@123456789012345678> and the inside becomes less negative @here',
    );
    expect(feedback.allowedMentions?.parse).toEqual([]);
    const shown = JSON.stringify({ content: feedback.content, embeds: feedback.embeds });
    expect(shown).not.toMatch(/@everyone|@here|<@\d/);
    expect(shown).toContain('@\u200beveryone');
  });

  it('anyone in the channel can answer a posted question, and only they see their feedback', async () => {
    const poster = h.sandbox.user('max');
    const { question } = await openNmj(poster);
    const other = h.sandbox.user('noa');
    const modal = modalOf(await other.click(question, 'Answer'));
    const feedback = replyOf(await other.submitModal(modal, { 'part-0': GOOD }, question));
    expect(feedback.ephemeral).toBe(true);
    await expect(poster.click(feedback, 'Try again')).rejects.toThrow(/belongs to someone else/);
  });

  it('Try again reopens the form for the same question with the last answer in it, and grades the new one', async () => {
    const user = h.sandbox.user('fay');
    const first = await answerNmj(user, REVERSED);
    const modal = modalOf(await user.click(first, 'Try again'));
    expect(modal.custom_id).toContain(':nmj-depolarization:');
    expect(inputsOf(modal)[0]?.value).toBe(REVERSED);
    const second = replyOf(await user.submitModal(modal, { 'part-0': GOOD }, first));
    expect(field(second, labelOf('cause')).name).toMatch(/^✅/);
  });

  it('Model answer shows the model answer privately', async () => {
    const user = h.sandbox.user('gus');
    const feedback = await answerNmj(user, GOOD);
    const model = replyOf(await user.click(feedback, 'Model answer'));
    expect(model.ephemeral).toBe(true);
    expect(model.embeds[0]?.description).toBe(nmj.modelAnswer.trim());
  });

  it('Next question shows another free-response question privately, not the one just answered', async () => {
    const user = h.sandbox.user('hal');
    const feedback = await answerNmj(user, GOOD);
    const next = replyOf(await user.click(feedback, 'Next question'));
    expect(next.ephemeral).toBe(true);
    expect(buttonLabels(next)).toEqual(['Answer', 'Post in channel']);
    const [id] = buttonIds(next);
    expect(id).toMatch(/^quiz:answer:/);
    expect(id).not.toContain(':nmj-depolarization:');
    expect(id).toMatch(/:frq$/);
  });
});

describe('/quiz multiple choice', () => {
  const letters = (ids: string[]) => ids.map((_, i) => String.fromCharCode(65 + i));

  it('given the correct letter, says correct and explains it; given a wrong one, explains both', async () => {
    const mcq = h.app.ctx.content.questions.mcq('mcq-pump-ratio');
    if (!mcq) throw new Error('mcq-pump-ratio missing');
    const postedLetter = (posted: SandboxMessage, correct: boolean) => {
      const text = mcq.choices.find((c) => c.correct === correct)?.text ?? '';
      const line = posted.embeds[0]?.description?.split('\n').find((l) => l.endsWith(` ${text}`)) ?? '';
      return /^\*\*([A-F])\.\*\*/.exec(line)?.[1] ?? '?';
    };
    const ask = async (name: string) =>
      replyOf(await h.sandbox.user(name).slash('quiz', { topic: 'mcq-pump-ratio' }));
    const first = await ask('ivy');
    expect(buttonLabels(first)).toEqual(letters(mcq.choices.map((c) => c.id)));
    const right = postedLetter(first, true);
    const correct = replyOf(await h.sandbox.user('ivy').click(first, right));
    expect(correct.ephemeral).toBe(true);
    expect(correct.embeds[0]?.title).toMatch(/^✅ Correct/);
    expect(buttonLabels(correct)).toEqual(['Next question']);

    const second = await ask('ivy2');
    const wrong = postedLetter(second, false);
    const incorrect = replyOf(await h.sandbox.user('ivy2').click(second, wrong));
    expect(incorrect.embeds[0]?.title).toMatch(/^❌ Not quite/);
    expect(incorrect.embeds[0]?.fields?.map((f) => f.name)).toEqual([
      `You chose ${wrong}`,
      `The answer is ${postedLetter(second, true)}`,
    ]);
  });

  it('Next question keeps the topic and kind the student asked for and does not repeat', async () => {
    const user = h.sandbox.user('jo');
    const posted = replyOf(await user.slash('quiz', { topic: 'sodium-potassium-pump', kind: 'mcq' }));
    const firstId = buttonIds(posted)[0]?.split(':')[2];
    const answered = replyOf(await user.click(posted, 'A'));
    const next = replyOf(await user.click(answered, 'Next question'));
    const [id] = buttonIds(next);
    expect(id).toMatch(/^quiz:choose:[^:]+:sodium-potassium-pump:mcq:/);
    const nextId = id?.split(':')[2] ?? '';
    expect(nextId).not.toBe(firstId);
    expect(h.app.ctx.content.questions.get(nextId)?.topics).toContain('sodium-potassium-pump');
  });
});

describe('/quiz topics', () => {
  it('given a topic nobody wrote questions for, replies privately with the topics that exist', async () => {
    const reply = replyOf(await h.sandbox.user('kim').slash('quiz', { topic: 'photosynthesis @everyone' }));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('I have no questions on “photosynthesis @\u200beveryone”');
    expect(reply.content).toContain('`membrane-potential`');
  });

  it('autocomplete suggests matching topics and units, with question counts', async () => {
    const choices = await h.sandbox.user('kim').autocomplete('quiz', 'topic', 'pump');
    expect(choices.map((c) => c.value)).toContain('sodium-potassium-pump');
    expect(choices.find((c) => c.value === 'sodium-potassium-pump')?.name).toMatch(/\(\d+ questions?\)$/);
    const units = await h.sandbox.user('kim').autocomplete('quiz', 'topic', '');
    expect(units[0]?.value).toMatch(/^unit-/);
  });

  it('a topic typed in words rather than picked from the list still finds its questions', async () => {
    const posted = replyOf(
      await h.sandbox.user('lee').slash('quiz', { topic: 'Membrane Potential', kind: 'frq' }),
    );
    expect(buttonIds(posted)[0]).toMatch(/^quiz:answer:[^:]+:membrane-potential:frq$/);
  });
});

describe('the run', () => {
  it('broke no Discord limit or protocol rule', () => {
    expect(h.sandbox.errors).toEqual([]);
  });
});
