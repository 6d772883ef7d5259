import { type APIEmbed, type APIEmbedField, ButtonStyle } from 'discord-api-types/v10';
import type { FrqQuestion, McqQuestion, Scoring } from '../../content/question-schema.js';
import type { Evidence, GradeResult, McqResult, PointResult } from '../../grading/index.js';
import type { QuizFilter } from '../../quiz/index.js';
import { EMBED_LIMITS, embedLength, fitEmbed } from './embed-limits.js';
import { neutraliseMentions, quoteUserText, safeUserText, truncate } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';
import { QuizAction, quizCustomId } from './quiz-ids.js';
import { choiceLetter, partLetter, partPrefix } from './quiz-question.js';

const FULL = 0x2f855a;
const PARTIAL = 0xd69e2e;
const NONE = 0xc53030;
/** Longest quote of the student's own words under one point. */
const EVIDENCE_MAX = 160;
/** Most of the student's answer repeated at the top of the feedback. */
const ANSWER_ECHO_MAX = 1500;

/** Shown when part of an answer is in another language: the grader reads English, plus common Spanish key words. */
const OTHER_LANGUAGE_FIELD: APIEmbedField = {
  name: '🌐 I mainly read English',
  value:
    'Part of your answer looks like it is in another language. I know common Spanish key words (sodio, entra, ' +
    'sale, adentro …) but not whole sentences in another language, so some ideas may show as missing below. ' +
    'Try again in English to have them all checked.',
};

/** The student's words that earned a point, quoted: “sodium rushes in” … “less negative”. */
export function quoteEvidence(evidence: readonly Evidence[], max = EVIDENCE_MAX): string {
  const each = Math.max(20, Math.floor(max / Math.max(1, evidence.length)));
  return evidence.map((e) => `“${safeUserText(e.text, each)}”`).join(' … ');
}

function scoreColour(score: number, max: number): number {
  if (score >= max) return FULL;
  return score > 0 ? PARTIAL : NONE;
}

function partTag(question: FrqQuestion, part: number): string {
  if (question.parts.length < 2 || part < 0) return '';
  return partPrefix(partLetter(question.parts[part]?.label ?? '', part));
}

function feedbackButtons(question: FrqQuestion, carry: QuizFilter) {
  return buttonRows([
    button(quizCustomId(QuizAction.retry, question.id, carry), 'Try again', ButtonStyle.Primary),
    button(quizCustomId(QuizAction.model, question.id, carry), 'Model answer'),
    button(quizCustomId(QuizAction.next, question.id, carry), 'Next question'),
  ]);
}

/** The student's answer as a block quote, one labelled quote per part. */
function echoAnswer(question: FrqQuestion, texts: readonly string[], max: number): string {
  const shown = texts
    .map((text, i) => ({ text, tag: partTag(question, i) }))
    .filter((p) => p.text.trim() !== '');
  const each = Math.floor(max / Math.max(1, shown.length)) - 10;
  return shown.map((p) => `${p.tag ? `**${p.tag.trim()}**\n` : ''}${quoteUserText(p.text, each)}`).join('\n');
}

/** A point as an embed field: ✅ with the student's words, or `mark` with the point's hint. */
function pointField(question: FrqQuestion, p: PointResult, mark: string): APIEmbedField {
  const worth = p.value === 1 ? '' : ` (${p.value} points)`;
  const name = `${p.earned ? '✅' : mark} ${partTag(question, p.part)}${p.label}${worth}`;
  const value = p.earned
    ? p.evidence.length > 0
      ? `You wrote: ${quoteEvidence(p.evidence)}`
      : 'Earned.'
    : `💡 ${p.hint}`;
  return { name, value };
}

/** True when the points are worth more than the maximum score: not every point is needed. */
function anyCombination(result: GradeResult): boolean {
  return result.points.reduce((sum, p) => sum + p.value, 0) > result.maxScore;
}

/**
 * How a "describe any N" score is counted, in one phrase: "1 described → 1/3, 3 → 2/3, 4 → 3/3" for a
 * count table, "each adds its points, up to 3" for a capped sum.
 */
export function scoringRule(scoring: Scoring, maxScore: number): string {
  if (scoring.rule === 'sum') return `each point described adds its value, up to ${maxScore}`;
  const steps = Object.entries(scoring.map)
    .map(([k, v]) => [Number(k), Math.min(v, scoring.cap ?? v)] as const)
    .filter(([k]) => k > 0)
    .sort(([a], [b]) => a - b)
    .map(([k, v], i) => `${k}${i === 0 ? ' described' : ''} → ${v}/${maxScore}`);
  return steps.join(', ');
}

/**
 * What it takes to raise the score by one step: how many more points to describe and the score that
 * brings, so "can still go up" never promises a step that one more point would not give.
 */
export function nextStep(
  scoring: Scoring,
  result: GradeResult,
): { more: number; reaches: number } | undefined {
  if (result.score >= result.maxScore) return undefined;
  const earned = result.points.filter((p) => p.earned).length;
  const missed = result.points.filter((p) => !p.earned).map((p) => p.value);
  if (scoring.rule === 'sum') {
    const best = Math.max(0, ...missed);
    return best > 0 ? { more: 1, reaches: Math.min(result.maxScore, result.score + best) } : undefined;
  }
  const step = Object.entries(scoring.map)
    .map(([k, v]) => ({ count: Number(k), value: Math.min(v, scoring.cap ?? v) }))
    .filter((s) => s.count > earned && s.value > result.score && s.count - earned <= missed.length)
    .sort((a, b) => a.count - b.count)[0];
  return step ? { more: step.count - earned, reaches: step.value } : undefined;
}

/**
 * The point fields. On a rubric where every point counts, each point is ✅ or ❌. On a "describe
 * any three" rubric (the points are worth more than the maximum score, as in the ASAP items) a
 * missed point is not a mistake: once the score is full the unneeded ones are left out, and
 * before that they are offered as options (▫️) under one heading that says how many more it takes.
 */
function pointFields(question: FrqQuestion, result: GradeResult): APIEmbedField[] {
  if (!anyCombination(result)) return result.points.map((p) => pointField(question, p, '❌'));
  const fields = result.points.filter((p) => p.earned).map((p) => pointField(question, p, '❌'));
  if (result.score >= result.maxScore) return fields;
  const step = nextStep(question.scoring, result);
  const how = step
    ? `Describe ${step.more} more of these in your own words to reach ${step.reaches}/${result.maxScore}.`
    : 'Describe more of these in your own words.';
  fields.push({
    name: '➕ Any of these would add to your score',
    value: `${how} (Scoring: ${scoringRule(question.scoring, result.maxScore)}.)`,
  });
  for (const p of result.points) if (!p.earned) fields.push(pointField(question, p, '▫️'));
  return fields;
}

/** The footer's count: rubric points where every point counts, points described on "any N" rubrics. */
function pointsLine(question: FrqQuestion, result: GradeResult): string {
  const earned = result.points.filter((p) => p.earned).length;
  if (!anyCombination(result)) return `${earned} of ${result.points.length} rubric points`;
  return `${earned} of ${result.points.length} key points described (any combination counts: ${scoringRule(question.scoring, result.maxScore)})`;
}

/**
 * Verbs a misconception label written about the answer opens with ("Says …", "Thinks …"), in any
 * case: set 7's teacher wrote "says the error happened …", set 15's "Predicts the corn will grow
 * worse" (it came out as "Misconception: Predicts …", and that teacher reworded it).
 */
const ABOUT_THE_ANSWER =
  /^(says|thinks|gives|puts|claims|confuses|treats|calls|mixes|uses|names|describes|blames|assumes|predicts|states|argues|suggests|implies|reverses|swaps|places|attributes) /i;

/**
 * A misconception label as the student reads it: the guide has teachers write "Says the father is
 * a carrier", which reads oddly told to the student ("Misconception: Says …"; teacher set 12), so
 * such a label becomes "your answer says …". Labels that state the error ("Na⁺ leaves the cell")
 * stay as written.
 */
export function toStudent(label: string): string {
  const verb = ABOUT_THE_ANSWER.exec(label);
  return verb === null
    ? label
    : `your answer ${(verb[1] as string).toLowerCase()} ${label.slice(verb[0].length)}`;
}

/**
 * Ephemeral feedback on a graded FRQ: the score, every rubric point ✅/❌ (an earned one quotes the
 * student's words that earned it, a missed one gives its hint; see {@link pointFields} for rubrics
 * where any few points make full marks), each recognised misconception with
 * its correction, and the answer itself. The model answer sits behind a button so it does not
 * spoil "Try again" and is never cut to fit this embed. All student text is escaped and defused.
 */
export function frqFeedbackView(
  question: FrqQuestion,
  result: GradeResult,
  texts: readonly string[],
  carry: QuizFilter,
  /**
   * `practice: false` for graded work (an assignment, a challenge question): no Try again, Model
   * answer or Next question buttons, and a footer that does not offer them.
   */
  options: { readonly practice?: boolean } = {},
): MessageView {
  const practice = options.practice ?? true;
  const fields = pointFields(question, result);
  // Said first, so a point missed only because it was written in another language is not read as a wrong idea.
  if (result.otherLanguage) fields.unshift(OTHER_LANGUAGE_FIELD);
  for (const m of result.misconceptions) {
    const said = m.evidence.length > 0 ? `\nYou wrote: ${quoteEvidence(m.evidence)}` : '';
    fields.push({ name: `⚠️ Misconception: ${toStudent(m.label)}`, value: `${m.correction.trim()}${said}` });
  }
  const embed: APIEmbed = {
    title: `Score ${result.score}/${result.maxScore} · ${question.title ?? 'Free response'}`,
    color: scoreColour(result.score, result.maxScore),
    fields,
    footer: {
      text: practice
        ? `${pointsLine(question, result)} · Try again to improve your answer, or open the model answer when you are ready.`
        : pointsLine(question, result),
    },
  };
  // The answer goes in whatever room the points leave, so the points are never the part cut.
  const fitted = fitEmbed(embed);
  const free = EMBED_LIMITS.total - embedLength(fitted);
  // Escaping can lengthen the quote, so shrink until it fits rather than let fitEmbed drop a point.
  for (let room = Math.min(ANSWER_ECHO_MAX, free - 40); room > 80; room = Math.floor(room / 2)) {
    const description = `**Your answer**\n${echoAnswer(question, texts, room)}`;
    if (description.length <= Math.min(free, EMBED_LIMITS.description)) {
      fitted.description = description;
      break;
    }
  }
  return { embeds: [fitted], components: practice ? feedbackButtons(question, carry) : [] };
}

/** Puts text in a code block the student can copy from: fences inside cannot close it, nothing pings. */
function copyable(text: string, max: number): string {
  const cut = truncate(text.replace(/\r\n?/g, '\n'), max);
  // A zero-width space breaks any run of three backticks so the block cannot be closed early.
  const safe = neutraliseMentions(cut).replace(/`(?=``)/g, '`\u200b');
  return `\`\`\`\n${safe}\n\`\`\``;
}

/**
 * Ephemeral reply to an answer that was not graded (empty, too long, no words): the reason, and the
 * student's text in a copyable block so nothing is lost. "Try again" reopens the form with it.
 */
export function answerRejectedView(
  question: FrqQuestion,
  message: string,
  texts: readonly string[],
  carry: QuizFilter,
): MessageView {
  const written = texts
    .map((text, i) => ({ text, tag: partTag(question, i) }))
    .filter((p) => p.text.trim() !== '');
  const each = Math.floor(3200 / Math.max(1, written.length));
  const echo = written.map((p) => `${p.tag ? `**${p.tag.trim()}**\n` : ''}${copyable(p.text, each)}`);
  const cut = written.some((p) => p.text.length > each);
  const lines = [message];
  if (echo.length > 0) {
    lines.push(
      '',
      `**What you wrote${cut ? ' (shortened here; Try again keeps all of it)' : ''}:**`,
      ...echo,
    );
  }
  const embed: APIEmbed = {
    title: 'Not graded yet',
    description: lines.join('\n'),
    color: PARTIAL,
  };
  const retry = button(quizCustomId(QuizAction.retry, question.id, carry), 'Try again', ButtonStyle.Primary);
  return { embeds: [fitEmbed(embed)], components: buttonRows([retry]) };
}

/** The model answer (and each part's own, when written), shown on request. */
export function modelAnswerView(question: FrqQuestion): MessageView {
  const fields = question.parts
    .map((part, i) => ({ part, i }))
    .filter(({ part }) => part.modelAnswer)
    .map(({ part, i }) => ({
      name: `Part ${partPrefix(partLetter(part.label, i)).trim()}`,
      value: part.modelAnswer ?? '',
    }));
  const embed: APIEmbed = {
    title: `Model answer · ${question.title ?? 'Free response'}`,
    description: question.modelAnswer.trim(),
    color: FULL,
    ...(fields.length > 0 ? { fields } : {}),
    footer: { text: 'One way to earn every point; your own words can earn them too.' },
  };
  return { embeds: [fitEmbed(embed)] };
}

/** Which press of a posted MCQ this is: the first (it counts) or a later one (explanation only). */
export interface McqPress {
  /** The posted order of the choices, as indexes into the question's list. */
  readonly order: readonly number[];
  /** For a later press: the result of the first press, which is the one that counts. */
  readonly counted?: McqResult;
}

/**
 * Ephemeral result of an MCQ pick: right or wrong, why the pick is, and why the right one is, with the
 * letters as posted. The first press counts and says so; a later press shows its explanation and says the
 * first answer still stands, so pressing every letter until one is right earns nothing.
 */
export function mcqFeedbackView(
  question: McqQuestion,
  result: McqResult,
  carry: QuizFilter,
  press: McqPress = { order: question.choices.map((_, i) => i) },
): MessageView {
  const letter = (id: string) => choiceLetter(press.order.findIndex((i) => question.choices[i]?.id === id));
  const fields: APIEmbedField[] = [
    {
      name: `You chose ${letter(result.chosen.id)}`,
      value: `*${result.chosen.text.trim()}*\n${result.chosen.explanation.trim()}`,
    },
  ];
  if (!result.correct) {
    fields.push({
      name: `The answer is ${letter(result.correctChoice.id)}`,
      value: `*${result.correctChoice.text.trim()}*\n${result.correctChoice.explanation.trim()}`,
    });
  }
  const title = question.title ?? 'Multiple choice';
  const counted = press.counted;
  const embed: APIEmbed = counted
    ? {
        title: `${counted.correct ? '✅' : '❌'} Your first answer, ${letter(counted.chosen.id)}, counts · ${title}`,
        description: `Only the first press counts, so this one does not change your result. Here is why ${letter(result.chosen.id)} is ${result.correct ? 'right' : 'not right'}.`,
        color: counted.correct ? FULL : NONE,
        fields,
      }
    : {
        title: `${result.correct ? '✅ Correct' : '❌ Not quite'} · ${title}`,
        description:
          'Your first answer is the one that counts. Pressing another letter shows its explanation without changing this.',
        color: result.correct ? FULL : NONE,
        fields,
      };
  const next = button(
    quizCustomId(QuizAction.next, question.id, carry),
    'Next question',
    ButtonStyle.Primary,
  );
  return { embeds: [fitEmbed(embed)], components: buttonRows([next]) };
}
