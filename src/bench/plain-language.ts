import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileQuestionFile } from '../content/question-file.js';
import { loadQuestionBank } from '../content/question-loader.js';
import type { CompiledRubric } from '../grading/compile.js';
import { grade } from '../grading/grade.js';
import type { BenchFigure } from './types.js';

/**
 * Plain-language points in `npm run bench` (grading section): the six pack FRQs written as
 * labels only (tests/grading/plain/*.yaml) — how often they agree with the teacher's point
 * decisions on the blind batches, and how fast they grade. A report, never a test.
 */

/** Where the plain fixtures and their labelled batches are. */
export interface PlainBenchOptions {
  readonly contentDir: string;
  readonly plainDir: string;
  readonly progress?: (message: string) => void;
}

/** A blind answer with the writer's decision on every point. */
export interface Labelled {
  readonly text: string;
  readonly points: Record<string, boolean>;
}

/** How many of the writers' point decisions the rubric agrees with, and how many there are. */
export function pointAgreement(rubric: CompiledRubric, answers: readonly Labelled[]): [number, number] {
  let agree = 0;
  let total = 0;
  for (const answer of answers) {
    const earned = new Set(
      grade(rubric, answer.text)
        .points.filter((p) => p.earned)
        .map((p) => p.id),
    );
    for (const [point, label] of Object.entries(answer.points)) {
      total++;
      if (earned.has(point) === label) agree++;
    }
  }
  return [agree, total];
}

/** The blind batches, oldest first (tests/grading/plain/batches/<batch>/). */
const BATCHES = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'AA',
  'AB',
  'AC',
  'AD',
  'AE',
  'AF',
  'AG',
  'AH',
  'AI',
  'AJ',
  'AK',
  'AL',
  'AM',
  'AN',
  'AO',
  'AP',
  'AQ',
  'AR',
  'AS',
  'AT',
  'AU',
  'AV',
  'AW',
  'AX',
  'AY',
  'AZ',
  'BA',
  'BB',
  'BC',
  'BD',
  'BE',
  'BF',
  'BG',
  'BH',
  'BI',
  'BJ',
  'BK',
  'BL',
  'BM',
  'BN',
  'BO',
  'BP',
  'BQ',
  'BR',
  'BS',
  'BT',
  'BU',
  'BV',
  'BW',
  'BX',
  'BY',
  'BZ',
  'CA',
  'CB',
  'CD',
  'CC',
  'CE',
  'CF',
  'CG',
  'CH',
  'CI',
  'CJ',
  'CK',
  'CL',
  'CM',
  'CN',
  'CO',
  'CP',
  'CQ',
  'CR',
  'CS',
  'CT',
  'CU',
  'CV',
  'CW',
  'CX',
  'CY',
  'CZ',
  'DA',
  'DB',
  'DC',
  'DD',
  'DE',
  'DF',
  'DG',
  'DH',
  'DI',
  'DJ',
  'DK',
  'DL',
  'DM',
  'DN',
  'DO',
  'DP',
  'DQ',
  'DR',
  'DS',
  'DT',
  'DU',
  'DV',
  'DW',
  'DX',
  'DY',
  'DZ',
  'EA',
  'EB',
  'EC',
  'ED',
  'EE',
  'EF',
  'EG',
  'EH',
  'EI',
  'EJ',
  'EK',
  'EL',
  'EM',
  'EN',
  'EO',
  'EP',
  'EQ',
  'ER',
  'ES',
  'ET',
  'EU',
  'EV',
  'EW',
  'EX',
  'EZ',
  'EY',
  'FA',
  'FB',
  'FD',
  'FE',
  'FC',
  'FF',
  'FG',
  'FI',
  'FJ',
  'FK',
  'FL',
  'FM',
  'FN',
  'FO',
  'FP',
  'FQ',
  'FR',
  'FS',
  'FT',
];
/** The last batch nothing has been tuned on: its figure is the one that counts. */
const UNTOUCHED = new Set(['FT']);
/** Earlier batches that were never tuned on either (FI: round 156 changed none of its grades; FJ). */
const NEVER_TUNED_ON = new Set(['FI', 'FJ']);
/**
 * Batches that were each the last untouched one when graded (once, on that session's final engine);
 * later rounds were made from some of their answers, so they are not called unseen.
 */
const ONCE_UNTOUCHED = new Set(['FK', 'FL', 'FM', 'FN', 'FO', 'FP', 'FQ', 'FR', 'FS']);

/** How a batch's figure may be read: unseen, never tuned on, once untouched, or tuned on. */
function batchStanding(batch: string): string {
  if (UNTOUCHED.has(batch)) return ' (unseen)';
  if (NEVER_TUNED_ON.has(batch)) return ' (never tuned on)';
  return ONCE_UNTOUCHED.has(batch) ? ' (untouched when graded)' : ' (tuned on)';
}

/** Agreement of the plain variants with the teacher on each batch, and their throughput. */
export function measurePlainLanguage(options: PlainBenchOptions): BenchFigure[] {
  if (!existsSync(options.plainDir)) return [];
  const lexicon = loadQuestionBank(options.contentDir).lexicon;
  const ids = readdirSync(options.plainDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
  const rubrics = new Map<string, CompiledRubric>(
    ids.map((id) => [id, compileQuestionFile(join(options.plainDir, `${id}.yaml`), lexicon)]),
  );
  const figures: BenchFigure[] = [];
  const texts: [CompiledRubric, string][] = [];
  for (const batch of BATCHES) {
    let agree = 0;
    let total = 0;
    const per: string[] = [];
    for (const id of ids) {
      const file = join(options.plainDir, 'batches', batch, `${id}.json`);
      if (!existsSync(file)) continue;
      options.progress?.(`plain-language ${id}, batch ${batch}`);
      const rubric = rubrics.get(id) as CompiledRubric;
      const answers = JSON.parse(readFileSync(file, 'utf8')) as Labelled[];
      for (const answer of answers) texts.push([rubric, answer.text]);
      const [a, n] = pointAgreement(rubric, answers);
      agree += a;
      total += n;
      per.push(`${id} ${((100 * a) / n).toFixed(1)}%`);
    }
    if (total === 0) continue;
    const share = agree / total;
    figures.push({
      label: `plain-language points, blind batch ${batch}${batchStanding(batch)}`,
      value: `${(100 * share).toFixed(1)}% of ${total} point decisions agree (${per.join(', ')})`,
      target: '≥ 85%',
      met: share >= 0.85,
    });
  }
  if (texts.length > 0) {
    const rounds = 5;
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const [rubric, text] of texts) grade(rubric, text);
    const perSecond = (rounds * texts.length) / ((performance.now() - started) / 1000);
    figures.push({
      label: 'plain-language points throughput (blind answers, warm)',
      value: `${Math.round(perSecond).toLocaleString('en-US')} answers/s`,
    });
  }
  return figures;
}
