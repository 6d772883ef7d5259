import type { APIEmbed } from 'discord-api-types/v10';
import { fitEmbed } from './embed-limits.js';
import type { MessageView } from './payload.js';

/** A command as /help lists it: its name and one line that says what it does, with an example. */
export interface HelpEntry {
  readonly name: string;
  readonly line: string;
}

/** What the loaded content pack covers, for the /help overview. */
export interface HelpCoverage {
  /** Term cards per unit, in course order. */
  readonly units: readonly { readonly unit: string; readonly terms: number }[];
  readonly frq: number;
  readonly mcq: number;
}

const BUTTONS = [
  '**On a term card:** Explanation, Exam tips, FAQ, Comparisons and Connections open that part just for you.',
  '**On a question:** *Answer* opens a form for a written answer; on multiple choice press a letter (your first press counts).',
  '**After feedback:** *Try again* reopens the form with your last answer, *Model answer* shows one full-marks answer, *Next question* gives you another privately (*Post in channel* shares it).',
].join('\n');

// Said to a teacher in Discord, who has /class (not the bot's files): where to start, in order.
const TEACHERS = [
  'Run `/class setup` in your class channel, then `/class assign` to post a question with a deadline; `/class results` and `/class report` (CSV) show who earned which rubric points.',
  'Add your own questions with `/class import` (a YAML file; a rubric point can be plain words), and post one every day with `/class schedule daily`.',
  'For quick practice, `/quiz topic:unit-4` posts a question anyone can answer; each student sees only their own feedback.',
].join('\n');

/**
 * The /help reply, within one embed: what the content covers, each command with an example (in the
 * order given), what the buttons do, and where a teacher starts.
 */
export function helpView(entries: readonly HelpEntry[], coverage: HelpCoverage): MessageView {
  const terms = coverage.units.reduce((n, u) => n + u.terms, 0);
  const units = coverage.units.map((u) => `${u.unit} (${u.terms})`).join(' · ');
  const embed: APIEmbed = {
    title: 'AP Biology tutor: what I can do',
    description: [
      `Study cards and practice questions. This server's pack has **${terms} terms** (${units}) and **${coverage.frq + coverage.mcq} questions** (${coverage.frq} free response graded point by point, ${coverage.mcq} multiple choice).`,
    ].join('\n'),
    fields: [
      { name: 'Commands', value: entries.map((e) => `\`/${e.name}\`: ${e.line}`).join('\n') },
      { name: 'Buttons', value: BUTTONS },
      { name: 'For teachers', value: TEACHERS },
    ],
    footer: { text: 'Replies to /help, /ping and your feedback are visible only to you.' },
    color: 0x3182ce,
  };
  return { embeds: [fitEmbed(embed)] };
}
