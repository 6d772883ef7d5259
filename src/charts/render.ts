import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parse, Error as VegaErrorLevel, View, logger as vegaLogger } from 'vega';
import type { TopLevelSpec } from 'vega-lite';

/** The one font family charts use; shipped in assets/fonts and the only font the renderer loads. */
export const CHART_FONT = 'Open Sans';

/** The font files shipped with the bot (Apache-2.0, see assets/fonts/LICENSE-OpenSans.txt). */
export const CHART_FONT_FILES: readonly string[] = ['OpenSans-Regular.ttf', 'OpenSans-Bold.ttf'].map((name) =>
  fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url)),
);

/** Colours shared by every chart, so progress, class results and challenge standings look alike. */
export const CHART_COLORS = {
  primary: '#5865F2',
  good: '#3BA55C',
  partial: '#FAA61A',
  bad: '#ED4245',
  text: '#23272A',
  grid: '#E3E5E8',
  background: '#FFFFFF',
} as const;

/** Device pixels per chart pixel: 2 keeps text crisp on phones without large files. */
const SCALE = 2;

/** The vega-lite config every chart gets: the shipped font everywhere, calm colours, no actions. */
export const CHART_CONFIG = {
  font: CHART_FONT,
  background: CHART_COLORS.background,
  padding: 12,
  title: { font: CHART_FONT, fontSize: 15, fontWeight: 'bold', color: CHART_COLORS.text, anchor: 'start' },
  axis: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 11,
    titleFontSize: 12,
    labelColor: CHART_COLORS.text,
    titleColor: CHART_COLORS.text,
    gridColor: CHART_COLORS.grid,
  },
  legend: { labelFont: CHART_FONT, titleFont: CHART_FONT },
  text: { font: CHART_FONT },
  mark: { color: CHART_COLORS.primary },
  view: { stroke: 'transparent' },
} as const;

/** vega's logger at error level only. */
const quiet = vegaLogger(VegaErrorLevel);

/** A chart the shipped font cannot render (font files missing from the installation). */
export class ChartFontError extends Error {}

function fontFiles(): string[] {
  const missing = CHART_FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new ChartFontError(`Chart font missing: ${missing.join(', ')}; reinstall the bot (assets/fonts).`);
  }
  return [...CHART_FONT_FILES];
}

/** Compiles a vega-lite spec (with {@link CHART_CONFIG} merged in) to an SVG string. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const withConfig = { ...spec, config: { ...CHART_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec;
  // Chart warnings are for developers (tests catch them); they must not reach the bot's output.
  // Loaded on first use: keeps start-up lean, and under vitest a vega-lite loaded before discord.js
  // breaks discord.js's import (its bundled util.inspect trips over something vega-lite sets up).
  const { compile } = await import('vega-lite');
  const { spec: vegaSpec } = compile(withConfig, { logger: quiet });
  const view = new View(parse(vegaSpec), { renderer: 'none', logLevel: VegaErrorLevel });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Renders a vega-lite spec to PNG bytes: vega-lite → vega → SVG → resvg. Only the shipped font is
 * loaded (no system fonts), so a chart looks the same on every machine and never loses its text.
 */
export async function renderChart(spec: TopLevelSpec): Promise<Buffer> {
  const svg = await chartSvg(spec);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: CHART_FONT },
    fitTo: { mode: 'zoom', value: SCALE },
    background: CHART_COLORS.background,
  });
  return resvg.render().asPng();
}
