/**
 * Agreement between two raters (e.g. a human and the grader) on integer scores in [min, max].
 */

function checkPairs(a: readonly number[], b: readonly number[], min: number, max: number): void {
  if (a.length !== b.length) throw new Error(`rating lists differ in length (${a.length} vs ${b.length})`);
  if (max < min) throw new Error(`max (${max}) is below min (${min})`);
  for (const x of [...a, ...b]) {
    if (!Number.isInteger(x) || x < min || x > max)
      throw new Error(`rating ${x} is not an integer in [${min}, ${max}]`);
  }
}

/**
 * The confusion matrix: `m[i][j]` counts items rated `min + i` by `a` and `min + j` by `b`
 * (rows: the first rater, typically the human).
 */
export function confusionMatrix(
  a: readonly number[],
  b: readonly number[],
  min: number,
  max: number,
): number[][] {
  checkPairs(a, b, min, max);
  const k = max - min + 1;
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  a.forEach((x, i) => {
    const row = m[x - min] as number[];
    const col = (b[i] as number) - min;
    row[col] = (row[col] as number) + 1;
  });
  return m;
}

/** Share of items both raters scored identically (0 for no items). */
export function exactAgreement(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`rating lists differ in length (${a.length} vs ${b.length})`);
  if (a.length === 0) return 0;
  let same = 0;
  a.forEach((x, i) => {
    if (x === b[i]) same++;
  });
  return same / a.length;
}

/**
 * Quadratic weighted kappa (Cohen's kappa with weights (i−j)²/(k−1)²), the ASAP metric:
 * 1 − Σ w·O / Σ w·E, where O is the observed confusion matrix and E the outer product of the
 * two raters' histograms scaled to the same total. When E carries no weight (both raters used a
 * single identical category) the raters agree perfectly and the result is 1.
 */
export function quadraticWeightedKappa(
  a: readonly number[],
  b: readonly number[],
  min: number,
  max: number,
): number {
  const observed = confusionMatrix(a, b, min, max);
  const k = max - min + 1;
  const n = a.length;
  if (n === 0 || k === 1) return 1;
  const histA = observed.map((row) => row.reduce((s, x) => s + x, 0));
  const histB = new Array<number>(k).fill(0);
  for (const row of observed) {
    for (let j = 0; j < k; j++) histB[j] = (histB[j] as number) + (row[j] as number);
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * ((observed[i] as number[])[j] as number);
      den += (w * (histA[i] as number) * (histB[j] as number)) / n;
    }
  }
  return den === 0 ? (num === 0 ? 1 : 0) : 1 - num / den;
}
