import type { AppContext } from '../context.js';
import { UserError } from '../errors.js';
import { checkDailySchedule, decideDailyRun, nextDailyRun, parseDailyTime } from '../jobs/daily.js';
import { pickQuestion } from '../quiz/pick.js';
import { questionsFor } from './question-source.js';
import { classRepo } from './repo.js';
import type { ClassInfo } from './types.js';

/** How many past daily questions the next one avoids repeating. */
const RECENT_RUNS = 5;
/** Assignments set within this window are also avoided: a class that did it on Monday should not get it again as Tuesday's daily. */
const RECENT_ASSIGNMENT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The question ids the next daily question should avoid, most recent first: the last few daily
 * questions and the questions assigned in the past week. Most recent first matters because
 * `pickQuestion` gives up the oldest ones first when a small topic leaves nothing else.
 */
export function recentClassQuestions(
  runs: readonly { questionId: string; claimedAt: number }[],
  assignments: readonly { questionId: string; createdAt: number }[],
  now: number,
): string[] {
  const dated = [
    ...runs.slice(-RECENT_RUNS).map((r) => ({ id: r.questionId, at: r.claimedAt })),
    ...assignments
      .filter((a) => now - a.createdAt <= RECENT_ASSIGNMENT_MS)
      .map((a) => ({ id: a.questionId, at: a.createdAt })),
  ].sort((a, b) => b.at - a.at);
  return [...new Set(dated.map((d) => d.id))];
}

/** The job kind that posts a class's daily question. */
export const DAILY_QUESTION_JOB = 'class-daily';

/** Starts (or changes) a class's daily question; returns when it first runs. */
export function scheduleDaily(
  ctx: AppContext,
  cls: ClassInfo,
  input: { time: string; timeZone: string; topic: string | null; by: string },
): { nextRunAt: number; time: string } {
  const checked = checkDailySchedule(input.time, input.timeZone);
  if (!checked.ok) throw new UserError(checked.message);
  if (input.topic !== null) {
    const catalog = questionsFor(ctx, cls.guildId);
    if (!catalog.target(input.topic) || catalog.matching({ topic: input.topic }).length === 0) {
      throw new UserError(
        `There are no questions on "${input.topic}". Pick a topic from the list as you type.`,
      );
    }
  }
  const now = ctx.clock.now().getTime();
  const time = `${String(checked.time.hour).padStart(2, '0')}:${String(checked.time.minute).padStart(2, '0')}`;
  const nextRunAt = nextDailyRun(checked.time, input.timeZone, now);
  const repo = ctx.store.repo(classRepo);
  ctx.store.write(() =>
    repo.saveSchedule({
      classId: cls.id,
      time,
      timeZone: input.timeZone,
      topic: input.topic,
      nextRunAt,
      createdBy: input.by,
      at: now,
    }),
  );
  ctx.jobs.arm({ kind: DAILY_QUESTION_JOB, key: String(cls.id), at: nextRunAt });
  return { nextRunAt, time };
}

/** Stops a class's daily question; false if there was none. */
export function stopDaily(ctx: AppContext, cls: ClassInfo): boolean {
  const removed = ctx.store.write(() => ctx.store.repo(classRepo).removeSchedule(cls.id));
  ctx.jobs.cancel(DAILY_QUESTION_JOB, String(cls.id));
  return removed;
}

/** What a due daily run should post, if anything. */
export interface DailyPost {
  readonly classId: number;
  readonly guildId: string;
  readonly channelId: string;
  readonly localDate: string;
  readonly questionId: string;
  readonly topic: string | null;
}

/**
 * Runs a class's daily question when it is due: applies the missed-run rule, claims the local
 * date (unique per class, so a restart or a second process never posts twice), stores and arms
 * the next run. Returns the post to make, or undefined when there is nothing to post.
 */
export function runDaily(ctx: AppContext, classId: number): DailyPost | undefined {
  const repo = ctx.store.repo(classRepo);
  const result = ctx.store.write(() => {
    const schedule = repo.schedule(classId);
    if (!schedule) return undefined;
    const now = ctx.clock.now().getTime();
    if (schedule.nextRunAt > now) return { next: schedule.nextRunAt, post: undefined };
    const time = parseDailyTime(schedule.time);
    if (!time) return undefined;
    const decision = decideDailyRun(schedule.nextRunAt, now, time, schedule.timeZone);
    repo.setNextRun(classId, decision.next);
    if (decision.action === 'skip') return { next: decision.next, post: undefined };
    const catalog = questionsFor(ctx, schedule.guildId);
    const recent = recentClassQuestions(repo.runs(classId), repo.classAssignments(classId), now);
    const question = pickQuestion(
      catalog.matching({ topic: schedule.topic ?? undefined }),
      recent,
      ctx.random,
    );
    if (!question || !repo.claimRun(classId, decision.localDate, question.id, now)) {
      return { next: decision.next, post: undefined };
    }
    const post: DailyPost = {
      classId,
      guildId: schedule.guildId,
      channelId: schedule.channelId,
      localDate: decision.localDate,
      questionId: question.id,
      topic: schedule.topic,
    };
    return { next: decision.next, post };
  });
  if (!result) return undefined;
  ctx.jobs.arm({ kind: DAILY_QUESTION_JOB, key: String(classId), at: result.next });
  return result.post;
}
