import { stringify } from 'csv-stringify/sync';
import { latestPerStudent } from './summary.js';
import type { Submission } from './types.js';

/** One assignment's part of a report: its question's rubric points fix the columns. */
export interface ReportSection {
  readonly assignmentId: number;
  readonly questionId: string;
  readonly points: readonly { id: string; label: string }[];
  readonly submissions: readonly Submission[];
}

/**
 * How many students' rows {@link buildReportCsv} writes for these sections (header not counted).
 * Counted from the data, not the CSV's lines: an answer of several lines is one row.
 */
export function reportRowCount(sections: readonly ReportSection[]): number {
  return sections.reduce((n, s) => n + latestPerStudent(s.submissions).length, 0);
}

/**
 * Builds the CSV a teacher downloads: one row per student and assignment (their latest attempt),
 * with member id, display name, submission time (ISO, UTC), score, one 1/0 column per rubric
 * point, misconceptions and the answer text. csv-stringify does the quoting (commas, quotes,
 * newlines) and neutralises formulas (`=`, `+`, `-`, `@`, tab, CR at the start of a cell) so an
 * answer cannot run in a spreadsheet; the UTF-8 BOM makes Excel read accents correctly.
 */
export function buildReportCsv(sections: readonly ReportSection[]): Buffer {
  const pointColumns: { id: string; header: string }[] = [];
  const seen = new Set<string>();
  const many = sections.length > 1;
  for (const section of sections) {
    for (const p of section.points) {
      const id = many ? `${section.questionId}/${p.id}` : p.id;
      if (seen.has(id)) continue;
      seen.add(id);
      pointColumns.push({ id, header: `point: ${id}` });
    }
  }
  const header = [
    ...(many ? ['assignment', 'question'] : []),
    'member id',
    'display name',
    'submitted at',
    'score',
    'max score',
    ...pointColumns.map((c) => c.header),
    'misconceptions',
    'answer',
  ];
  const rows: string[][] = [header];
  for (const section of sections) {
    for (const s of latestPerStudent(section.submissions)) {
      const earned = new Map(s.points.map((p) => [many ? `${section.questionId}/${p.id}` : p.id, p.earned]));
      rows.push([
        ...(many ? [String(section.assignmentId), section.questionId] : []),
        s.memberId,
        s.displayName,
        new Date(s.submittedAt).toISOString(),
        String(s.score),
        String(s.maxScore),
        ...pointColumns.map((c) => {
          const e = earned.get(c.id);
          return e === undefined ? '' : e ? '1' : '0';
        }),
        s.misconceptions.map((m) => m.id).join('; '),
        s.answer,
      ]);
    }
  }
  const text = stringify(rows, { bom: true, escape_formulas: true, quoted_match: /[\r\n",]/ });
  return Buffer.from(text, 'utf8');
}
