import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQuestionFile } from '../classes/import.js';
import { loadQuestionBank } from '../content/question-loader.js';
import { type Labelled, pointAgreement } from './plain-language.js';
import type { BenchFigure } from './types.js';

/**
 * Teacher-written questions in `npm run bench` (grading section): plain-language FRQs a teacher
 * wrote on topics the lexicon was not grown on (tests/grading/teacher-questions/set-<n>.yaml),
 * compiled as `/class import` compiles them, against the blind writers' point decisions. A report,
 * never a test (the floors are in tests/grading/teacher-questions.test.ts).
 */

/** What each set's figure is: which set was tuned on, and which was graded once, untouched. */
const STATUS: Record<string, string> = {
  'set-1.yaml': 'tuned on by round 157; first touch 84.3%',
  'set-2.yaml': 'read by round 158; untouched 85.3%',
  'set-3.yaml': 'read by round 158; untouched 81.2%',
  'set-4.yaml': 'graded once, untouched, after round 158',
};

/** Point agreement of each stored set of teacher-written questions. */
export function measureTeacherQuestions(contentDir: string, dir: string): BenchFigure[] {
  if (!existsSync(dir)) return [];
  const lexicon = loadQuestionBank(contentDir).lexicon;
  const answersDir = join(dir, 'answers');
  const figures: BenchFigure[] = [];
  // In the order the teachers wrote them: set-10 after set-9, not after set-1.
  const number = (f: string) => Number(/\d+/.exec(f)?.[0]);
  for (const set of readdirSync(dir)
    .filter((f) => /^set-\d+\.yaml$/.test(f))
    .sort((a, b) => number(a) - number(b))) {
    const read = readQuestionFile(readFileSync(join(dir, set), 'utf8'), lexicon, set);
    let agree = 0;
    let total = 0;
    const per: string[] = [];
    for (const q of read.questions) {
      if (!q.rubric) continue;
      const answers = readdirSync(answersDir)
        .filter((x) => x.startsWith(`${q.localId}-w`))
        .flatMap((f) => JSON.parse(readFileSync(join(answersDir, f), 'utf8')) as Labelled[]);
      const [a, n] = pointAgreement(q.rubric, answers);
      agree += a;
      total += n;
      if (n > 0) per.push(`${q.localId} ${((100 * a) / n).toFixed(1)}%`);
    }
    if (total === 0) continue;
    figures.push({
      label: `teacher-written questions, ${set.replace('.yaml', '')} (${STATUS[set] ?? 'stored'})`,
      value: `${((100 * agree) / total).toFixed(1)}% of ${total} point decisions agree (${per.join(', ')})`,
    });
  }
  return figures;
}
