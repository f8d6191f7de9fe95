/**
 * The word list behind "Did you mean": every word a search can find, each in
 * its most frequent spelling, most frequent first; and, apart, the words of
 * the brief that stand outside every claim, so a query for one of them is
 * sent to the text rather than to an empty page. Written at build time to
 * `search-words.json`; the search interface fetches it only when a query
 * finds nothing.
 */
import { queryTerms } from './search-links';

export interface WordList {
  /** Words the index knows (claims, editors' readings and notes, other names of terms), most frequent first. */
  words: string[];
  /** Per brief (its reading view's URL), its words found in no claim, note or name: shown in the text, not in results. */
  textOnly: Array<{ href: string; words: string[] }>;
}

/** The words of a text, as the search splits a query (the same rule, so a suggestion is a word the query could hold). */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => queryTerms(word).length > 0);
}

function byFrequency(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const word of texts.flatMap(wordsOf)) {
    const key = word.toLowerCase();
    const forms = counts.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    counts.set(key, forms);
  }
  const total = (forms: Map<string, number>) => [...forms.values()].reduce((sum, count) => sum + count, 0);
  const ranked = [...counts].sort(([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b));
  // The spelling a reader would expect: the most frequent form, so "Kabul" and not "kabul".
  return new Map(ranked.map(([key, forms]) => [key, [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]));
}

export function buildWordList(indexedTexts: readonly string[], briefs: ReadonlyArray<{ href: string; text: string }>): WordList {
  const indexed = byFrequency(indexedTexts);
  return {
    words: [...indexed.values()],
    textOnly: briefs.map(({ href, text }) => ({ href, words: [...byFrequency([text])].filter(([key]) => !indexed.has(key)).map(([, word]) => word) })),
  };
}
