import type { APIEmbed } from 'discord-api-types/v10';
import type { Mastery, ProgressReport } from '../../study/index.js';
import { fitEmbed } from './embed-limits.js';
import { safeUserText } from './escape.js';
import type { MessageView } from './payload.js';

/** The chart's file name; the embed shows it with `attachment://`. */
export const PROGRESS_CHART = 'progress.png';

const COLOUR = 0x5865f2;
const BAR_WIDTH = 10;

/** "████████░░ 80%" for a 0–1 share. */
export function textBar(share: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, share)) * BAR_WIDTH);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${Math.round(share * 100)}%`;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

function masteryLines(rows: readonly Mastery[], max: number): string {
  return rows
    .slice(0, max)
    .map((m) => `\`${textBar(m.mastery)}\` ${m.label} (${m.attempts})`)
    .join('\n');
}

/** The /progress reply: figures, text bars, recent attempts, and the chart image when rendered. */
export function progressView(
  report: ProgressReport,
  /** Whose report, and whether it is read by that member alone ("Your progress") or posted for the channel. */
  who: { name: string; self: boolean; shared?: boolean },
  withChart: boolean,
): MessageView {
  const streak = report.streak;
  const summary = [
    `**${report.attempts}** attempt${report.attempts === 1 ? '' : 's'} · accuracy **${pct(report.accuracy)}** · full marks **${report.fullMarks}** · first-try correct **${report.firstTryCorrect}**`,
    `Streak **${streak.current}** day${streak.current === 1 ? '' : 's'} (best ${streak.best}) · due for review **${report.due}** · cards viewed **${report.termViews}**`,
  ].join('\n');
  const fields: APIEmbed['fields'] = [];
  if (report.topics.length > 0)
    fields.push({ name: 'Mastery by topic', value: masteryLines(report.topics, 8) });
  if (report.points.length > 0) {
    fields.push({ name: 'Rubric points (weakest first)', value: masteryLines(report.points, 6) });
  }
  if (report.recent.length > 0) {
    fields.push({
      name: 'Recent attempts',
      value: report.recent
        // The title says which question it was; a teacher's imported title is their text, so escaped.
        .map(
          (a) =>
            `${a.score}/${a.max} · ${a.title ? safeUserText(a.title, 60) : a.questionId} · ${a.source} · <t:${Math.floor(a.at / 1000)}:R>`,
        )
        .join('\n'),
    });
  }
  const embed: APIEmbed = {
    // Posted in the channel, "Your progress" would read as the reader's own.
    title: who.self && !who.shared ? 'Your progress' : `Progress of ${who.name}`,
    color: COLOUR,
    description:
      report.attempts === 0 ? `${summary}\n\nNo answers yet: try \`/quiz\` or \`/review\`.` : summary,
    fields,
    ...(withChart ? { image: { url: `attachment://${PROGRESS_CHART}` } } : {}),
    footer: { text: 'Days are counted in UTC.' },
  };
  return { embeds: [fitEmbed(embed)] };
}
