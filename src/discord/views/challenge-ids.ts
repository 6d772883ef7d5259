import { customId } from '../custom-id.js';

/** The command that owns every custom_id the challenge views create. */
export const CHALLENGE_COMMAND = 'challenge';

/**
 * custom_id actions of /challenge. Every id names the challenge and the question it belongs to, so a
 * press can be checked against the stored state (which question is open, which message carries it):
 *
 *   challenge:<action>:<challengeId>:<questionIndex>[:<choiceId>]
 *   challenge:<accept | decline>:<challengeId>
 *
 * e.g. `challenge:pick:12:0:b`, `challenge:answer:12:1`, `challenge:accept:13`.
 */
export const ChallengeAction = {
  /** An MCQ choice button. */
  pick: 'pick',
  /** FRQ "Answer": opens the answer form. */
  answer: 'answer',
  /** The answer form's submit. */
  submit: 'submit',
  /** A duel's "Show question": the question, privately, to one of the two duelists. */
  show: 'show',
  accept: 'accept',
  decline: 'decline',
  /** "My feedback" on a revealed free-response question: the presser's own answer, graded. */
  feedback: 'feedback',
} as const;
export type ChallengeActionName = (typeof ChallengeAction)[keyof typeof ChallengeAction];

/** Builds a challenge custom_id. */
export function challengeCustomId(action: ChallengeActionName, ...args: (string | number)[]): string {
  return customId(CHALLENGE_COMMAND, action, ...args);
}

/** The parts of a challenge custom_id after `challenge:<action>`. */
export interface ChallengeIdArgs {
  readonly challengeId: number;
  readonly index: number;
  readonly choiceId?: string;
}

const ID = /^[1-9]\d{0,15}$/;
const INDEX = /^\d{1,3}$/;

/**
 * Reads the args of a challenge custom_id; undefined for anything malformed (a forged or foreign
 * id). `withIndex` false for accept/decline, which carry only the challenge.
 */
export function parseChallengeArgs(args: readonly string[], withIndex = true): ChallengeIdArgs | undefined {
  const [id, index, choiceId, ...rest] = args;
  if (!id || !ID.test(id) || rest.length > 0) return undefined;
  if (!withIndex) return index === undefined ? { challengeId: Number(id), index: 0 } : undefined;
  if (!index || !INDEX.test(index)) return undefined;
  return { challengeId: Number(id), index: Number(index), ...(choiceId ? { choiceId } : {}) };
}
