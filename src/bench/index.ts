import { challengeBench } from './challenge-bench.js';
import { classesBench } from './classes-bench.js';
import { discordBench } from './discord-bench.js';
import { faultsBench } from './faults-bench.js';
import { gradingBench } from './grading-bench.js';
import { storeBench } from './store-bench.js';
import type { BenchFigure, BenchSection } from './types.js';

export type { BenchFigure, BenchRun, BenchSection } from './types.js';

/** Every section of `npm run bench`, in order. Add a section by appending it here. */
export const benchSections: readonly BenchSection[] = [
  discordBench,
  gradingBench,
  storeBench,
  classesBench,
  challengeBench,
  faultsBench,
];

/** Formats one section's figures as aligned text lines. */
export function formatSection(section: BenchSection, figures: readonly BenchFigure[]): string {
  const width = Math.max(0, ...figures.map((f) => f.label.length));
  const lines = figures.map((f) => {
    const verdict = f.met === undefined ? '' : f.met ? '  ✓' : '  ✗';
    const target = f.target ? `  (target ${f.target})${verdict}` : '';
    return `  ${f.label.padEnd(width)}  ${f.value}${target}`;
  });
  return [`## ${section.title}`, ...lines].join('\n');
}
