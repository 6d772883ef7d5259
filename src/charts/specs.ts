import type { TopLevelSpec } from 'vega-lite';
import { CHART_COLORS } from './render.js';

/** A colour role; the palette lives in one place (CHART_COLORS). */
export type Tone = 'primary' | 'good' | 'partial' | 'bad';

/** One bar: a label, its value and optionally a tone. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly tone?: Tone;
}

/** One point of a series over time (ms UTC). */
export interface TimePoint {
  readonly at: number;
  readonly value: number;
}

const DEFAULT_WIDTH = 480;

// biome-ignore lint/suspicious/noExplicitAny: a vega-lite unit spec; TopLevelSpec's union is too narrow to build piecewise.
type UnitSpec = any;

/** Horizontal bars, one per label, coloured by tone, with the value at the end of each bar. */
export function barUnit(opts: {
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly valueTitle: string;
  /** Fixed end of the value axis (100 for percentages); default: the data's maximum. */
  readonly max?: number;
  /** The values are counts (students, answers): the axis ticks whole numbers only. */
  readonly counts?: boolean;
  readonly width?: number;
}): UnitSpec {
  const values = opts.bars.map((b, i) => ({
    label: b.label,
    value: b.value,
    order: i,
    tone: b.tone ?? 'primary',
  }));
  const x = {
    field: 'value',
    type: 'quantitative',
    title: opts.valueTitle,
    ...(opts.max === undefined ? {} : { scale: { domain: [0, opts.max] } }),
    // Without this, two students read as ticks 0.0, 0.1 … 2.0 (a teacher's set 7 notes): half a
    // student means nothing.
    ...(opts.counts ? { axis: { tickMinStep: 1, format: 'd' } } : {}),
  };
  // Data order is the order given (sort: null); a sort per layer would conflict when the layers merge.
  const y = { field: 'label', type: 'nominal', title: null, sort: null };
  return {
    title: opts.title,
    width: opts.width ?? DEFAULT_WIDTH,
    height: { step: 22 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 3 },
        encoding: {
          x,
          y,
          color: {
            field: 'tone',
            type: 'nominal',
            legend: null,
            scale: {
              domain: ['primary', 'good', 'partial', 'bad'],
              range: [CHART_COLORS.primary, CHART_COLORS.good, CHART_COLORS.partial, CHART_COLORS.bad],
            },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: CHART_COLORS.text },
        encoding: { x, y, text: { field: 'value', type: 'quantitative', format: '.0f' } },
      },
    ],
  };
}

/** A line with points over time (UTC dates on the axis). */
export function lineUnit(opts: {
  readonly title: string;
  readonly points: readonly TimePoint[];
  readonly valueTitle: string;
  readonly max?: number;
  readonly width?: number;
}): UnitSpec {
  return {
    title: opts.title,
    width: opts.width ?? DEFAULT_WIDTH,
    height: 160,
    data: { values: opts.points.map((p) => ({ at: p.at, value: p.value })) },
    mark: { type: 'line', point: true, color: CHART_COLORS.primary },
    encoding: {
      x: {
        field: 'at',
        type: 'temporal',
        title: null,
        scale: { type: 'utc' },
        axis: { format: '%b %d', labelAngle: 0 },
      },
      y: {
        field: 'value',
        type: 'quantitative',
        title: opts.valueTitle,
        ...(opts.max === undefined ? {} : { scale: { domain: [0, opts.max] } }),
      },
    },
  };
}

/** A single chart as a top-level spec. */
export function single(unit: UnitSpec): TopLevelSpec {
  return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', ...unit } as TopLevelSpec;
}

/** Charts stacked vertically in one image. */
export function stacked(units: readonly UnitSpec[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    vconcat: [...units],
    spacing: 24,
  } as TopLevelSpec;
}

/** A bar chart as one image (class score distributions, challenge standings, mastery). */
export function barChart(opts: Parameters<typeof barUnit>[0]): TopLevelSpec {
  return single(barUnit(opts));
}
