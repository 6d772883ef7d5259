/**
 * Challenges without Discord: timed rounds a channel plays together and duels between two members,
 * as rules over stored state and the clock. The command is commands/challenge.ts; the views are
 * src/discord/views/challenge-*.ts; the timers that reveal questions are src/discord/challenge-runtime.ts.
 */
export { type AnswerOutcome, checkCanAnswer, type Response, submitAnswer } from './answer.js';
export {
  acceptDuel,
  declineDuel,
  expireInvite,
  type InviteOutcome,
  inviteDuel,
  type ReplyOutcome,
} from './duel.js';
export { type FeedbackOutcome, feedbackOn } from './feedback.js';
export { challengeRepo } from './repo.js';
export {
  admitAnswer,
  checkDuel,
  type DuelRefusal,
  everyoneAnswered,
  LIMITS,
  planQuestions,
  type Refusal,
} from './rules.js';
export { createChallengeTables } from './schema.js';
export {
  maxBonusCenti,
  podiumOf,
  type QuestionSummary,
  type Standing,
  speedBonusCenti,
  standingsOf,
  summarizeQuestion,
  totalOf,
} from './scoring.js';
export {
  answersOf,
  type ChallengeDeps,
  contentOf,
  currentQuestion,
  getChallenge,
  type OpenQuestion,
  openChallenges,
  type RevealResult,
  type RoundRequest,
  revealQuestion,
  type StartOutcome,
  type StopOutcome,
  setChallengeMessage,
  setQuestionMessage,
  startRound,
  stopRound,
} from './service.js';
export * from './types.js';
