import type { AnswerDoc } from './answer-doc.js';
import type { CompiledRubric } from './compile.js';
import { answerDoc, type Evidence, type GradeResult, GradingInputError, grade } from './grade.js';

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
    const texts = boxes ?? [answer];
    const docs = texts.map((box, k) => answerDoc(rubric, box, boxes === undefined ? undefined : k));
    lines.push(...keptBeside(rubric, result, docs));
    // Why a word that is plainly there earned nothing: it was hedged, or copied from the prompt.
    texts.forEach((box, k) => {
      for (const span of (docs[k] as AnswerDoc).earnsNothing()) {
        const words = box.slice(span.start, span.end).replace(/\s+/g, ' ');
        const why = span.kind === 'copied' ? 'restates the prompt' : 'is hedged or taken back';
        lines.push(`     ~ “${words.length > 60 ? `${words.slice(0, 59)}…` : words}” ${why}: earns nothing`);
      }
    });
  });
  return `Trial answers:\n${lines.join('\n')}\n`;
}

/**
 * A point kept although a misconception that `contradicts` it was found in the same sentence:
 * `contradicts` takes a point back only when the misconception comes after the point's words, so
 * "The mutant glows in the dark" kept "The mutant stays dark" (teacher set 25, who found `cancels`
 * only by a careful read of the guide). Says which list would take it back.
 */
function keptBeside(rubric: CompiledRubric, result: GradeResult, docs: readonly AnswerDoc[]): string[] {
  const out: string[] = [];
  for (const m of result.misconceptions) {
    const target = rubric.misconceptions.find((t) => t.id === m.id);
    if (target === undefined) continue;
    for (const point of result.points) {
      if (!point.earned || !target.contradicts.includes(point.id) || target.cancels.includes(point.id))
        continue;
      if (!point.evidence.some((e) => m.evidence.some((f) => oneSentence(docs, e, f)))) continue;
      out.push(
        `     ? ${point.id} kept beside ${m.id} in one sentence: its contradicts: takes a point back only when said after the point's words; add ${point.id} to its cancels: to take it back wherever both are said in one sentence (rubric guide §11.1)`,
      );
    }
  }
  return out;
}

/** Whether two pieces of evidence start in one sentence of one box, as the tokenizer splits it ("0.4" is no end). */
function oneSentence(docs: readonly AnswerDoc[], a: Evidence, b: Evidence): boolean {
  const tokens = docs[a.part]?.tokens;
  if (a.part !== b.part || tokens === undefined) return false;
  const sentenceAt = (offset: number) => tokens.find((t) => t.end > offset)?.sent;
  return sentenceAt(a.start) === sentenceAt(b.start);
}
