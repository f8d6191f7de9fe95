/**
 * The passage around a claim, for its own page: the paragraph or list item
 * of the brief that holds the quote, split into before / claim / after.
 */
import { findQuote } from './anchor-quotes';
import type { Quote } from './schema';

export interface ClaimContext {
  before: string;
  claim: string;
  after: string;
}

/** The blocks of a Markdown body: paragraphs and list items, without headings, markers or inline markup. */
export function textBlocks(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join('\n')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/)
    .map((block) =>
      block
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

export function claimContext(markdown: string, quote: Quote): ClaimContext | undefined {
  for (const block of textBlocks(markdown)) {
    // A prefix or suffix may reach past the block's edge: then the exact words alone decide.
    let match = findQuote(block, quote);
    if (match.status === 'missing') match = findQuote(block, { exact: quote.exact });
    if (match.status !== 'found') continue;
    return { before: block.slice(0, match.start), claim: block.slice(match.start, match.end), after: block.slice(match.end) };
  }
  return undefined;
}
