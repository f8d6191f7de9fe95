/**
 * From a place in the text to the quote that finds it: the words, and a
 * prefix or suffix only when the words occur more than once, as short as
 * tells them apart. Used by `npm run reanchor` and by the selection helper
 * of the dev server, so both write what the build's anchoring
 * (`anchor-quotes.ts`) finds again. Runs in Node and in the browser.
 */
import { findQuote } from './anchor-quotes';
import type { Quote } from '../content/schema';

import { BLOCK_BREAK } from './text-blocks';

export { BLOCK_BREAK };

/** `text[start, end)` without the whitespace at its edges. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The words of `text[start, end)` as a quote is written: runs of whitespace as one space. */
export function quoteWords(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** Whether `quote` finds the place starting at `start`, and only it. */
export function findsAt(text: string, quote: Quote, start: number): boolean {
  const match = findQuote(text, quote);
  return match.status === 'found' && match.start === start;
}

/** Cut points of `passage` between words, from its end backwards (for a prefix) or its start onwards (for a suffix). */
function contexts(passage: string, side: 'before' | 'after'): string[] {
  const found: string[] = [];
  if (side === 'before') {
    for (let index = passage.length - 1; index >= 0; index--) {
      if (index === 0 || /\s/.test(passage[index - 1]!)) {
        const context = passage.slice(index).replace(/\s+/g, ' ').trim();
        if (context && context !== found[found.length - 1]) found.push(context);
      }
    }
  } else {
    for (let index = 1; index <= passage.length; index++) {
      if (index === passage.length || /\s/.test(passage[index]!)) {
        const context = passage.slice(0, index).replace(/\s+/g, ' ').trim();
        if (context && context !== found[found.length - 1]) found.push(context);
      }
    }
  }
  return found;
}

/**
 * The shortest quote that finds `text[start, end)` and nothing else: the
 * words alone when they occur once; else the fewest words just before
 * (`prefix`) or after (`suffix`) that tell them apart, both when neither
 * alone does. Undefined when the range crosses a block or nothing in its
 * block tells it apart from a repeat.
 */
export function selectorFor(text: string, rangeStart: number, rangeEnd: number): Quote | undefined {
  const { start, end } = trimRange(text, rangeStart, rangeEnd);
  const exact = quoteWords(text, start, end);
  if (exact === '' || exact.includes(BLOCK_BREAK)) return undefined;
  if (findsAt(text, { exact }, start)) return { exact };

  const blockStart = text.lastIndexOf(BLOCK_BREAK, start - 1) + 1;
  const nextBreak = text.indexOf(BLOCK_BREAK, end);
  const blockEnd = nextBreak === -1 ? text.length : nextBreak;
  const prefixes = contexts(text.slice(blockStart, start), 'before');
  const suffixes = contexts(text.slice(end, blockEnd), 'after');

  const prefix = prefixes.find((candidate) => findsAt(text, { exact, prefix: candidate }, start));
  const suffix = suffixes.find((candidate) => findsAt(text, { exact, suffix: candidate }, start));
  if (prefix !== undefined && (suffix === undefined || prefix.length <= suffix.length)) return { exact, prefix };
  if (suffix !== undefined) return { exact, suffix };
  for (let index = 0; index < Math.max(prefixes.length, suffixes.length); index++) {
    const both = { exact, prefix: prefixes[Math.min(index, prefixes.length - 1)], suffix: suffixes[Math.min(index, suffixes.length - 1)] };
    if (findsAt(text, both, start)) return Object.fromEntries(Object.entries(both).filter(([, value]) => value !== undefined)) as Quote;
  }
  return undefined;
}
