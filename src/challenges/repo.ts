import type Database from 'better-sqlite3';
import type {
  Challenge,
  ChallengeAnswer,
  ChallengeKind,
  ChallengeMode,
  ChallengeQuestion,
  ChallengeStatus,
} from './types.js';

interface RawChallenge {
  id: number;
  guild_id: string;
  channel_id: string;
  mode: ChallengeMode;
  /** From challenge_members; null once the member's data was deleted. */
  starter_id: string | null;
  opponent_id: string | null;
  topic: string | null;
  kind: ChallengeKind;
  seconds: number;
  question_count: number;
  status: ChallengeStatus;
  current: number;
  created_at: number;
  invite_expires_at: number | null;
  ended_at: number | null;
  message_id: string | null;
}

interface RawQuestion {
  challenge_id: number;
  idx: number;
  question_id: string;
  opened_at: number | null;
  deadline: number | null;
  revealed_at: number | null;
  message_id: string | null;
}

interface RawAnswer {
  challenge_id: number;
  idx: number;
  user_id: string;
  answer: string;
  earned: number;
  max: number;
  correct: number;
  bonus_centi: number;
  elapsed_ms: number;
  at: number;
}

function challengeOf(r: RawChallenge): Challenge {
  return {
    id: r.id,
    guildId: r.guild_id,
    channelId: r.channel_id,
    mode: r.mode,
    // A member who deleted their data is nobody: '' matches no one's id.
    starterId: r.starter_id ?? '',
    opponentId: r.opponent_id,
    topic: r.topic,
    kind: r.kind,
    seconds: r.seconds,
    questionCount: r.question_count,
    status: r.status,
    current: r.current,
    createdAt: r.created_at,
    inviteExpiresAt: r.invite_expires_at,
    endedAt: r.ended_at,
    messageId: r.message_id,
  };
}

function questionOf(r: RawQuestion): ChallengeQuestion {
  return {
    challengeId: r.challenge_id,
    index: r.idx,
    questionId: r.question_id,
    openedAt: r.opened_at,
    deadline: r.deadline,
    revealedAt: r.revealed_at,
    messageId: r.message_id,
  };
}

function answerOf(r: RawAnswer): ChallengeAnswer {
  return {
    challengeId: r.challenge_id,
    index: r.idx,
    userId: r.user_id,
    answer: r.answer,
    earned: r.earned,
    max: r.max,
    correct: r.correct === 1,
    bonusCenti: r.bonus_centi,
    elapsedMs: r.elapsed_ms,
    at: r.at,
  };
}

/** A challenge with its starter and opponent (from challenge_members). */
const SELECT = `SELECT c.*, s.user_id AS starter_id, o.user_id AS opponent_id
  FROM challenges c
  LEFT JOIN challenge_members s ON s.challenge_id = c.id AND s.role = 'starter'
  LEFT JOIN challenge_members o ON o.challenge_id = c.id AND o.role = 'opponent'`;

/** A new challenge before it has an id. */
export type NewChallenge = Omit<Challenge, 'id' | 'current' | 'endedAt' | 'messageId'>;

/**
 * Challenges, their questions and answers: every statement prepared once per open database. Single
 * statements here; the service groups them into one transaction per state change.
 */
export class ChallengeRepo {
  private readonly s;

  constructor(readonly db: Database.Database) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO challenges (guild_id, channel_id, mode, topic, kind, seconds, question_count, status, created_at,
           invite_expires_at)
         VALUES (@guildId, @channelId, @mode, @topic, @kind, @seconds, @questionCount, @status, @createdAt,
           @inviteExpiresAt)`,
      ),
      insertMember: db.prepare(
        'INSERT INTO challenge_members (challenge_id, role, user_id) VALUES (?, ?, ?)',
      ),
      insertQuestion: db.prepare(
        'INSERT INTO challenge_questions (challenge_id, idx, question_id) VALUES (?, ?, ?)',
      ),
      get: db.prepare<[number], RawChallenge>(`${SELECT} WHERE c.id = ?`),
      questions: db.prepare<[number], RawQuestion>(
        'SELECT * FROM challenge_questions WHERE challenge_id = ? ORDER BY idx',
      ),
      question: db.prepare<[number, number], RawQuestion>(
        'SELECT * FROM challenge_questions WHERE challenge_id = ? AND idx = ?',
      ),
      runningRound: db.prepare<[string], RawChallenge>(
        `${SELECT} WHERE c.channel_id = ? AND c.mode = 'round' AND c.status = 'running'`,
      ),
      duelOf: db.prepare<[string, string], RawChallenge>(
        `${SELECT} WHERE c.id IN (SELECT challenge_id FROM challenge_members WHERE user_id = ?)
           AND c.status IN ('invited', 'running') AND c.mode = 'duel' AND c.guild_id = ? LIMIT 1`,
      ),
      open: db.prepare<[], RawChallenge>(`${SELECT} WHERE c.status IN ('invited', 'running') ORDER BY c.id`),
      setStatus: db.prepare<[ChallengeStatus, number | null, number, ChallengeStatus]>(
        'UPDATE challenges SET status = ?, ended_at = ? WHERE id = ? AND status = ?',
      ),
      setCurrent: db.prepare<[number, number]>('UPDATE challenges SET current = ? WHERE id = ?'),
      setMessage: db.prepare<[string, number]>('UPDATE challenges SET message_id = ? WHERE id = ?'),
      openQuestion: db.prepare<[number, number, number, number]>(
        'UPDATE challenge_questions SET opened_at = ?, deadline = ? WHERE challenge_id = ? AND idx = ? AND opened_at IS NULL',
      ),
      reveal: db.prepare<[number, number, number]>(
        'UPDATE challenge_questions SET revealed_at = ? WHERE challenge_id = ? AND idx = ? AND revealed_at IS NULL',
      ),
      setQuestionMessage: db.prepare<[string, number, number]>(
        'UPDATE challenge_questions SET message_id = ? WHERE challenge_id = ? AND idx = ?',
      ),
      insertAnswer: db.prepare(
        `INSERT OR IGNORE INTO challenge_answers (challenge_id, idx, user_id, answer, earned, max, correct, bonus_centi,
           elapsed_ms, at)
         VALUES (@challengeId, @index, @userId, @answer, @earned, @max, @correct, @bonusCenti, @elapsedMs, @at)`,
      ),
      answers: db.prepare<[number], RawAnswer>(
        'SELECT * FROM challenge_answers WHERE challenge_id = ? ORDER BY idx, at, rowid',
      ),
      answersTo: db.prepare<[number, number], RawAnswer>(
        'SELECT * FROM challenge_answers WHERE challenge_id = ? AND idx = ? ORDER BY at, rowid',
      ),
      // Members who answered an earlier question but not this one; the early reveal waits for them.
      waitingFor: db.prepare<[number, number, number, number], { earlier: number; missing: number }>(
        `SELECT count(DISTINCT a.user_id) AS earlier,
                count(DISTINCT CASE WHEN b.user_id IS NULL THEN a.user_id END) AS missing
           FROM challenge_answers a
           LEFT JOIN challenge_answers b ON b.challenge_id = ? AND b.idx = ? AND b.user_id = a.user_id
          WHERE a.challenge_id = ? AND a.idx < ?`,
      ),
      hasAnswered: db.prepare<[number, number, string], { one: number }>(
        'SELECT 1 AS one FROM challenge_answers WHERE challenge_id = ? AND idx = ? AND user_id = ?',
      ),
    };
  }

  /** Inserts a challenge and its question list; returns the new id (call inside a transaction). */
  insert(challenge: NewChallenge, questionIds: readonly string[]): number {
    const { starterId, opponentId, ...row } = challenge;
    const id = Number(this.s.insert.run(row).lastInsertRowid);
    this.s.insertMember.run(id, 'starter', starterId);
    if (opponentId !== null) this.s.insertMember.run(id, 'opponent', opponentId);
    questionIds.forEach((questionId, i) => {
      this.s.insertQuestion.run(id, i, questionId);
    });
    return id;
  }

  get(id: number): Challenge | undefined {
    const raw = this.s.get.get(id);
    return raw ? challengeOf(raw) : undefined;
  }

  questions(id: number): ChallengeQuestion[] {
    return this.s.questions.all(id).map(questionOf);
  }

  question(id: number, index: number): ChallengeQuestion | undefined {
    const raw = this.s.question.get(id, index);
    return raw ? questionOf(raw) : undefined;
  }

  /** The round running in a channel, if any. */
  runningRoundIn(channelId: string): Challenge | undefined {
    const raw = this.s.runningRound.get(channelId);
    return raw ? challengeOf(raw) : undefined;
  }

  /** A duel this member is invited to, has offered, or is playing in this server. */
  activeDuelOf(guildId: string, userId: string): Challenge | undefined {
    const raw = this.s.duelOf.get(userId, guildId);
    return raw ? challengeOf(raw) : undefined;
  }

  /** Every challenge still invited or running (re-armed at start-up). */
  open(): Challenge[] {
    return this.s.open.all().map(challengeOf);
  }

  /** Moves a challenge from `from` to `to`; false when it was not in `from` any more. */
  transition(id: number, from: ChallengeStatus, to: ChallengeStatus, endedAt: number | null): boolean {
    return this.s.setStatus.run(to, endedAt, id, from).changes === 1;
  }

  setCurrent(id: number, index: number): void {
    this.s.setCurrent.run(index, id);
  }

  setMessage(id: number, messageId: string): void {
    this.s.setMessage.run(messageId, id);
  }

  /** Opens a question's clock; false when it was open already. */
  openQuestion(id: number, index: number, openedAt: number, deadline: number): boolean {
    return this.s.openQuestion.run(openedAt, deadline, id, index).changes === 1;
  }

  /** Marks a question revealed; false when it was already (so only one caller reveals it). */
  reveal(id: number, index: number, at: number): boolean {
    return this.s.reveal.run(at, id, index).changes === 1;
  }

  setQuestionMessage(id: number, index: number, messageId: string): void {
    this.s.setQuestionMessage.run(messageId, id, index);
  }

  /** Stores an answer unless the member already has one for the question; true when stored. */
  insertAnswer(answer: ChallengeAnswer): boolean {
    return this.s.insertAnswer.run({ ...answer, correct: answer.correct ? 1 : 0 }).changes === 1;
  }

  answers(id: number): ChallengeAnswer[] {
    return this.s.answers.all(id).map(answerOf);
  }

  answersTo(id: number, index: number): ChallengeAnswer[] {
    return this.s.answersTo.all(id, index).map(answerOf);
  }

  /**
   * How many members answered an earlier question than `index`, and how many of those have not
   * answered `index` yet (one indexed query, not a read of every answer).
   */
  waitingFor(id: number, index: number): { earlier: number; missing: number } {
    return this.s.waitingFor.get(id, index, id, index) ?? { earlier: 0, missing: 0 };
  }

  hasAnswered(id: number, index: number, userId: string): boolean {
    return this.s.hasAnswered.get(id, index, userId) !== undefined;
  }
}

/** Builds the repository for a store (`store.repo(challengeRepo)`). */
export function challengeRepo(db: Database.Database): ChallengeRepo {
  return new ChallengeRepo(db);
}
