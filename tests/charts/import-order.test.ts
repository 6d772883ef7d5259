import { it } from 'vitest';
// Imported before anything loads discord.js, as a test of class results or challenge standings may.
import { renderChart } from '../../src/charts/index.js';
import { bootBot } from '../e2e/harness.js';

it('importing the charts first still lets the bot boot (vega-lite is loaded only when a chart is drawn)', async () => {
  const h = await bootBot();
  try {
    const png = await renderChart({
      data: { values: [{ a: 1 }] },
      mark: 'point',
      encoding: { x: { field: 'a', type: 'quantitative' } },
    });
    if (png.length === 0) throw new Error('empty chart');
  } finally {
    await h.close();
  }
});
