/**
 * On a page opened from a search result, marks the searched words in the
 * claim the result pointed at (the URL's fragment), or in the text.
 */
import { highlightTerms, termPattern } from '../lib/search/search-links';
import { EDITORIAL_ATTRIBUTE } from '../lib/content/reading-ids';
import { markMatches } from './mark-terms';

export function highlightSearchTerms(): void {
  const pattern = termPattern(highlightTerms(location.search));
  const scope = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.querySelector('.brief-text');
  if (!pattern || !scope) return;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    // The author's words only: not the editors' layer, not words already marked.
    acceptNode: (node) => (node.parentElement?.closest(`[${EDITORIAL_ATTRIBUTE}], mark`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const marked = markMatches(node.data, pattern, 'search-hit');
    if (marked) node.replaceWith(marked);
  }
}
