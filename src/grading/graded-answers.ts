import { z } from 'zod';
import type { CompiledRubric } from './compile.js';
import { GradingInputError, grade } from './grade.js';

/**
 * A teacher's own graded answers, for `tutor rubric explain --answers`: each answer with the points
 * the teacher gave it. Two shapes are read: the examples' `earns:` list (every point not listed is
 * one the teacher did not give), or a `points:` map of every point to true or false, as the blind
 * answer files in tests/grading are written. `answer` or `text` holds the answer.
 */
export const gradedAnswersSchema = z.array(
  z
    .object({
      // One string, or one per part for a question in parts, as `examples:` take them (set 14's
      // teacher got "expected string, received array" and measured a joined copy, which let one
      // part's words earn another part's points).
      answer: z.union([z.string(), z.array(z.string())]).optional(),
      text: z.union([z.string(), z.array(z.string())]).optional(),
      earns: z.array(z.string()).optional(),
      points: z.record(z.string(), z.boolean()).optional(),
      // The misconceptions the teacher would flag, as `examples:` take them: a true flag on a
      // full-mark answer ("helicase" in PCR) is then no difference (set 24's teacher).
      flags: z.array(z.string()).optional(),
    })
    .passthrough()
    .refine((a) => (a.answer ?? a.text) !== undefined, { message: 'needs "answer" (the text of the answer)' })
    .refine((a) => a.earns !== undefined || a.points !== undefined, {
      message: 'needs "earns" (the points you gave) or "points" (every point: true or false)',
    }),
);

export type GradedAnswers = z.output<typeof gradedAnswersSchema>;

/** Point ids a graded file names that the question has not: a typo there would count as a miss. */
export function unknownPointIds(rubric: CompiledRubric, answers: GradedAnswers): string[] {
  const known = new Set(rubric.points.map((p) => p.id));
  const named = answers.flatMap((a) => [...(a.earns ?? []), ...Object.keys(a.points ?? {})]);
  return [...new Set(named.filter((id) => !known.has(id)))];
}

/** Misconception ids a graded file's `flags:` name that the question has not. */
export function unknownFlagIds(rubric: CompiledRubric, answers: GradedAnswers): string[] {
  const known = new Set(rubric.misconceptions.map((m) => m.id));
  return [...new Set(answers.flatMap((a) => a.flags ?? []).filter((id) => !known.has(id)))];
}

/**
 * How often the grader gives each point exactly when the teacher did, over a file of the teacher's
 * graded answers, and every answer where they differ. The ninth teacher wrote a parser for the
 * `--try` output to get this figure; the guide asks teachers to measure before they trust a draft.
 */
export function compareGraded(rubric: CompiledRubric, answers: GradedAnswers, source: string): string {
  const perPoint = new Map(rubric.points.map((p) => [p.id, { agree: 0, missed: 0, over: 0 }]));
  const differences: string[] = [];
  let agree = 0;
  let total = 0;
  let ungradable = 0;
  let fullFlagged = 0;
  let expectedFlags = 0;
  let listedFlags = 0;
  let unlistedFlags = 0;
  // A file that lists flags on some answers grades misconceptions too: a flag the teacher did not
  // list is then a difference on every answer, not only on full-mark ones (set 28's teacher saw
  // "codominance" raised on a partial answer and the report said nothing).
  const gradesFlags = answers.some((a) => a.flags !== undefined);
  answers.forEach((entry, index) => {
    const text = (entry.answer ?? entry.text) as string | string[];
    let earned: Map<string, string>;
    /** Points found in the answer but taken back by a misconception: point id → misconception id. */
    let takenBack: Map<string, string>;
    let flagged: { id: string; text: string }[];
    try {
      const result = grade(rubric, text);
      // Each earned point with the words that earned it: a teacher reading a false credit needs them.
      earned = new Map(
        result.points
          .filter((p) => p.earned)
          .map((p) => [p.id, p.evidence.map((e) => `“${e.text}”`).join(' … ')]),
      );
      takenBack = new Map(
        result.points.flatMap((p) => (p.takenBackBy === undefined ? [] : [[p.id, p.takenBackBy] as const])),
      );
      flagged = result.misconceptions.map((m) => ({
        id: m.id,
        text: `${m.id}: ${m.evidence.map((e) => `“${e.text}”`).join(' … ')}`,
      }));
    } catch (error) {
      if (!(error instanceof GradingInputError)) throw error;
      ungradable++;
      differences.push(`  ✗ ${index + 1}. cannot be graded: ${error.publicMessage}`);
      return;
    }
    const given = (id: string) =>
      entry.points ? entry.points[id] === true : (entry.earns ?? []).includes(id);
    const notes: string[] = [];
    for (const point of rubric.points) {
      const tally = perPoint.get(point.id) as { agree: number; missed: number; over: number };
      total++;
      if (given(point.id) === earned.has(point.id)) {
        tally.agree++;
        agree++;
      } else if (given(point.id)) {
        tally.missed++;
        // Set 26's teacher could not tell a missed wording from a point its own misconception took
        // back ("… did not" said nothing more); --try showed it.
        const by = takenBack.get(point.id);
        notes.push(
          by === undefined
            ? `you gave ${point.id}, the grader did not`
            : `you gave ${point.id}, the grader found it but the misconception ${by} took it back`,
        );
      } else {
        tally.over++;
        notes.push(`the grader gave ${point.id}, you did not: ${earned.get(point.id)}`);
      }
    }
    // A misconception flagged on an answer the teacher gave every point is wrong when it fires, and
    // is told to the student: set 20's teacher had to turn its graded file into a try-file to see them.
    const expected = new Set(entry.flags ?? []);
    const fullMarks = rubric.points.every((p) => given(p.id));
    for (const f of flagged) {
      if (expected.has(f.id)) continue;
      if (fullMarks) {
        fullFlagged++;
        notes.push(`flagged although you gave every point: ${f.text}`);
      } else if (gradesFlags) {
        unlistedFlags++;
        notes.push(`flagged, not in your flags: ${f.text}`);
      }
    }
    for (const id of expected) {
      listedFlags++;
      if (flagged.some((f) => f.id === id)) expectedFlags++;
      else notes.push(`you flagged ${id}, the grader did not`);
    }
    if (notes.length > 0) {
      const oneLine = (typeof text === 'string' ? text : text.join(' / ')).replace(/\s+/g, ' ').trim();
      differences.push(`  ✗ ${index + 1}. "${oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine}"`);
      for (const n of notes) differences.push(`       ${n}`);
    }
  });
  const pct = (a: number, n: number) => (n === 0 ? '–' : `${((100 * a) / n).toFixed(1)}%`);
  const graded = answers.length - ungradable;
  const lines = [
    `Your graded answers (${source}): ${graded} answers, ${total} point decisions`,
    `  the grader agrees with you on ${pct(agree, total)} (${agree} of ${total})`,
  ];
  for (const [id, t] of perPoint)
    lines.push(`  ${id}: ${pct(t.agree, graded)} (missed ${t.missed} you gave, gave ${t.over} you did not)`);
  if (fullFlagged > 0)
    lines.push(`  misconceptions flagged on answers you gave every point: ${fullFlagged} (listed below)`);
  // Set 28's teacher could not read the line this replaces ("flagged where your flags: list them").
  if (listedFlags > 0)
    lines.push(
      `  misconceptions you listed under flags: that the grader also flagged: ${expectedFlags} of ${listedFlags}`,
    );
  if (unlistedFlags > 0)
    lines.push(`  misconceptions flagged that your flags: do not list: ${unlistedFlags} (listed below)`);
  // Why this matters: the figure on answers the draft was tuned on flatters it (TEACHER-NOTES-9).
  lines.push(
    '  Answers you tuned the draft on flatter it: measure on answers written after your last change.',
  );
  if (differences.length > 0) lines.push('', 'Where you and the grader differ:', ...differences);
  return `${lines.join('\n')}\n`;
}
