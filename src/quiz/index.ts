/**
 * /quiz without Discord: which question to ask (by topic, unit or kind, avoiding repeats), and
 * checking and grading what the student sent. The command and views live in commands/quiz.ts and
 * src/discord/views/quiz-*.ts.
 */
export { answerFrq, answerMcq, checkAnswer, type FrqOutcome, type RejectReason } from './answer.js';
export {
  catalogFromBank,
  loadQuestionCatalogOrThrow,
  MAX_QUIZ_PARTS,
  QuestionCatalog,
  type QuizFilter,
} from './catalog.js';
export { pickQuestion, type Random } from './pick.js';
export {
  humanizeTopic,
  type QuestionKind,
  resolveTopic,
  slug,
  suggestTopics,
  type TopicTarget,
  unitKey,
} from './topics.js';
