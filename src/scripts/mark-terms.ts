/**
 * Wraps the words a search found in <mark>, as DOM nodes (never as HTML):
 * for the search results' titles and for the claim a result lands on.
 */

/** `text` with every match of `pattern` marked, or undefined when nothing matches. */
export function markMatches(text: string, pattern: RegExp | undefined, className?: string): DocumentFragment | undefined {
  if (!pattern) return undefined;
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const mark = document.createElement('mark');
    if (className) mark.className = className;
    mark.textContent = match[0];
    fragment.append(mark);
    last = match.index + match[0].length;
  }
  if (last === 0) return undefined;
  fragment.append(text.slice(last));
  return fragment;
}
