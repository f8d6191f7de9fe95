/**
 * Places margin notes, as gwern.net and Tufte CSS do: each note starts
 * level with the line where its claim starts, unless the note above is in
 * the way; then it is pushed down just enough, and no further.
 */

export interface MarginItem {
  /** Where the note would like its top: its claim's first line. */
  wanted: number;
  /** The note's height. */
  height: number;
}

/** The top of each note, in the order given (document order), never overlapping, at least `gap` apart. */
export function placeMarginNotes(items: readonly MarginItem[], gap = 8): number[] {
  const tops: number[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (const { wanted, height } of items) {
    const top = Math.max(wanted, floor);
    tops.push(top);
    floor = top + height + gap;
  }
  return tops;
}
