import type { TopLevelSpec } from 'vega-lite';
import { CHART_COLORS, renderChart, single } from '../charts/index.js';
import type { Standing } from './scoring.js';

/** Members shown in the standings chart; the rest are in the text standings. */
export const CHART_MEMBERS = 15;

/**
 * The standings as a vega-lite spec: one horizontal bar per member (best first), split into the
 * points earned by correct answers and the speed bonus, so the picture shows what the text says:
 * speed only ever adds a sliver.
 */
export function standingsChartSpec(
  standings: readonly Standing[],
  nameOf: (userId: string) => string,
): TopLevelSpec {
  const shown = standings.slice(0, CHART_MEMBERS);
  // Names can repeat (two members called "Sam"); the place keeps each bar distinct.
  const label = (s: Standing) => `${s.place}. ${nameOf(s.userId)}`;
  const values = shown.flatMap((s, order) => [
    { member: label(s), order, part: 'points', value: s.points },
    { member: label(s), order, part: 'speed bonus', value: s.bonusCenti / 100 },
  ]);
  return single({
    title: 'Challenge standings',
    width: 480,
    height: { step: 26 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'member', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null },
      x: { field: 'value', type: 'quantitative', stack: 'zero', title: 'points' },
      color: {
        field: 'part',
        type: 'nominal',
        scale: { domain: ['points', 'speed bonus'], range: [CHART_COLORS.primary, CHART_COLORS.partial] },
        legend: { orient: 'bottom', title: null },
      },
      order: { field: 'part', sort: 'ascending' },
    },
  });
}

/** Renders the standings chart as PNG bytes (through the shared chart stack and its shipped font). */
export function renderStandingsChart(
  standings: readonly Standing[],
  nameOf: (userId: string) => string,
): Promise<Buffer> {
  return renderChart(standingsChartSpec(standings, nameOf));
}
