/**
 * "Did you mean": the nearest word the index knows, by edit distance. Pagefind
 * has no typo tolerance (Pagefind/pagefind#756),
 * so a misspelt word ("Afganistan") finds nothing; this offers the word the
 * reader probably meant, from the list written at build time.
 *
 * Own code rather than a library: the common ones (fastest-levenshtein,
 * leven) count a swap of two letters ("Kbaul") as two edits; this is the
 * optimal-string-alignment distance, which counts it as one, and stops early
 * past the largest distance worth suggesting.
 */

/** Edits allowed for a word of this length: one up to four letters, two beyond. */
export const maxEdits = (length: number): number => (length <= 4 ? 1 : 2);

/** Optimal string alignment distance (insert, delete, substitute, swap neighbours), or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known word nearest to `word`, or undefined when none is close enough.
 * `known` is ordered most frequent first, which breaks ties.
 */
export function nearestWord(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const limit = maxEdits(typed.length);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(typed, candidate.toLowerCase(), best ? best.distance - 1 : limit);
    if (distance === 0) return undefined;
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}
