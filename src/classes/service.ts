import type { FrqQuestion } from '../content/question-schema.js';
import type { AppContext } from '../context.js';
import { UserError } from '../errors.js';
import type { CompiledRubric, GradeResult } from '../grading/index.js';
import { grade } from '../grading/index.js';
import { answerFrq } from '../quiz/answer.js';
import { answerParts, answerText, recordAttempt } from '../study/record.js';
import { isOpenAt, parseDue } from './deadline.js';
import { IMPORTED_PREFIX } from './import.js';
import { questionsFor } from './question-source.js';
import { classRepo, type SubmissionRow } from './repo.js';
import { type ClassSummary, latestPerStudent, summarize } from './summary.js';
import type { Assignment, ClassInfo, Reveal, Submission } from './types.js';

/** The job kind that closes assignments at their deadline. */
export const CLOSE_ASSIGNMENT_JOB = 'class-close';

/** An assignment's question with its rubric, from the server's question source. */
export function assignmentQuestion(
  ctx: AppContext,
  guildId: string,
  questionId: string,
): { question: FrqQuestion; rubric: CompiledRubric } | undefined {
  return questionsFor(ctx, guildId).frq(questionId);
}

/** Makes the channel a class (or updates it); the caller becomes its teacher. */
export function setupClass(
  ctx: AppContext,
  input: { guildId: string; channelId: string; teacherId: string; teacherRoleId: string | null },
): ClassInfo {
  const repo = ctx.store.repo(classRepo);
  return ctx.store.write(() =>
    repo.setupClass(
      input.guildId,
      input.channelId,
      input.teacherId,
      input.teacherRoleId,
      ctx.clock.now().getTime(),
    ),
  );
}

/** The class of a channel, or a UserError saying how to make one. */
export function requireClass(ctx: AppContext, channelId: string): ClassInfo {
  const cls = ctx.store.repo(classRepo).classByChannel(channelId);
  if (!cls) throw new UserError('This channel is not a class yet. Run `/class setup` here first.');
  return cls;
}

/**
 * Creates an assignment after checking the question (a free-response question this server has)
 * and the deadline; arms its closing timer. Posting it is the caller's (Discord) job.
 */
export function createAssignment(
  ctx: AppContext,
  cls: ClassInfo,
  input: {
    questionId: string;
    due: string;
    reveal: Reveal;
    attempts: number;
    createdBy: string;
    timeZone?: string;
  },
): Assignment {
  const catalog = questionsFor(ctx, cls.guildId);
  // A teacher may type the id they wrote in their file ("dcmu-leaf"); the import stored it as
  // "srv.dcmu-leaf", and no pack id starts with that prefix, so the short form is unambiguous.
  const question =
    catalog.get(input.questionId) ??
    (input.questionId.startsWith(IMPORTED_PREFIX)
      ? undefined
      : catalog.get(IMPORTED_PREFIX + input.questionId));
  if (!question) {
    throw new UserError(
      `There is no question "${input.questionId}" here. Pick one from the list as you type.`,
    );
  }
  if (question.kind !== 'frq') {
    throw new UserError('Assignments take free-response questions (written answers graded by rubric).');
  }
  const now = ctx.clock.now().getTime();
  const due = parseDue(input.due, now, input.timeZone);
  if (!due.ok) throw new UserError(due.message);
  const attempts = Math.max(1, Math.min(5, Math.trunc(input.attempts)));
  const repo = ctx.store.repo(classRepo);
  const assignment = ctx.store.write(() =>
    repo.createAssignment({
      classId: cls.id,
      questionId: question.id,
      dueAt: due.at,
      reveal: input.reveal,
      attempts,
      createdBy: input.createdBy,
      createdAt: now,
    }),
  );
  ctx.jobs.arm({ kind: CLOSE_ASSIGNMENT_JOB, key: String(assignment.id), at: assignment.dueAt });
  return assignment;
}

/** What happened to a submission. */
export type SubmitOutcome =
  | { kind: 'late'; dueAt: number; texts: readonly string[] }
  | { kind: 'used-up'; attempts: number; texts: readonly string[] }
  | { kind: 'rejected'; message: string; texts: readonly string[] }
  | { kind: 'accepted'; attempt: number; result: GradeResult; reveal: Reveal; attemptsLeft: number };

/**
 * Grades and stores one submission. The deadline, the attempt count and the write are decided in
 * one transaction, so a submission is either stored (and counts for the student's own progress:
 * it is recorded through `recordAttempt` with source `assignment`) or refused with the reason and
 * the student's text, never lost in between.
 */
export function submit(
  ctx: AppContext,
  assignmentId: number,
  input: { guildId: string; userId: string; displayName: string; texts: readonly string[] },
): SubmitOutcome {
  const repo = ctx.store.repo(classRepo);
  const assignment = repo.assignment(assignmentId);
  if (!assignment || assignment.guildId !== input.guildId) {
    throw new UserError('That assignment no longer exists.');
  }
  const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
  if (!found) throw new UserError('The question of this assignment was removed; ask your teacher.');
  const { texts } = input;
  // Graded before the transaction (grading is pure and never awaits), so the write lock is short.
  const outcome = answerFrq(found.question, found.rubric, texts);
  return ctx.store.write((): SubmitOutcome => {
    const now = ctx.clock.now().getTime();
    const current = repo.assignment(assignmentId) as Assignment;
    if (current.closedAt !== null || !isOpenAt(current.dueAt, now))
      return { kind: 'late', dueAt: current.dueAt, texts };
    const used = repo.submissionCount(assignmentId, input.userId);
    if (used >= current.attempts) return { kind: 'used-up', attempts: current.attempts, texts };
    if (outcome.kind !== 'graded') return { kind: 'rejected', message: outcome.message, texts };
    const { result } = outcome;
    const recorded = recordAttempt(ctx, {
      guildId: input.guildId,
      userId: input.userId,
      questionId: assignment.questionId,
      kind: 'frq',
      source: 'assignment',
      sourceRef: String(assignmentId),
      answer: answerText(texts),
      score: result.score,
      max: result.maxScore,
      points: result.points.map((p) => ({ id: p.id, earned: p.earned })),
      misconceptions: result.misconceptions.map((m) => m.id),
      at: new Date(now),
    });
    repo.addSubmission({
      assignmentId,
      userId: input.userId,
      attempt: used + 1,
      attemptId: recorded.id,
      displayName: input.displayName,
      submittedAt: now,
    });
    return {
      kind: 'accepted',
      attempt: used + 1,
      result,
      reveal: current.reveal,
      attemptsLeft: current.attempts - used - 1,
    };
  });
}

/** Submissions with rubric labels from the question (a point the rubric no longer has keeps its id). */
export function submissionsOf(ctx: AppContext, assignment: Assignment): Submission[] {
  const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
  const labels = new Map<string, string>();
  const wrongLabels = new Map<string, string>();
  for (const part of found?.question.parts ?? []) for (const p of part.points) labels.set(p.id, p.label);
  for (const m of found?.question.misconceptions ?? []) wrongLabels.set(m.id, m.label ?? m.id);
  return ctx.store
    .repo(classRepo)
    .submissions(assignment.id)
    .map((row: SubmissionRow) => ({
      assignmentId: row.assignmentId,
      memberId: row.userId,
      displayName: row.displayName,
      attempt: row.attempt,
      submittedAt: row.submittedAt,
      score: row.score,
      maxScore: row.max,
      points: row.points.map((p) => ({ id: p.id, label: labels.get(p.id) ?? p.id, earned: p.earned })),
      misconceptions: row.misconceptions.map((id) => ({ id, label: wrongLabels.get(id) ?? id })),
      answer: row.answer,
    }));
}

/** The class summary of an assignment (no names). */
export function summaryOf(ctx: AppContext, assignment: Assignment): ClassSummary {
  const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
  const max = found?.rubric.maxScore ?? submissionsOf(ctx, assignment)[0]?.maxScore ?? 0;
  return summarize(submissionsOf(ctx, assignment), max);
}

/**
 * Closes an assignment once: only the caller that flips `closed_at` gets `closedNow`, so a timer
 * and a start-up sweep (or two processes) never post two summaries.
 */
export function closeAssignment(
  ctx: AppContext,
  id: number,
): { closedNow: boolean; assignment?: Assignment } {
  const repo = ctx.store.repo(classRepo);
  const closedNow = ctx.store.write(() => repo.close(id, ctx.clock.now().getTime()));
  ctx.jobs.cancel(CLOSE_ASSIGNMENT_JOB, String(id));
  return { closedNow, ...(repo.assignment(id) ? { assignment: repo.assignment(id) as Assignment } : {}) };
}

/**
 * A student's own feedback on an assignment: their latest submission graded again (the grader is
 * deterministic, so this is what they earned). Undefined if they did not submit.
 */
export function feedbackFor(
  ctx: AppContext,
  assignment: Assignment,
  userId: string,
): { question: FrqQuestion; result: GradeResult; texts: string[]; submission: Submission } | undefined {
  const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
  if (!found) return undefined;
  const mine = latestPerStudent(submissionsOf(ctx, assignment).filter((s) => s.memberId === userId))[0];
  if (!mine) return undefined;
  const parts = found.question.parts.length;
  const texts = answerParts(mine.answer, parts);
  return {
    question: found.question,
    result: grade(found.rubric, texts.length === parts ? texts : mine.answer),
    texts,
    submission: mine,
  };
}
