import { parseArgs } from 'node:util';
import { benchSections, formatSection } from '../bench/index.js';
import { type CliIO, println } from './types.js';

/**
 * `tutor bench [--only <section>] [--json]`: prints the performance report (a report, never a
 * test); with `--json`, also the sections' key figures as one JSON line at the end.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { only: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  const json: Record<string, number> = {};
  const sections = benchSections.filter((s) => !values.only || s.name === values.only);
  if (sections.length === 0) {
    println(io.stderr, `No bench section named "${values.only}".`);
    return 2;
  }
  println(io.stdout, `Benchmark report, node ${process.version}, ${new Date().toISOString()}`);
  for (const section of sections) {
    const started = performance.now();
    const figures = await section.run({
      progress: (m) => println(io.stderr, `[${section.name}] ${m}…`),
      json: (values) => Object.assign(json, values),
    });
    println(io.stdout);
    println(io.stdout, formatSection(section, figures));
    println(io.stdout, `  (section took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  if (values.json) println(io.stdout, JSON.stringify(json));
  return 0;
}
