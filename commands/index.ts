import type { Command } from '../src/discord/command.js';
import { challenge } from './challenge.js';
import { classCommand } from './class.js';
import { define } from './define.js';
import { createHelp } from './help.js';
import { leaderboard } from './leaderboard.js';
import { ping } from './ping.js';
import { privacy } from './privacy.js';
import { progress } from './progress.js';
import { quiz } from './quiz.js';
import { review } from './review.js';

/**
 * Every slash command the bot offers, in /help order. To add one: write `commands/<name>.ts`
 * exporting `{ data, execute, … } satisfies Command`, import it here and add it to the list.
 * A test fails if a file in this folder is missing from the list.
 */
export const commands: readonly Command[] = [
  define,
  quiz,
  classCommand,
  review,
  progress,
  leaderboard,
  challenge,
  privacy,
  createHelp(() => commands),
  ping,
];
