/**
 * Study services without Discord: recording graded attempts (every source goes through
 * {@link recordAttempt}), and, built on that history, spaced review, progress and the leaderboard.
 */
export {
  type AttemptInput,
  answerText,
  DM_GUILD,
  frqGrade,
  mcqGrade,
  type RecordedAttempt,
  recordAttempt,
  type StudyDeps,
} from './record.js';
