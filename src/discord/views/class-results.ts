import { type APIEmbed, ButtonStyle } from 'discord-api-types/v10';
import type { ImportProblems } from '../../classes/question-source.js';
import type { ClassSummary } from '../../classes/summary.js';
import type { Assignment } from '../../classes/types.js';
import type { FrqQuestion } from '../../content/question-schema.js';
import { customId } from '../custom-id.js';
import { CLASS_COMMAND, ClassAction, discordTime } from './class-assignment.js';
import { fitEmbed } from './embed-limits.js';
import { safeUserText } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';

const BAR_WIDTH = 12;

function bar(count: number, most: number): string {
  const filled = most === 0 ? 0 : Math.round((count / most) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
}

/** The distribution as text bars, one line per score (highest first). */
export function distributionText(summary: ClassSummary): string {
  const most = Math.max(0, ...summary.distribution);
  const lines: string[] = [];
  for (let score = summary.maxScore; score >= 0; score--) {
    const n = summary.distribution[score] ?? 0;
    lines.push(`\`${String(score).padStart(2)}/${summary.maxScore}\` ${bar(n, most)} ${n}`);
  }
  return lines.join('\n');
}

function tallyText(list: ClassSummary['mostMissed'], submitted: number, none: string): string {
  if (list.length === 0) return none;
  return list.map((t) => `• ${safeUserText(t.label, 100)}: ${t.count} of ${submitted}`).join('\n');
}

/** The summary fields shared by the closing post and /class results: counts only, never names. */
function summaryFields(summary: ClassSummary): APIEmbed['fields'] {
  // With nobody's answer in, a mean of 0.0 and "None missed." would read as results.
  if (summary.submitted === 0) return [{ name: 'Submissions', value: 'No answers yet.' }];
  return [
    {
      name: 'Submissions',
      value: `${summary.submitted} student${summary.submitted === 1 ? '' : 's'} · mean ${summary.mean.toFixed(1)}/${summary.maxScore}`,
    },
    {
      name: 'Score distribution',
      value: summary.submitted === 0 ? 'No answers yet.' : distributionText(summary),
    },
    {
      name: 'Rubric points most often missed',
      value: tallyText(summary.mostMissed, summary.submitted, 'None missed.'),
    },
    {
      name: 'Most common misconceptions',
      value: tallyText(summary.misconceptions, summary.submitted, 'None seen.'),
    },
  ];
}

/**
 * The summary posted in the class channel when an assignment closes: no names, and a
 * "My feedback" button with which each student sees their own feedback (privately).
 */
export function closingSummaryView(
  assignment: Assignment,
  question: FrqQuestion,
  summary: ClassSummary,
): MessageView {
  const embed: APIEmbed = {
    title: `📊 Assignment #${assignment.id} closed: ${question.title ?? question.id}`,
    description:
      summary.submitted === 0
        ? `Closed ${discordTime(assignment.closedAt ?? assignment.dueAt)}. Nobody submitted an answer.`
        : `Closed ${discordTime(assignment.closedAt ?? assignment.dueAt)}. Press **My feedback** to see your own answer graded point by point (only you see it).`,
    color: 0x3b6fb6,
    fields: summaryFields(summary),
  };
  if (summary.submitted === 0) return { embeds: [fitEmbed(embed)] };
  const mine = button(
    customId(CLASS_COMMAND, ClassAction.feedback, assignment.id),
    'My feedback',
    ButtonStyle.Primary,
  );
  return { embeds: [fitEmbed(embed)], components: buttonRows([mine]) };
}

/** `/class results`: live counts while open, the same summary once closed; the chart comes as a file. */
export function resultsView(
  assignment: Assignment,
  question: FrqQuestion,
  summary: ClassSummary,
  chartName?: string,
): MessageView {
  const open = assignment.closedAt === null;
  const embed: APIEmbed = {
    title: `Results · assignment #${assignment.id}: ${question.title ?? question.id}`,
    description: open
      ? `Open, due ${discordTime(assignment.dueAt)} (${discordTime(assignment.dueAt, 'R')}). Figures are live.`
      : `Closed ${discordTime(assignment.closedAt as number)}.`,
    color: 0x3b6fb6,
    fields: summaryFields(summary),
    ...(chartName ? { image: { url: `attachment://${chartName}` } } : {}),
  };
  return { embeds: [fitEmbed(embed)] };
}

/** One line per assignment, for a teacher choosing which one. */
export function assignmentLine(a: Assignment): string {
  return `#${a.id} ${a.questionId} · ${a.closedAt === null ? 'open, due' : 'closed'} ${discordTime(a.closedAt ?? a.dueAt, 'f')}`;
}

/** `/class questions`: the server's imported questions with a remove button each. */
export function questionsView(
  list: readonly {
    localId: string;
    title: string;
    kind: string;
    /** Problems since its import: `served` false when it no longer compiles. */
    problems?: ImportProblems | undefined;
  }[],
): MessageView {
  if (list.length === 0) {
    return {
      content:
        'This server has no imported questions yet. Add some with `/class import` (a YAML file in the same format as `content/questions/`).',
    };
  }
  const shown = list.slice(0, 25);
  const lines = shown.map((q) => {
    const line = `• \`srv.${q.localId}\` ${safeUserText(q.title, 80)} (${q.kind === 'frq' ? 'free response' : 'multiple choice'})`;
    const found = q.problems;
    if (found === undefined || found.problems.length === 0) return line;
    const first = safeUserText(found.problems[0] as string, 160);
    // A question this version of the grader cannot compile is not served at all: say why.
    if (!found.served)
      return `${line}\n  ⛔ No longer loads with this version of the grader, so it cannot be assigned: ${first}. Fix it (\`tutor rubric explain --file\` shows the problem) and import it again.`;
    // A grader update put some of the teacher's own examples out of step: it is still served, but
    // the teacher should look (the first problem shown, as /class import would word it).
    const n = found.problems.length;
    return `${line}\n  ⚠️ Since a grader update, ${n === 1 ? 'one of its examples no longer agrees' : `${n} of its example checks no longer agree`}: ${first}. It is still graded; check it with \`tutor rubric explain --file\` and import it again.`;
  });
  const more = list.length > shown.length ? `\n…and ${list.length - shown.length} more.` : '';
  return {
    content: `**This server's questions** (only this server sees them):\n${lines.join('\n')}${more}`,
    components: buttonRows(
      shown.map((q) =>
        button(
          customId(CLASS_COMMAND, ClassAction.remove, q.localId),
          `Remove ${q.localId}`,
          ButtonStyle.Danger,
        ),
      ),
    ),
  };
}
