/**
 * Where the sentence running at an offset ends. The reading view puts a
 * claim's citation numbers there, so a claim that ends mid-sentence never
 * has a mark between a subject and its verb.
 */

/** A full stop, question or exclamation mark (or an ellipsis), with any closing quotes or brackets after it. */
const SENTENCE_END = /[.!?\u2026]["'\u2019\u201D)\]]*(?=\s|$)/g;

/**
 * The offset just past the end of the sentence that holds `text[offset - 1]`:
 * `offset` itself when the text there already ends a sentence, else the end
 * of the next sentence-ending punctuation, else `text.length`.
 */
export function sentenceEnd(text: string, offset: number): number {
  SENTENCE_END.lastIndex = Math.max(0, offset - 1);
  const match = SENTENCE_END.exec(text);
  if (!match) return text.length;
  // A closing quote or bracket right after the offset still belongs to the sentence.
  return Math.max(offset, match.index + match[0].length);
}
