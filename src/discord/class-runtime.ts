import type { Client } from 'discord.js';
import { DAILY_QUESTION_JOB, runDaily } from '../classes/daily.js';
import { questionsFor } from '../classes/question-source.js';
import { classRepo } from '../classes/repo.js';
import { assignmentQuestion, CLOSE_ASSIGNMENT_JOB, closeAssignment, summaryOf } from '../classes/service.js';
import type { AppContext } from '../context.js';
import { assignmentPostView } from './views/class-assignment.js';
import { closingSummaryView } from './views/class-results.js';
import type { MessageView } from './views/payload.js';
import { frqQuestionView, mcqQuestionView } from './views/quiz-question.js';

/** Posts a view in a channel with mentions off; returns the message id. */
async function post(client: Client, channelId: string, view: MessageView): Promise<string | undefined> {
  const channel = await client.channels.fetch(channelId);
  if (!channel?.isSendable()) return undefined;
  const message = await channel.send({ ...view, allowedMentions: { parse: [] } });
  return message.id;
}

/**
 * Closes an assignment and posts its summary, once: only the caller that closed it posts, so the
 * timer, `/class close` and the start-up sweep can all call this safely. The assignment post's
 * Answer button is disabled; a student with the form still open gets the late reply on submit.
 */
export async function closeAndPost(client: Client, ctx: AppContext, assignmentId: number): Promise<boolean> {
  const { closedNow, assignment } = closeAssignment(ctx, assignmentId);
  if (!closedNow || !assignment) return false;
  const found = assignmentQuestion(ctx, assignment.guildId, assignment.questionId);
  if (!found) {
    ctx.logger.warn({ assignmentId }, 'closed an assignment whose question is gone; no summary');
    return true;
  }
  const summaryId = await post(
    client,
    assignment.channelId,
    closingSummaryView(assignment, found.question, summaryOf(ctx, assignment)),
  );
  if (summaryId) ctx.store.write(() => ctx.store.repo(classRepo).setSummaryMessage(assignment.id, summaryId));
  if (assignment.messageId) {
    try {
      const channel = await client.channels.fetch(assignment.channelId);
      if (channel?.isTextBased()) {
        await channel.messages.edit(
          assignment.messageId,
          assignmentPostView(assignment, found.question, found.rubric.maxScore),
        );
      }
    } catch (err) {
      // The post may have been deleted by a moderator; the summary is what matters.
      ctx.logger.warn({ err, assignmentId }, 'could not mark the assignment post closed');
    }
  }
  ctx.logger.info({ assignmentId, summaryId }, 'assignment closed');
  return true;
}

/** Posts a class's daily question when due (see runDaily for the claim and missed-run rule). */
async function postDaily(client: Client, ctx: AppContext, classId: number): Promise<void> {
  const due = runDaily(ctx, classId);
  if (!due) return;
  const catalog = questionsFor(ctx, due.guildId);
  const question = catalog.get(due.questionId);
  if (!question) return;
  const carry = { topic: due.topic ?? undefined };
  const view =
    question.kind === 'frq'
      ? frqQuestionView(question, catalog.frq(question.id)?.rubric.maxScore ?? 0, carry)
      : mcqQuestionView(question, carry);
  const id = await post(client, due.channelId, {
    ...view,
    content: `🗓️ **Question of the day** (${due.localDate})`,
  });
  if (id) ctx.store.write(() => ctx.store.repo(classRepo).setRunMessage(classId, due.localDate, id));
}

/**
 * Registers the class job kinds: pending closings and daily runs are read from the store, so on
 * start-up every timer is re-armed, and an assignment whose deadline passed while the bot was down
 * is closed at once with its summary posted.
 */
export function registerClassJobs(client: Client, ctx: AppContext): void {
  const repo = ctx.store.repo(classRepo);
  ctx.jobs.register({
    kind: CLOSE_ASSIGNMENT_JOB,
    pending: () =>
      repo.openAssignments().map((a) => ({ kind: CLOSE_ASSIGNMENT_JOB, key: String(a.id), at: a.dueAt })),
    run: async (job) => {
      await closeAndPost(client, ctx, Number(job.key));
    },
  });
  ctx.jobs.register({
    kind: DAILY_QUESTION_JOB,
    pending: () =>
      repo.schedules().map((s) => ({ kind: DAILY_QUESTION_JOB, key: String(s.classId), at: s.nextRunAt })),
    run: (job) => postDaily(client, ctx, Number(job.key)),
  });
}
