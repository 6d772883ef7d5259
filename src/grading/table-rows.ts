/**
 * Tables typed as an answer. A student comparing two things often types a Markdown-style table:
 *
 *     | Passive | Active
 *     energy | none (no ATP) | ATP
 *
 * Read row by row, "none (no ATP) ATP" says nothing about which kind needs no ATP: a teacher reads
 * each cell under its column's heading. This module finds such a table (a line with pipes and words
 * in exactly two cells, the heading row, and piped body rows after it) and lays out its lines, so
 * the tokenizer knows at each pipe whether a body row's next cell begins. The tokenizer then emits
 * that column's heading again before the cell, as a new sentence: "Passive none (no ATP)." A first
 * piped line whose cell says something (more than HEADING_WORDS words) heads nothing: such lines are
 * "label | value" rows, each read as it stands. Answers without a pipe cost one `includes` check.
 */

/** The lines of a table answer, by the character offset where each starts. */
export interface TableLayout {
  /** Start offsets of every line, ascending. */
  readonly lineStarts: readonly number[];
  /** Per line: 'head' (the heading row), 'row' (a body row with words) or 'other'. */
  readonly kinds: readonly ('head' | 'row' | 'other')[];
  /**
   * True when the heading row's first cell names the label column ("Part | Normal | With toxin"):
   * that cell is no heading, so each row's first cell is its label, as under an empty corner cell.
   */
  readonly labelCorner: boolean;
  /**
   * A table written with slashes (slash-table): the heading row's cells start in the second column,
   * after the rows' label column, and these character offsets (a row's first ":" and the "/" after
   * it, the heading's "/") are its cell boundaries. Undefined for a piped table.
   */
  readonly separators?: ReadonlySet<number>;
}

/**
 * First heading cells that name the rows' label column, not a thing compared: "Step | Normal | With
 * toxin" (blind batches CJ, CM) compares two columns row by row, like "| Normal | With toxin".
 */
const CORNER_WORDS =
  /^(?:part|parts|step|steps|stage|stages|feature|features|property|aspect|category|item|what|thing)$/i;

const WORDY = /[\p{L}\p{N}]/u;

/** Heading cells that ask rather than name: "| what | why |" heads "label | value" rows. */
const QUESTION_HEADING = /^(?:what|why|how|where|when|which|who|answer|explanation|reason)$/i;

/** The most words a heading cell holds ("Passive transport (no ATP)"); more is a statement. */
const HEADING_WORDS = 5;

/** How many words (runs of letters or digits) `cell` holds. */
function wordsIn(cell: string): number {
  return cell.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The layout of `text` when it holds a table (a heading row and at least one body row), else undefined. */
export function tableLayout(text: string): TableLayout | undefined {
  if (!text.includes('|')) return text.includes('/') && text.includes('\n') ? slashLayout(text) : undefined;
  const vs = vsLayout(text);
  if (vs !== undefined) return vs;
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  const kinds: ('head' | 'row' | 'other')[] = [];
  let at = 0;
  let head = false;
  let labelCorner = false;
  let rows = 0;
  for (const line of lines) {
    lineStarts.push(at);
    at += line.length + 1;
    // A "#" heading ("Ion | Direction | #", blind batch CO) is a cell too: the count of each row.
    const cells = line.includes('|')
      ? line.split('|').filter((c) => WORDY.test(c) || c.trim() === '#').length
      : 0;
    if (!head && cells >= 2) {
      // Two headings are the two things compared ("Passive | Active"). Three or more are fields of
      // a row about one item ("Phase | ion | direction | effect", rows "Depolarization | Na+ | into
      // cell | …"; stored batches E, G, BL): such a row is one statement, read as it stands.
      // Unless the first names the label column ("Part | Normal | With toxin"): two compared.
      const first =
        line
          .split('|')
          .find((c) => WORDY.test(c))
          ?.trim() ?? '';
      if (cells === 3 && CORNER_WORDS.test(first)) labelCorner = true;
      else if (cells !== 2) return undefined;
      // A heading names the things compared; a cell that says something is a row's value, so the
      // table is "label | value" lines, each read as it stands ("Resting potential | starts -70 mV
      // -> slowly goes up to ~0 mV", blind batch DO).
      // So does a cell that lists, with a comma, what is said of the label ("Outside (beaker) |
      // hypotonic, low solute", blind batch ES): a heading is one name.
      else if (line.split('|').some((c) => wordsIn(c) > HEADING_WORDS || /\p{L}\s*,\s*\p{L}/u.test(c)))
        return undefined;
      // Nor do question words ("| what | why |", blind batch ED): such a heading names no thing
      // compared, so each row is "label | value", read as it stands.
      else if (
        line
          .split('|')
          .filter((c) => WORDY.test(c))
          .every((c) => QUESTION_HEADING.test(c.trim()))
      )
        return undefined;
      kinds.push('head');
      head = true;
    } else if (head && cells >= 1 && line.includes('|')) {
      kinds.push('row');
      rows++;
    } else kinds.push('other');
  }
  return head && rows > 0 ? { lineStarts, kinds, labelCorner } : undefined;
}

/**
 * A table of fields ("Solution | Tonicity | Water movement | Result", three or more headings, so
 * each body row is one statement about the item in its first cell): the offsets where each body
 * row's first cell begins. A row is then read as "in <first cell>, …" (blind batch DE: the
 * "salt water | hypertonic | out of cell | shrinks" row compares another case, as "In salt water,
 * …" does in prose). Undefined when the answer has no such table.
 */
export function fieldRowStarts(text: string): number[] | undefined {
  if (!text.includes('|')) return undefined;
  const lines = text.split('\n');
  let at = 0;
  let head = false;
  const out: number[] = [];
  for (const line of lines) {
    const cells = line.includes('|') ? line.split('|').filter((c) => WORDY.test(c)) : [];
    if (!head && cells.length > 0) {
      const first = cells[0]?.trim() ?? '';
      if (cells.length < 3 || CORNER_WORDS.test(first) || !FIELD_FIRST.test(first)) return undefined;
      head = true;
    } else if (head && cells.length >= 3) {
      const first = line.search(/[\p{L}\p{N}]/u);
      out.push(at + first);
    }
    at += line.length + 1;
  }
  return out.length > 0 ? out : undefined;
}

/**
 * A fields table's column that names a mover and its movement ("Tonicity | Water movement | Result",
 * rows "hypotonic | into the cell by osmosis | swells"; stored batches CV, DC, DQ): the offsets of
 * that column's cells which open with a direction, each mapped to the mover ("water"). A teacher
 * reads such a cell under its heading, "water moves into the cell by osmosis". Undefined when the
 * answer has no such column.
 */
export function moverCells(text: string): Map<number, string> | undefined {
  if (!text.includes('|')) return undefined;
  let at = 0;
  let column = -1;
  let mover = '';
  let out: Map<number, string> | undefined;
  for (const line of text.split('\n')) {
    const cells = line.includes('|') ? line.split('|') : [];
    if (column < 0 && cells.some((c) => WORDY.test(c))) {
      // The heading row: the first piped line, three or more short cells (fields of one item).
      if (cells.filter((c) => WORDY.test(c)).length < 3 || cells.some((c) => wordsIn(c) > HEADING_WORDS))
        return undefined;
      column = cells.findIndex((c) => MOVER_HEADING.test(c.trim()));
      if (column < 0) return undefined;
      const m = MOVER_HEADING.exec((cells[column] as string).trim()) as RegExpExecArray;
      mover = (m[1] ?? m[2] ?? '').toLowerCase();
    } else if (column >= 0 && cells.length > column) {
      let offset = at;
      for (let k = 0; k < column; k++) offset += (cells[k] as string).length + 1;
      const cell = cells[column] as string;
      const lead = DIRECTION_CELL.exec(cell);
      if (lead !== null) {
        out ??= new Map();
        out.set(offset + lead.index + (lead[1] as string).length, mover);
      }
    }
    at += line.length + 1;
  }
  return out;
}
/** A heading naming one mover and its movement: "Water movement", "Movement of water", "Na+ flow". */
const MOVER_HEADING =
  /^(water|[a-z]{1,2}\+|sodium|potassium|ions?)\s+(?:movement|flow|direction)$|^(?:movement|flow|direction)\s+of\s+(water|[a-z]{1,2}\+|sodium|potassium|ions?)$/i;
/** A cell that opens with a direction ("into the cell", "out of cell", "in"): its leading space, then the word. */
const DIRECTION_CELL = /^(\s*)(?:into|in|out|inside|outside)\b/i;

/** First headings of a fields table whose rows are cases compared ("Solution", "Case", "Condition"). */
const FIELD_FIRST = /^(?:solution|solutions|case|cases|condition|conditions|environment|setting|scenario)$/i;

/** "Depolarization vs Repolarization": two names joined by "vs", a heading row without pipes. */
const VS_HEAD = /^\s*[A-Za-z][A-Za-z .'-]{0,30}?\s(vs\.?|versus)\s+[A-Za-z][A-Za-z .'-]{0,30}$/;
/** "Ion: Na+ | K+": a label, a colon, then the two cells split by a pipe. */
const PIPED_ROW = /^(\s*[^:|\n]{1,30}):([^|\n]*?\S\s*)\|.*\S/;

/**
 * A comparison headed "A vs B" over rows "label: a | b" (blind batch DG: "Depolarization vs
 * Repolarization", "Ion: Na+ | K+", "Direction: into cell | out of cell"). Read as the piped table
 * "| A | B" over "label | a | b": the heading's "vs" and each row's colon are cell boundaries too.
 * At least two such rows; other lines are read as they stand.
 */
function vsLayout(text: string): TableLayout | undefined {
  return separatedLayout(text, vsHeadSeparator, vsRowSeparators);
}

/** In an "A vs B" heading line, the offset of its "vs"; -1 when the line is no such heading. */
function vsHeadSeparator(line: string): number {
  const m = VS_HEAD.exec(line);
  return m === null ? -1 : line.lastIndexOf(m[1] as string);
}

/** In a "label: a | b" row, the offset of its colon (the pipe is a boundary anyway); undefined otherwise. */
function vsRowSeparators(line: string): number[] | undefined {
  return PIPED_ROW.test(line) ? [line.indexOf(':')] : undefined;
}

/** The index of the line holding character `offset`. */
export function lineAt(layout: TableLayout, offset: number): number {
  const starts = layout.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * "passive/active", "depol / repol": two names and one slash, a slash-table's heading row; a colon
 * may end it ("passive/active:", blind batch DK).
 */
const SLASH_HEAD = /^\s*[A-Za-z][A-Za-z .'-]{0,30}?\s*\/\s*[A-Za-z][A-Za-z .'-]{0,30}\s*:?\s*$/;
/** "energy: no / yes (ATP)": a label, a colon, then the two cells split by the first slash. */
const SLASH_ROW = /^(\s*[^:/|\n]{1,30}):(\s*[^/\n]*?\S\s*)\/.*\S/;

/**
 * The first slash after `from` in a slash-table row that splits its cells: not the slash of
 * text-speak "w/", "w/o" or "b/c" ("gradient: w/ / against"; blind batch DC). -1 when none.
 */
function cellSlash(line: string, from: number): number {
  for (let j = line.indexOf('/', from); j >= 0; j = line.indexOf('/', j + 1)) {
    if (!TEXT_SPEAK_SLASH.test(line.slice(Math.max(0, j - 2), j))) return j;
  }
  return -1;
}
/** A lone "w" or "b" right before a slash: "w/", "w/o", "b/c". */
const TEXT_SPEAK_SLASH = /(^|[^A-Za-z])[wWbB]$/;

/**
 * A comparison typed as lines of "label: A / B" under a "A-name / B-name" heading (blind batch CY:
 * "passive/active", "energy: no / yes (ATP)", "gradient: down / up"). Each row is read as a piped
 * row "energy | no | yes" is: the row's colon and its first slash after the colon are its cell
 * boundaries. At least two such rows; other lines are read as they stand.
 */
function slashLayout(text: string): TableLayout | undefined {
  return separatedLayout(text, slashHeadSeparator, slashRowSeparators);
}

/** In a "passive/active" heading line, the offset of its slash; -1 when the line is no such heading. */
function slashHeadSeparator(line: string): number {
  return SLASH_HEAD.test(line) ? line.indexOf('/') : -1;
}

/** In an "energy: no / yes" row, the offsets of its colon and of the slash that splits its cells; undefined otherwise. */
function slashRowSeparators(line: string): number[] | undefined {
  if (!SLASH_ROW.test(line)) return undefined;
  const colon = line.indexOf(':');
  const slash = cellSlash(line, colon);
  return slash >= 0 ? [colon, slash] : undefined;
}

/**
 * The layout of a table whose cell boundaries are given by offsets (a slash-table, an "A vs B"
 * table): the first line with words must be its heading (`head` gives the heading's boundary, or -1
 * when the line is none, and then the answer is no such table); later lines are rows where `row`
 * gives their boundaries, others are read as they stand. At least two rows. (Module-level
 * functions, not closures: one layout is made per answer.)
 */
function separatedLayout(
  text: string,
  head: (line: string) => number,
  row: (line: string) => number[] | undefined,
): TableLayout | undefined {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  const kinds: ('head' | 'row' | 'other')[] = [];
  const separators = new Set<number>();
  let at = 0;
  let headSeen = false;
  let rows = 0;
  for (const line of lines) {
    lineStarts.push(at);
    if (!headSeen && line.trim() !== '') {
      const h = head(line);
      if (h < 0) return undefined;
      separators.add(at + h);
      kinds.push('head');
      headSeen = true;
    } else {
      const cells = headSeen ? row(line) : undefined;
      if (cells === undefined) kinds.push('other');
      else {
        for (const c of cells) separators.add(at + c);
        kinds.push('row');
        rows++;
      }
    }
    at += line.length + 1;
  }
  return headSeen && rows >= 2 ? { lineStarts, kinds, labelCorner: false, separators } : undefined;
}
