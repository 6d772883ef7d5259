/**
 * Merging match lists that are each sorted by start, then end. Every list of matches the
 * grader keeps is sorted so, which lets any-of nodes merge their kids' lists in one linear pass
 * instead of concatenating and sorting them for every answer.
 */

/** Anything with a token extent [s, e). */
interface Extent {
  readonly s: number;
  readonly e: number;
}

/**
 * The union of lists each sorted by (s, e): sorted, one item per extent. On a tie the item that
 * comes first in `lists` order is kept — what a stable sort of the concatenated lists would keep.
 * A single non-empty list is returned as it is.
 */
export function mergeSorted<T extends Extent>(
  lists: readonly (readonly T[])[],
  none: readonly T[],
): readonly T[] {
  let out: readonly T[] = none;
  for (let k = 0; k < lists.length; k++) out = mergeInto(out, lists[k] as readonly T[]);
  return out;
}

/**
 * One step of {@link mergeSorted}: the union of `merged` (the lists so far) and the next list. An
 * empty list changes nothing, and the first non-empty one is taken as it is.
 */
export function mergeInto<T extends Extent>(merged: readonly T[], list: readonly T[]): readonly T[] {
  if (list.length === 0) return merged;
  return merged.length === 0 ? list : mergeTwo(merged, list);
}

/** Merges two sorted lists, `a` first on ties, dropping items whose extent the last kept item has. */
function mergeTwo<T extends Extent>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let m: T;
    if (j >= b.length) m = a[i++] as T;
    else if (i >= a.length) m = b[j++] as T;
    else {
      const x = a[i] as T;
      const y = b[j] as T;
      if (x.s < y.s || (x.s === y.s && x.e <= y.e)) {
        m = x;
        i++;
      } else {
        m = y;
        j++;
      }
    }
    const last = out[out.length - 1];
    if (last === undefined || last.s !== m.s || last.e !== m.e) out.push(m);
  }
  return out;
}
