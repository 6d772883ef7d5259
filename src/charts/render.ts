import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/**
 * The charting stack, loaded on the first chart rather than at start-up: vega, vega-lite and resvg
 * add about 20 MB to the bot's memory, and most interactions (cards, quizzes, autocomplete) never
 * draw a chart. Under vitest a vega-lite loaded before discord.js also breaks discord.js's import
 * (its bundled util.inspect trips over something vega-lite sets up).
 */
let stack: ReturnType<typeof loadStack> | undefined;
async function loadStack() {
  const [vega, vegaLite, { Resvg }] = await Promise.all([
    import('vega'),
    import('vega-lite'),
    import('@resvg/resvg-js'),
  ]);
  // vega's logger at error level only: chart warnings are for developers (tests catch them).
  return { vega, compile: vegaLite.compile, Resvg, quiet: vega.logger(vega.Error) };
}
function chartStack() {
  stack ??= loadStack();
  return stack;
}

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
  const { vega, compile, quiet } = await chartStack();
  const { spec: vegaSpec } = compile(withConfig, { logger: quiet });
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', logLevel: vega.Error });
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
  const { Resvg } = await chartStack();
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: CHART_FONT },
    fitTo: { mode: 'zoom', value: SCALE },
    background: CHART_COLORS.background,
  });
  return resvg.render().asPng();
}
