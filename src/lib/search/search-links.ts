/**
 * How a search result lands on its claim: the reading view at the claim's
 * anchor, with the query's words in `?highlight=` so the page can mark them.
 * Shared by the search interface and the landing page's highlighter.
 */

export const HIGHLIGHT_PARAM = 'highlight';

/** `/brief/#claim` + "Kabul River" → `/brief/?highlight=Kabul+River#claim`. */
export function resultHref(contextUrl: string, query: string): string {
  const [path, hash] = contextUrl.split('#', 2) as [string, string | undefined];
  const terms = query.trim();
  if (!terms) return contextUrl;
  const url = `${path}${path.includes('?') ? '&' : '?'}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms).replace(/%20/g, '+')}`;
  return hash === undefined ? url : `${url}#${hash}`;
}

/** The words of a query worth marking: lowercased, once each, no one-letter words. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 1))];
}

/** The words to mark, from a page's query string. */
export function highlightTerms(search: string): string[] {
  return queryTerms(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
}

/**
 * Matches the words a search for `terms` found: a word starting with a term
 * ("dam" marks "dams"), and, for longer terms, the term inside a word, since
 * a slip such as "ofTurkey" is found by a search for "Turkey".
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => (term.length >= 5 ? `${escape(term)}[\\p{L}\\p{N}]*` : `(?<![\\p{L}\\p{N}])${escape(term)}[\\p{L}\\p{N}]*`));
  return new RegExp(alternatives.join('|'), 'giu');
}
