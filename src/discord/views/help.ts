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

const TEACHERS = [
  'Post a question for the class with `/quiz topic:unit-4`: everyone can press Answer, and each student sees only their own feedback.',
  'Term cards and questions are YAML files in `content/`; `npm run tutor -- content check` checks them, and the README explains setup.',
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
