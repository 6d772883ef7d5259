/**
 * Charts as PNG: domain values → vega-lite spec → SVG → PNG with the shipped font. One place for
 * fonts, colours and sizes; /progress, class results and challenge standings all render here.
 */
export {
  CHART_COLORS,
  CHART_CONFIG,
  CHART_FONT,
  CHART_FONT_FILES,
  ChartFontError,
  chartSvg,
  renderChart,
} from './render.js';
export {
  type Bar,
  barChart,
  barUnit,
  lineUnit,
  single,
  stacked,
  type TimePoint,
  type Tone,
} from './specs.js';
