/**
 * The brief's rendered text, as the W3C selectors of the annotations count it.
 *
 * The text is the `textContent` of the reading view's brief text (the HTML
 * that `render/render-brief.ts` produces), leaving out the editors' additions inside
 * it (`NOT_THE_AUTHORS_SELECTOR`: the editors' layer marked `data-editorial`,
 * with kinds, notes and heading links, and the citation marks). What
 * remains is the author's words as rendered (flattened by `render/plain-text.ts`,
 * without block breaks): smartypants' curly quotes, no
 * Markdown markup, whitespace as the HTML has it. TextPositionSelector offsets
 * count UTF-16 code units of this string, as a browser's `String.length` does.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { plainText, type TextRange } from '../render/plain-text';

export type { TextRange };

export interface BriefText {
  /** The author's rendered text. */
  text: string;
  /** Where each claim's wrapper (an element of class `claim` with the claim's id) sits in it. */
  claims: Map<string, TextRange>;
}

/** The hast form of `NOT_THE_AUTHORS_SELECTOR` (lib/reading-ids), plus what is never text. */
const isEditorial = (element: Element) =>
  element.properties.dataEditorial !== undefined ||
  (Array.isArray(element.properties.className) && element.properties.className.includes('cites')) ||
  element.tagName === 'script' ||
  element.tagName === 'style';

const isClaim = (element: Element) =>
  typeof element.properties.id === 'string' && Array.isArray(element.properties.className) && element.properties.className.includes('claim');

/** The author's text of a rendered brief (an HTML fragment), with the range of every claim in it. */
export function briefText(html: string): BriefText {
  const tree: Root = fromHtml(html, { fragment: true });
  const { text, ranges } = plainText(tree, { blockBreaks: false, skip: isEditorial, ranges: isClaim });
  const claims = new Map<string, TextRange>();
  for (const [element, range] of ranges) claims.set(String(element.properties.id), range);
  return { text, claims };
}

/** How often `needle` occurs in `haystack`, overlaps included. */
export function occurrences(haystack: string, needle: string): number {
  if (needle === '') return Infinity;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

export interface QuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * A TextQuoteSelector for a range of the text: `exact`, with about `context`
 * characters either side, widened until prefix + exact + suffix occurs once.
 */
export function quoteSelector(text: string, range: TextRange, context = 32): QuoteSelector {
  const exact = text.slice(range.start, range.end);
  for (let width = context; ; width += context) {
    const prefix = text.slice(Math.max(0, range.start - width), range.start);
    const suffix = text.slice(range.end, range.end + width);
    const whole = range.start - width <= 0 && range.end + width >= text.length;
    if (occurrences(text, prefix + exact + suffix) === 1 || whole) return { type: 'TextQuoteSelector', exact, prefix, suffix };
  }
}
