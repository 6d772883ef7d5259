import type { CompiledRubric } from './compile.js';
import { answerDoc, GradingInputError, grade } from './grade.js';

/**
 * Trial answers for `tutor rubric explain --try`: what each answer earns, point by point, with the
 * words that earned it, and which misconceptions it shows. The teachers who wrote their own
 * questions tried wordings by adding throw-away examples to the file; this grades an answer
 * without editing anything.
 */
export function explainTries(rubric: CompiledRubric, answers: readonly string[]): string {
  const lines: string[] = [];
  answers.forEach((answer, index) => {
    const oneLine = answer.replace(/\s+/g, ' ').trim();
    lines.push(`  ▸ ${index + 1}. "${oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine}"`);
    // "rigid || kinks keep them apart": one text per part's box, as the class's form sends them
    // (set 17's teacher saw a part (a) sentence earn a part (b) point in a one-text trial).
    const boxes = answer.includes('||') ? answer.split('||').map((b) => b.trim()) : undefined;
    const parts = rubric.question.parts.length;
    if (boxes !== undefined && boxes.length !== parts) {
      lines.push(
        `     cannot be graded: ${boxes.length} boxes given ("||" between them), but the question has ${parts} part${parts === 1 ? '' : 's'}`,
      );
      return;
    }
    let result: ReturnType<typeof grade>;
    try {
      result = grade(rubric, boxes ?? answer);
    } catch (error) {
      if (!(error instanceof GradingInputError)) throw error;
      lines.push(`     cannot be graded: ${error.publicMessage}`);
      return;
    }
    lines.push(`     score ${result.score} of ${result.maxScore}`);
    for (const point of result.points) {
      const words = point.evidence.map((e) => `“${e.text}”`).join(' … ');
      const by =
        point.takenBackBy === undefined
          ? ''
          : ` (found, but taken back by misconception ${point.takenBackBy})`;
      lines.push(point.earned ? `     ✓ ${point.id}: ${words}` : `     · ${point.id}: missed${by}`);
    }
    for (const m of result.misconceptions)
      lines.push(`     ! ${m.id}: ${m.evidence.map((e) => `“${e.text}”`).join(' … ')}`);
    // Why a word that is plainly there earned nothing: it was hedged, or copied from the prompt.
    (boxes ?? [answer]).forEach((box, k) => {
      const doc = answerDoc(rubric, box, boxes === undefined ? undefined : k);
      for (const span of doc.earnsNothing()) {
        const words = box.slice(span.start, span.end).replace(/\s+/g, ' ');
        const why = span.kind === 'copied' ? 'restates the prompt' : 'is hedged or taken back';
        lines.push(`     ~ “${words.length > 60 ? `${words.slice(0, 59)}…` : words}” ${why}: earns nothing`);
      }
    });
  });
  return `Trial answers:\n${lines.join('\n')}\n`;
}
