/**
 * A problem found while compiling a rubric: where it is (the question file or the lexicon, at a
 * YAML path) and what is wrong. Its own module so the pattern and phrase compilers can both
 * report issues without importing each other.
 */
export interface CompileIssue {
  readonly source: 'question' | 'lexicon';
  readonly path: readonly (string | number)[];
  readonly message: string;
}
