/** A class: one channel in one server, with the member who set it up and an optional teacher role. */
export interface ClassInfo {
  readonly id: number;
  readonly guildId: string;
  readonly channelId: string;
  readonly teacherId: string;
  readonly teacherRoleId: string | null;
  readonly createdAt: number;
}

/** When a student sees their feedback: right after submitting, or when the assignment closes. */
export type Reveal = 'on-submit' | 'after-due';

/** An assignment posted in a class channel. */
export interface Assignment {
  readonly id: number;
  readonly classId: number;
  readonly guildId: string;
  readonly channelId: string;
  /** The question id as the guild's QuestionSource knows it (imported ones are namespaced). */
  readonly questionId: string;
  readonly dueAt: number;
  readonly reveal: Reveal;
  readonly attempts: number;
  readonly createdBy: string;
  readonly createdAt: number;
  /** Id of the public post with the Answer button, once sent. */
  readonly messageId: string | null;
  readonly closedAt: number | null;
}

/** A rubric point as graded for one submission. */
export interface PointMark {
  readonly id: string;
  readonly label: string;
  readonly earned: boolean;
}

/** A misconception recognised in a submission. */
export interface MisconceptionMark {
  readonly id: string;
  readonly label: string;
}

/** One graded submission to an assignment. */
export interface Submission {
  readonly assignmentId: number;
  readonly memberId: string;
  readonly displayName: string;
  readonly attempt: number;
  readonly submittedAt: number;
  readonly score: number;
  readonly maxScore: number;
  readonly points: readonly PointMark[];
  readonly misconceptions: readonly MisconceptionMark[];
  /** The student's answer, parts joined with blank lines. */
  readonly answer: string;
}
