/**
 * Study services without Discord: recording graded attempts (every source goes through
 * {@link recordAttempt}), and, built on that history, drafts, spaced review, progress, the
 * leaderboard and a member's own data.
 */
export {
  DRAFT_TTL_MS,
  draftFor,
  expireDrafts,
  type MemberKey,
  noteGiven,
  saveDraft,
  sourceOf,
} from './drafts.js';
export {
  type LeaderboardEntry,
  type LeaderboardPage,
  leaderboard,
  PAGE_SIZE,
  type Period,
  periodStartDay,
} from './leaderboard.js';
export { deleteMember, exportMember, MEMBER_COLUMNS, type MemberExport, memberColumns } from './privacy.js';
export { type Mastery, type ProgressReport, progressChartSpec, progressReport } from './progress.js';
export {
  type AttemptInput,
  answerParts,
  answerText,
  DM_GUILD,
  firstChoiceOnPost,
  frqGrade,
  mcqGrade,
  practicePostRef,
  type RecordedAttempt,
  recordAttempt,
  type StudyDeps,
} from './record.js';
export {
  NEW_PER_DAY,
  type NothingToReview,
  nextReview,
  pickForQuiz,
  type ReviewItem,
  recordTermView,
  reviewTerm,
} from './review.js';
export { QUICK_MS, ratingFor } from './schedule.js';
export { dayOf, type Streak, streakOf } from './streak.js';
export { popularTermIds, recentTermIds } from './term-history.js';
