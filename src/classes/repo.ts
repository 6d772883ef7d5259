import type Database from 'better-sqlite3';
import { decodeIds, decodePoints } from '../store/attempts.js';
import type { Assignment, ClassInfo, Reveal } from './types.js';

interface RawClass {
  id: number;
  guild_id: string;
  channel_id: string;
  teacher_id: string;
  teacher_role_id: string | null;
  created_at: number;
}

interface RawAssignment {
  id: number;
  class_id: number;
  guild_id: string;
  channel_id: string;
  question_id: string;
  due_at: number;
  reveal: Reveal;
  attempts: number;
  created_by: string;
  created_at: number;
  message_id: string | null;
  closed_at: number | null;
}

/** A stored submission with what grading recorded for it (labels are the caller's, from the rubric). */
export interface SubmissionRow {
  readonly assignmentId: number;
  readonly userId: string;
  readonly attempt: number;
  readonly attemptId: string;
  readonly displayName: string;
  readonly submittedAt: number;
  readonly score: number;
  readonly max: number;
  readonly answer: string;
  readonly points: readonly { id: string; earned: boolean }[];
  readonly misconceptions: readonly string[];
}

/** A daily-question schedule as stored. */
export interface ScheduleRow {
  readonly classId: number;
  readonly guildId: string;
  readonly channelId: string;
  readonly time: string;
  readonly timeZone: string;
  readonly topic: string | null;
  readonly nextRunAt: number;
}

const classOf = (r: RawClass): ClassInfo => ({
  id: r.id,
  guildId: r.guild_id,
  channelId: r.channel_id,
  teacherId: r.teacher_id,
  teacherRoleId: r.teacher_role_id,
  createdAt: r.created_at,
});

const assignmentOf = (r: RawAssignment): Assignment => ({
  id: r.id,
  classId: r.class_id,
  guildId: r.guild_id,
  channelId: r.channel_id,
  questionId: r.question_id,
  dueAt: r.due_at,
  reveal: r.reveal,
  attempts: r.attempts,
  createdBy: r.created_by,
  createdAt: r.created_at,
  messageId: r.message_id,
  closedAt: r.closed_at,
});

const ASSIGNMENT_COLUMNS = `a.id, a.class_id, c.guild_id, c.channel_id, a.question_id, a.due_at, a.reveal, a.attempts,
  a.created_by, a.created_at, a.message_id, a.closed_at`;

/**
 * Classes, assignments, submissions, imported questions and daily schedules: every statement
 * prepared once per open store (`store.repo(classRepo)`). Writes that must go together are
 * wrapped by the caller in `store.write`.
 */
export class ClassRepo {
  private readonly s;

  constructor(readonly db: Database.Database) {
    this.s = {
      classByChannel: db.prepare<[string], RawClass>('SELECT * FROM classes WHERE channel_id = ?'),
      classById: db.prepare<[number], RawClass>('SELECT * FROM classes WHERE id = ?'),
      upsertClass: db.prepare(
        `INSERT INTO classes (guild_id, channel_id, teacher_id, teacher_role_id, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (channel_id) DO UPDATE SET teacher_role_id = excluded.teacher_role_id`,
      ),
      insertAssignment: db.prepare(
        `INSERT INTO assignments (class_id, question_id, due_at, reveal, attempts, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      assignment: db.prepare<[number], RawAssignment>(
        `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN classes c ON c.id = a.class_id WHERE a.id = ?`,
      ),
      openAssignments: db.prepare<[], RawAssignment>(
        `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN classes c ON c.id = a.class_id
         WHERE a.closed_at IS NULL ORDER BY a.due_at`,
      ),
      classAssignments: db.prepare<[number], RawAssignment>(
        `SELECT ${ASSIGNMENT_COLUMNS} FROM assignments a JOIN classes c ON c.id = a.class_id
         WHERE a.class_id = ? ORDER BY a.created_at DESC, a.id DESC`,
      ),
      setMessage: db.prepare('UPDATE assignments SET message_id = ? WHERE id = ?'),
      close: db.prepare('UPDATE assignments SET closed_at = ? WHERE id = ? AND closed_at IS NULL'),
      setSummary: db.prepare('UPDATE assignments SET summary_message_id = ? WHERE id = ?'),
      countSubmissions: db.prepare<[number, string], { n: number }>(
        'SELECT count(*) AS n FROM submissions WHERE assignment_id = ? AND user_id = ?',
      ),
      insertSubmission: db.prepare(
        `INSERT INTO submissions (assignment_id, user_id, attempt, attempt_id, display_name, submitted_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      submissions: db.prepare<
        [number],
        {
          assignment_id: number;
          user_id: string;
          attempt: number;
          attempt_id: string;
          display_name: string;
          submitted_at: number;
          score: number;
          max: number;
          answer: string;
          points: string;
          misconceptions: string;
        }
      >(
        `SELECT s.assignment_id, s.user_id, s.attempt, s.attempt_id, s.display_name, s.submitted_at,
           t.score, t.max, t.answer, t.points, t.misconceptions
         FROM submissions s JOIN attempts t ON t.id = s.attempt_id
         WHERE s.assignment_id = ? ORDER BY s.submitted_at, s.user_id, s.attempt`,
      ),
      guildQuestions: db.prepare<[string], { question_id: string; yaml: string; added_at: number }>(
        'SELECT question_id, yaml, added_at FROM guild_questions WHERE guild_id = ? ORDER BY question_id',
      ),
      upsertGuildQuestion: db.prepare(
        `INSERT INTO guild_questions (guild_id, question_id, yaml, added_by, added_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (guild_id, question_id) DO UPDATE SET yaml = excluded.yaml, added_by = excluded.added_by,
           added_at = excluded.added_at`,
      ),
      removeGuildQuestion: db.prepare('DELETE FROM guild_questions WHERE guild_id = ? AND question_id = ?'),
      upsertSchedule: db.prepare(
        `INSERT INTO class_schedules (class_id, time, time_zone, topic, next_run_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (class_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
           topic = excluded.topic, next_run_at = excluded.next_run_at, created_by = excluded.created_by,
           updated_at = excluded.updated_at`,
      ),
      removeSchedule: db.prepare('DELETE FROM class_schedules WHERE class_id = ?'),
      schedules: db.prepare<[], Record<string, unknown>>(
        `SELECT s.class_id, c.guild_id, c.channel_id, s.time, s.time_zone, s.topic, s.next_run_at
         FROM class_schedules s JOIN classes c ON c.id = s.class_id ORDER BY s.next_run_at`,
      ),
      schedule: db.prepare<[number], Record<string, unknown>>(
        `SELECT s.class_id, c.guild_id, c.channel_id, s.time, s.time_zone, s.topic, s.next_run_at
         FROM class_schedules s JOIN classes c ON c.id = s.class_id WHERE s.class_id = ?`,
      ),
      setNextRun: db.prepare('UPDATE class_schedules SET next_run_at = ? WHERE class_id = ?'),
      claimRun: db.prepare(
        'INSERT OR IGNORE INTO daily_runs (class_id, local_date, question_id, claimed_at) VALUES (?, ?, ?, ?)',
      ),
      setRunMessage: db.prepare('UPDATE daily_runs SET message_id = ? WHERE class_id = ? AND local_date = ?'),
      runs: db.prepare<[number], { local_date: string; question_id: string; claimed_at: number }>(
        'SELECT local_date, question_id, claimed_at FROM daily_runs WHERE class_id = ? ORDER BY local_date',
      ),
    };
  }

  classByChannel(channelId: string): ClassInfo | undefined {
    const r = this.s.classByChannel.get(channelId);
    return r ? classOf(r) : undefined;
  }

  classById(id: number): ClassInfo | undefined {
    const r = this.s.classById.get(id);
    return r ? classOf(r) : undefined;
  }

  /** Makes a channel a class with `teacherId` as its teacher, or updates an existing class's role (its teacher stays); returns the class. */
  setupClass(
    guildId: string,
    channelId: string,
    teacherId: string,
    roleId: string | null,
    at: number,
  ): ClassInfo {
    this.s.upsertClass.run(guildId, channelId, teacherId, roleId, at);
    return this.classByChannel(channelId) as ClassInfo;
  }

  createAssignment(a: {
    classId: number;
    questionId: string;
    dueAt: number;
    reveal: Reveal;
    attempts: number;
    createdBy: string;
    createdAt: number;
  }): Assignment {
    const info = this.s.insertAssignment.run(
      a.classId,
      a.questionId,
      a.dueAt,
      a.reveal,
      a.attempts,
      a.createdBy,
      a.createdAt,
    );
    return this.assignment(Number(info.lastInsertRowid)) as Assignment;
  }

  assignment(id: number): Assignment | undefined {
    const r = this.s.assignment.get(id);
    return r ? assignmentOf(r) : undefined;
  }

  openAssignments(): Assignment[] {
    return this.s.openAssignments.all().map(assignmentOf);
  }

  /** A class's assignments, newest first. */
  classAssignments(classId: number): Assignment[] {
    return this.s.classAssignments.all(classId).map(assignmentOf);
  }

  setMessageId(id: number, messageId: string): void {
    this.s.setMessage.run(messageId, id);
  }

  /** Marks an assignment closed; true only for the caller that closed it (the others lost the race). */
  close(id: number, at: number): boolean {
    return this.s.close.run(at, id).changes === 1;
  }

  setSummaryMessage(id: number, messageId: string): void {
    this.s.setSummary.run(messageId, id);
  }

  submissionCount(assignmentId: number, userId: string): number {
    return this.s.countSubmissions.get(assignmentId, userId)?.n ?? 0;
  }

  addSubmission(s: {
    assignmentId: number;
    userId: string;
    attempt: number;
    attemptId: string;
    displayName: string;
    submittedAt: number;
  }): void {
    this.s.insertSubmission.run(
      s.assignmentId,
      s.userId,
      s.attempt,
      s.attemptId,
      s.displayName,
      s.submittedAt,
    );
  }

  /** Every submission to an assignment with its score, rubric points and misconceptions. */
  submissions(assignmentId: number): SubmissionRow[] {
    return this.s.submissions.all(assignmentId).map((r) => ({
      assignmentId: r.assignment_id,
      userId: r.user_id,
      attempt: r.attempt,
      attemptId: r.attempt_id,
      displayName: r.display_name,
      submittedAt: r.submitted_at,
      score: r.score,
      max: r.max,
      answer: r.answer,
      points: decodePoints(r.points),
      misconceptions: decodeIds(r.misconceptions),
    }));
  }

  guildQuestions(guildId: string): { questionId: string; yaml: string; addedAt: number }[] {
    return this.s.guildQuestions
      .all(guildId)
      .map((r) => ({ questionId: r.question_id, yaml: r.yaml, addedAt: r.added_at }));
  }

  saveGuildQuestion(guildId: string, questionId: string, yaml: string, addedBy: string, at: number): void {
    this.s.upsertGuildQuestion.run(guildId, questionId, yaml, addedBy, at);
  }

  removeGuildQuestion(guildId: string, questionId: string): boolean {
    return this.s.removeGuildQuestion.run(guildId, questionId).changes === 1;
  }

  saveSchedule(s: {
    classId: number;
    time: string;
    timeZone: string;
    topic: string | null;
    nextRunAt: number;
    createdBy: string;
    at: number;
  }): void {
    this.s.upsertSchedule.run(s.classId, s.time, s.timeZone, s.topic, s.nextRunAt, s.createdBy, s.at);
  }

  removeSchedule(classId: number): boolean {
    return this.s.removeSchedule.run(classId).changes === 1;
  }

  schedules(): ScheduleRow[] {
    return this.s.schedules.all().map(scheduleOf);
  }

  schedule(classId: number): ScheduleRow | undefined {
    const r = this.s.schedule.get(classId);
    return r ? scheduleOf(r) : undefined;
  }

  setNextRun(classId: number, at: number): void {
    this.s.setNextRun.run(at, classId);
  }

  /** Claims a class's daily run for a local date; false when it was claimed already (never post twice). */
  claimRun(classId: number, localDate: string, questionId: string, at: number): boolean {
    return this.s.claimRun.run(classId, localDate, questionId, at).changes === 1;
  }

  setRunMessage(classId: number, localDate: string, messageId: string): void {
    this.s.setRunMessage.run(messageId, classId, localDate);
  }

  /** The runs claimed for a class, oldest first. */
  runs(classId: number): { localDate: string; questionId: string; claimedAt: number }[] {
    return this.s.runs
      .all(classId)
      .map((r) => ({ localDate: r.local_date, questionId: r.question_id, claimedAt: r.claimed_at }));
  }
}

function scheduleOf(r: Record<string, unknown>): ScheduleRow {
  return {
    classId: r.class_id as number,
    guildId: r.guild_id as string,
    channelId: r.channel_id as string,
    time: r.time as string,
    timeZone: r.time_zone as string,
    topic: (r.topic as string | null) ?? null,
    nextRunAt: r.next_run_at as number,
  };
}

/** The repository factory for `store.repo(classRepo)`. */
export const classRepo = (db: Database.Database): ClassRepo => new ClassRepo(db);
