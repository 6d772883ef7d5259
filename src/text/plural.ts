/** "1 attempt", "2 attempts": a count with its noun, plural unless the count is one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
