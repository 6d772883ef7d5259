/** One figure in the benchmark report. */
export interface BenchFigure {
  readonly label: string;
  /** Already formatted, with its unit ("3.2 ms", "118 MB"). */
  readonly value: string;
  /** The target as text ("≤ 1.5×"), when there is one. */
  readonly target?: string;
  /** Whether the target was met; undefined when there is no target. */
  readonly met?: boolean;
}

/** What a section can use while it runs. */
export interface BenchRun {
  /** A progress note for the person waiting (stderr, not part of the report). */
  progress(message: string): void;
  /** Figures for the one JSON line `--json` prints at the end (merged across sections). */
  json?(figures: Record<string, number>): void;
}

/**
 * One part of `npm run bench`. Sections run one after another in one process and each returns
 * its figures; add a section by appending it to `benchSections` in ./index.ts.
 */
export interface BenchSection {
  readonly name: string;
  readonly title: string;
  run(run: BenchRun): Promise<BenchFigure[]>;
}
