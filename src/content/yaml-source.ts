import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error.js';

/** A parsed YAML file that can say on which line any value (by its path) stands. */
export interface YamlSource {
  readonly file: string;
  readonly data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads and parses one content file. Never throws for a bad file: a syntax error or an unreadable
 * file becomes a {@link ContentError} in `errors` (so one broken file cannot hide the others'
 * problems) and the result is undefined.
 */
export function readYamlSource(file: string, errors: ContentError[]): YamlSource | undefined {
  try {
    return parseYamlSource(file, readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof ContentError) errors.push(error);
    else errors.push(new ContentError(file, undefined, `cannot read: ${(error as Error).message}`));
    return undefined;
  }
}

/**
 * Parses YAML text, turning syntax errors into {@link ContentError}s that name file and line.
 * We use the `yaml` package (not js-yaml) because it keeps source positions for every node,
 * which is what lets schema errors point at a line.
 */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    // The commonest slip in a teacher's file is a colon inside a value ("hint: What is a codon:
    // three bases?"); the parser's own words ("Nested mappings are not allowed …") do not say so.
    const colon =
      firstError.code === 'BLOCK_AS_IMPLICIT_KEY' || firstError.code === 'MULTILINE_IMPLICIT_KEY'
        ? ' (a value that contains ": " must be in quotes, e.g. hint: "What is a codon: three bases?")'
        : '';
    throw new ContentError(file, line, `YAML syntax: ${firstError.message.split('\n')[0]}${colon}`);
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let best: number | undefined = lineAt(node as Node | null, lineCounter);
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
      else break;
      if (node === undefined || node === null) break;
      best = lineAt(node as Node, lineCounter) ?? best;
    }
    return best;
  };
  return { file, data: doc.toJS({ maxAliasCount: 50 }), lineOf };
}

function lineAt(node: Node | null | undefined, lc: LineCounter): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : lc.linePos(start).line;
}

/**
 * Validates a parsed YAML file against a zod schema. Every issue becomes a ContentError
 * naming the file, the line of the offending value and the field path.
 */
export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; errors: ContentError[] } {
  if (source.data === null || source.data === undefined) {
    return { ok: false, errors: [new ContentError(source.file, 1, 'the file is empty')] };
  }
  const result = schema.safeParse(source.data);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.flatMap((issue) => {
    // An unknown key is reported by zod on its parent object; point at each key's own line instead.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return new ContentError(source.file, source.lineOf(path), `${describePath(path)}unknown field`);
      });
    }
    const missing = issue.code === 'invalid_type' && valueAt(source.data, issue.path) === undefined;
    const detail = missing ? 'required field is missing' : issue.message;
    return [new ContentError(source.file, source.lineOf(issue.path), `${describePath(issue.path)}${detail}`)];
  });
  return { ok: false, errors };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length ? `${path.map(String).join('.')}: ` : '';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
