import { describe, expect, it } from 'vitest';
import { barChart, CHART_FONT, chartSvg, lineUnit, renderChart, stacked } from '../../src/charts/index.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderChart', () => {
  const bars = [
    { label: 'membranes', value: 80, tone: 'good' as const },
    { label: 'signalling', value: 40, tone: 'partial' as const },
  ];

  it('renders a bar chart as a real PNG of sensible size', async () => {
    const png = await renderChart(barChart({ title: 'Mastery by topic', bars, valueTitle: '%', max: 100 }));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(80);
    expect(png.length).toBeGreaterThan(2_000);
    expect(png.length).toBeLessThan(500_000);
  });

  it('uses only the shipped font, and the text is really drawn (different words, different pixels)', async () => {
    const svg = await chartSvg(barChart({ title: 'Mastery', bars, valueTitle: '%' }));
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect([...families]).toEqual([CHART_FONT]);
    const a = await renderChart(barChart({ title: 'Mastery by topic', bars, valueTitle: '%' }));
    const b = await renderChart(barChart({ title: 'Wxyz by topic', bars, valueTitle: '%' }));
    expect(a.equals(b)).toBe(false);
  });

  it('stacks a score-over-time line and bars in one image', async () => {
    const day = 86_400_000;
    const line = lineUnit({
      title: 'Score over time',
      points: [0, 1, 2].map((i) => ({ at: Date.UTC(2026, 0, 1) + i * day, value: 50 + i * 10 })),
      valueTitle: '%',
      max: 100,
    });
    const png = await renderChart(stacked([line, barChart({ title: 'Topics', bars, valueTitle: '%' })]));
    expect(pngSize(png).height).toBeGreaterThan(250);
  });

  it('ticks whole numbers only on an axis of counts (one student is not 0.0 … 1.0)', async () => {
    const oneStudent = [
      { label: '2/2', value: 1 },
      { label: '0/2', value: 0 },
    ];
    const texts = async (counts: boolean) =>
      [
        ...(
          await chartSvg(barChart({ title: 'S', bars: oneStudent, valueTitle: 'students', counts }))
        ).matchAll(/<text[^>]*>([^<]*)<\/text>/g),
      ].map((m) => m[1]);
    expect(await texts(false)).toContain('0.5');
    const ticks = await texts(true);
    expect(ticks).not.toContain('0.5');
    const numbers = ticks.filter((t) => /^[\d.]+$/.test(t ?? ''));
    expect(numbers).toContain('1');
    expect(numbers.some((t) => t?.includes('.'))).toBe(false);
  });
});
