/**
 * A problem found in a content file. It always names the file and, where it can be
 * known, the 1-based line, so an author can jump straight to the fault.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.name = 'ContentError';
  }
}

/** Thrown when a content pack has one or more problems; carries every problem, not just the first. */
export class ContentPackError extends Error {
  constructor(readonly problems: readonly ContentError[]) {
    super(
      `The content pack has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.message}`).join('\n'),
    );
    this.name = 'ContentPackError';
  }
}
