import { join } from 'node:path';
import type { APIEmbed, APITextInputComponent } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { FrqQuestion } from '../../src/content/question-schema.js';
import { parseCustomId } from '../../src/discord/custom-id.js';
import { embedLength } from '../../src/discord/views/embed-limits.js';
import {
  answerRejectedView,
  frqFeedbackView,
  mcqFeedbackView,
  modelAnswerView,
  toStudent,
} from '../../src/discord/views/quiz-feedback.js';
import { parseQuizArgs, QuizAction, quizCustomId } from '../../src/discord/views/quiz-ids.js';
import { answerModalView, frqQuestionView, mcqQuestionView } from '../../src/discord/views/quiz-question.js';
import { compileQuestion, grade } from '../../src/grading/index.js';
import { answerMcq, loadQuestionCatalogOrThrow } from '../../src/quiz/index.js';
import { checkMessageBody, checkModal } from '../../src/sandbox/limits.js';

const contentDir = process.env.CONTENT_DIR ?? join(import.meta.dirname, '..', '..', 'content');
const catalog = loadQuestionCatalogOrThrow(contentDir);
const nmj = catalog.frq('nmj-depolarization');
if (!nmj) throw new Error('nmj-depolarization is missing');

/** Discord's limits as the sandbox checks them; an empty list means Discord would accept the body. */
function violations(body: object): string[] {
  return checkMessageBody(body as Parameters<typeof checkMessageBody>[0]).map(
    (v) => `${v.path}: ${v.message}`,
  );
}

function text(embed: APIEmbed | undefined): string {
  return JSON.stringify(embed ?? {});
}

/** A two-part FRQ written inline, so multi-part layout is tested whatever the content pack holds. */
const twoParts: FrqQuestion = {
  id: 'two-parts',
  kind: 'frq',
  title: 'Two parts',
  topics: ['membrane-potential'],
  prompt: 'A neuron at rest is stimulated.',
  parts: [
    {
      label: 'a',
      prompt: 'Describe which ion moves first when the voltage-gated channels open, and in which direction.',
      points: [
        {
          id: 'ion',
          label: 'Na⁺ enters',
          value: 1,
          hint: 'Which ion?',
          pattern: 'sodium enters',
          negation: 'respect',
        },
      ],
    },
    {
      label: 'b',
      prompt: 'Predict the charge inside.',
      points: [
        {
          id: 'charge',
          label: 'Less negative',
          value: 2,
          hint: 'Which way?',
          pattern: 'less negative',
          negation: 'respect',
        },
      ],
    },
  ],
  concepts: {},
  misconceptions: [],
  scoring: { rule: 'sum' },
  modelAnswer: 'Sodium enters; the inside becomes less negative.',
  examples: [],
};
const twoPartsRubric = compileQuestion(twoParts, { concepts: {} });

describe('quiz custom_ids', () => {
  it('carry question, topic and kind, and read back the same', () => {
    const id = quizCustomId(QuizAction.choose, 'mcq-pump-ratio', { topic: 'unit-2', kind: 'mcq' }, 'b');
    expect(id).toBe('quiz:choose:mcq-pump-ratio:unit-2:mcq:b');
    const parsed = parseCustomId(id);
    expect(parseQuizArgs(parsed?.args ?? [])).toEqual({
      questionId: 'mcq-pump-ratio',
      filter: { topic: 'unit-2', kind: 'mcq' },
      extra: 'b',
    });
  });

  it('given a topic too long to fit, the topic is dropped rather than the id overflowing', () => {
    const id = quizCustomId(QuizAction.submit, 'q'.repeat(60), { topic: 't'.repeat(60), kind: 'frq' });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseQuizArgs(parseCustomId(id)?.args ?? [])?.filter).toEqual({ topic: undefined, kind: 'frq' });
  });
});

describe('question views', () => {
  it('an FRQ shows its prompt, the points available and an Answer button', () => {
    const view = frqQuestionView(nmj.question, nmj.rubric.maxScore, {});
    expect(view.embeds?.[0]?.description).toContain('acetylcholine');
    expect(view.embeds?.[0]?.footer?.text).toContain(`${nmj.rubric.maxScore} points available`);
    expect(violations(view)).toEqual([]);
  });

  it('a multi-part FRQ labels its parts (a), (b) with their points, and its form has one field per part', () => {
    const view = frqQuestionView(twoParts, twoPartsRubric.maxScore, {});
    const description = view.embeds?.[0]?.description ?? '';
    expect(description).toContain('**(a) **Describe');
    expect(description).toContain('*(2 points)*');
    const modal = answerModalView(twoParts, {}, ['sodium enters']);
    const inputs = modal.components.map(
      (row) => (row as { components: APITextInputComponent[] }).components[0] as APITextInputComponent,
    );
    expect(inputs.map((i) => i.custom_id)).toEqual(['part-0', 'part-1']);
    for (const input of inputs) expect(input.label?.length ?? 0).toBeLessThanOrEqual(45);
    expect(inputs[0]?.label).toMatch(/^\(a\) Describe/);
    expect(inputs[0]?.value).toBe('sodium enters');
    expect(inputs.every((i) => i.required === false)).toBe(true);
    expect(checkModal(modal)).toEqual([]);
  });

  it('a single-part FRQ form has one required field that accepts Discord’s maximum', () => {
    const modal = answerModalView(nmj.question, {});
    const input = (modal.components[0] as { components: APITextInputComponent[] }).components[0];
    expect(input).toMatchObject({ custom_id: 'part-0', required: true, max_length: 4000 });
  });

  it('an MCQ has a letter button per choice, five to a row', () => {
    const mcq = catalog.mcq('mcq-pump-ratio');
    if (!mcq) throw new Error('missing');
    const view = mcqQuestionView(mcq, { kind: 'mcq' });
    const labels = (view.components ?? []).flatMap((r) =>
      r.components.map((c) => ('label' in c ? c.label : '')),
    );
    expect(labels).toEqual(mcq.choices.map((_, i) => String.fromCharCode(65 + i)));
    expect(view.embeds?.[0]?.description).toContain('**A.**');
    expect(violations(view)).toEqual([]);
  });
});

describe('FRQ feedback', () => {
  it('given a 4,000-character answer full of mentions and Markdown, it stays within Discord limits and pings nobody', () => {
    const filler =
      '@everyone **sodium** rushes in <@123456789012345678> and the inside becomes less negative, so it depolarizes; ';
    const answer = filler.repeat(40).slice(0, 4000);
    const result = grade(nmj.rubric, [answer]);
    const view = frqFeedbackView(nmj.question, result, [answer], { kind: 'frq' });
    const embed = view.embeds?.[0];
    expect(violations(view)).toEqual([]);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(6000);
    // Every rubric point is still shown: the answer echo is what gives way.
    expect(embed?.fields?.length).toBe(result.points.length + result.misconceptions.length);
    expect(text(embed)).not.toMatch(/@everyone|<@\d/);
    expect(text(embed)).toContain('\\\\*\\\\*sodium\\\\*\\\\*');
  });

  it('tells the student a "Says …" misconception as "your answer says …"; a stated error stays as written', () => {
    const osmosis = catalog.frq('osmosis-red-blood-cell');
    if (!osmosis) throw new Error('osmosis-red-blood-cell is missing');
    const answer = 'The cell will pump water in using active transport.';
    const embed = frqFeedbackView(osmosis.question, grade(osmosis.rubric, [answer]), [answer], {})
      .embeds?.[0];
    expect(embed?.fields?.map((f) => f.name)).toContain(
      '⚠️ Misconception: your answer says the cell pumps water by active transport',
    );
    const reversed = 'sodium leaves the cell';
    const nmjEmbed = frqFeedbackView(nmj.question, grade(nmj.rubric, [reversed]), [reversed], {}).embeds?.[0];
    expect(nmjEmbed?.fields?.map((f) => f.name)).toContain('⚠️ Misconception: Na⁺ leaves the cell');
  });

  it('reads any verb about the answer, in either case, as "your answer …" (teacher sets 7 and 15)', () => {
    expect(toStudent('Predicts the corn will grow worse')).toBe(
      'your answer predicts the corn will grow worse',
    );
    expect(toStudent("says the error happened in the child's mitosis")).toBe(
      "your answer says the error happened in the child's mitosis",
    );
    expect(toStudent('Calls the relationship parasitism')).toBe(
      'your answer calls the relationship parasitism',
    );
    // A label that states the error itself, or opens with a noun, stays as written.
    expect(toStudent('Na⁺ leaves the cell')).toBe('Na⁺ leaves the cell');
    expect(toStudent('Statements of faith')).toBe('Statements of faith');
  });

  it('quotes the words that earned a point and gives the hint for a missed one', () => {
    const answer = 'sodium rushes in';
    const result = grade(nmj.rubric, [answer]);
    const embed = frqFeedbackView(nmj.question, result, [answer], {}).embeds?.[0];
    const cause = embed?.fields?.find((f) => f.name.startsWith('✅'));
    expect(cause?.value).toMatch(/You wrote: “sodium rushes in”/);
    const missed = embed?.fields?.filter((f) => f.name.startsWith('❌')) ?? [];
    expect(missed.length).toBeGreaterThan(0);
    for (const f of missed) expect(f.value).toMatch(/^💡 /);
  });

  it('on a "describe any three" rubric, offers the missed points as options, and drops them at full marks', () => {
    const asap6 = catalog.frq('asap-sas-6');
    if (!asap6) throw new Error('asap-sas-6 is missing');
    const one = 'Osmosis is when water moves across the membrane.';
    const partial = frqFeedbackView(asap6.question, grade(asap6.rubric, [one]), [one], {}).embeds?.[0];
    const names = partial?.fields?.map((f) => f.name) ?? [];
    expect(names.filter((n) => n.startsWith('✅'))).toHaveLength(1);
    expect(names.some((n) => n.startsWith('❌'))).toBe(false);
    expect(names).toContain('➕ Any of these would add to your score');
    expect(names.filter((n) => n.startsWith('▫️')).length).toBe(asap6.rubric.points.length - 1);
    expect(partial?.footer?.text).toContain('any combination counts');

    const three =
      'Osmosis is when water moves across the membrane. Active transport uses ATP to move molecules ' +
      'against the gradient. In endocytosis the membrane engulfs a particle.';
    const result = grade(asap6.rubric, [three]);
    expect(result.score).toBe(result.maxScore);
    const full = frqFeedbackView(asap6.question, result, [three], {}).embeds?.[0];
    const fullNames = full?.fields?.map((f) => f.name) ?? [];
    expect(fullNames.length).toBeGreaterThanOrEqual(3);
    expect(fullNames.every((n) => n.startsWith('✅'))).toBe(true);
  });

  it('offers Try again, Model answer and Next question', () => {
    const result = grade(nmj.rubric, ['x y z']);
    const view = frqFeedbackView(nmj.question, result, ['x y z'], {});
    const labels = (view.components ?? []).flatMap((r) =>
      r.components.map((c) => ('label' in c ? c.label : '')),
    );
    expect(labels).toEqual(['Try again', 'Model answer', 'Next question']);
  });

  it('on a multi-part question, each point says which part it belongs to', () => {
    const result = grade(twoPartsRubric, ['sodium enters', 'it becomes less negative']);
    const names = frqFeedbackView(twoParts, result, ['a', 'b'], {}).embeds?.[0]?.fields?.map((f) => f.name);
    expect(names).toEqual(['✅ (a) Na⁺ enters', '✅ (b) Less negative (2 points)']);
  });
});

describe('a refused answer', () => {
  it('echoes the student’s text in a copyable block that cannot be closed early or ping anyone', () => {
    const typed = '🔥🔥 ``` @everyone ```';
    const view = answerRejectedView(nmj.question, 'No words found.', [typed], {});
    const description = view.embeds?.[0]?.description ?? '';
    expect(description).toContain('No words found.');
    expect(description.match(/```/g)).toHaveLength(2);
    expect(description).not.toContain('@everyone');
    expect(violations(view)).toEqual([]);
  });

  it('given two 4,000-character parts, the echo is shortened to fit and says so', () => {
    const long = 'a'.repeat(4000);
    const view = answerRejectedView(twoParts, 'Too long.', [long, long], {});
    expect(view.embeds?.[0]?.description).toContain('shortened here');
    expect(violations(view)).toEqual([]);
  });
});

describe('MCQ feedback', () => {
  const mcq = catalog.mcq('mcq-pump-ratio');
  if (!mcq) throw new Error('missing');
  const right = mcq.choices.findIndex((c) => c.correct);
  const wrong = mcq.choices.findIndex((c) => !c.correct);

  it('given the right letter, says so with its explanation and a Next question button', () => {
    const result = answerMcq(mcq, mcq.choices[right]?.id ?? '');
    if (!result) throw new Error('no result');
    const view = mcqFeedbackView(mcq, result, {});
    expect(view.embeds?.[0]?.title).toMatch(/^✅ Correct/);
    expect(view.embeds?.[0]?.fields).toHaveLength(1);
  });

  it('given a wrong letter, explains both the pick and the right answer', () => {
    const result = answerMcq(mcq, mcq.choices[wrong]?.id ?? '');
    if (!result) throw new Error('no result');
    const fields = mcqFeedbackView(mcq, result, {}).embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      `You chose ${String.fromCharCode(65 + wrong)}`,
      `The answer is ${String.fromCharCode(65 + right)}`,
    ]);
    expect(fields[1]?.value).toContain(mcq.choices[right]?.explanation.trim().slice(0, 30));
  });
});

describe('every question in the bank', () => {
  it('renders its question, answer form, model answer and a full-marks feedback within Discord limits', () => {
    for (const question of catalog.questions) {
      const at = question.id;
      if (question.kind === 'mcq') {
        expect(violations(mcqQuestionView(question, { kind: 'mcq' })), at).toEqual([]);
        continue;
      }
      const frq = catalog.frq(question.id);
      if (!frq) throw new Error(`${at} has no rubric`);
      expect(violations(frqQuestionView(question, frq.rubric.maxScore, { kind: 'frq' })), at).toEqual([]);
      expect(checkModal(answerModalView(question, { kind: 'frq' })), at).toEqual([]);
      expect(violations(modelAnswerView(question)), at).toEqual([]);
      const texts = question.parts.map((p) => p.modelAnswer ?? question.modelAnswer);
      const result = grade(frq.rubric, texts);
      expect(violations(frqFeedbackView(question, result, texts, { kind: 'frq' })), at).toEqual([]);
    }
  });
});
