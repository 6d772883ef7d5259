import { barUnit, renderChart, stacked } from '../charts/index.js';
import type { ClassSummary } from './summary.js';

/**
 * The /class results chart: students per score and the share of students who missed each rubric
 * point, rendered by the shared charting stack (vega-lite → PNG with the shipped font).
 */
export async function resultsChart(summary: ClassSummary, title: string): Promise<Buffer> {
  const scores = Array.from({ length: summary.maxScore + 1 }, (_, score) => ({
    label: `${score}/${summary.maxScore}`,
    value: summary.distribution[score] ?? 0,
    tone:
      score === summary.maxScore ? ('good' as const) : score === 0 ? ('bad' as const) : ('partial' as const),
  })).reverse();
  const missed = summary.mostMissed.map((t) => ({
    label: t.label.length > 40 ? `${t.label.slice(0, 39)}…` : t.label,
    value: summary.submitted === 0 ? 0 : Math.round((t.count / summary.submitted) * 100),
    tone: 'bad' as const,
  }));
  const units = [
    barUnit({ title: `${title}: students per score`, bars: scores, valueTitle: 'students', counts: true }),
  ];
  if (missed.length > 0)
    units.push(
      barUnit({ title: 'Missed rubric points', bars: missed, valueTitle: '% of students', max: 100 }),
    );
  // Each chart keeps its own scales: the two bar lists share no labels or order.
  return renderChart({
    ...stacked(units),
    resolve: { scale: { y: 'independent', color: 'independent' } },
  } as Parameters<typeof renderChart>[0]);
}
