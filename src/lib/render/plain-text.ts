/**
 * The one flattener: a rendered brief's hast tree turned into the plain text
 * that anchoring, search records, the W3C selectors of the exports, the
 * editors' tools and the content check all read, with a map back to the
 * text nodes. Every reader of the rendered text goes through `plainText`,
 * so a quote found by the build is the quote the exports count.
 *
 * Our own rather than `hast-util-to-text`: that one follows the browser's
 * `innerText` (it folds whitespace and adds line breaks around blocks), which
 * would move every exported TextPositionSelector; ours keeps each text node
 * as it is, as a browser's `textContent` does.
 */
import type { Element, Parent, Root, Text } from 'hast';

import { BLOCK_BREAK, BLOCK_TAGS } from '../anchor/text-blocks';

export { BLOCK_BREAK, BLOCK_TAGS };

export interface TextSegment {
  node: Text;
  /** Ancestors from the root down to the text node's parent. */
  ancestors: Parent[];
  /** The innermost block element holding the text, if any. */
  block: Element | undefined;
  /** Offset of the node's first character in the plain text. */
  start: number;
}

/** A range of the plain text: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface PlainTextOptions {
  /**
   * Puts `BLOCK_BREAK` before the first text of each block, so that no quote
   * found in the text runs from one paragraph into the next: the anchoring's
   * text. Without it, the text is the `textContent` a browser gives, which
   * the exported selectors count. Default: true.
   */
  blockBreaks?: boolean;
  /** Elements left out with all they hold (the editors' additions, for the selectors). Default: none. */
  skip?: (element: Element) => boolean;
  /** Elements whose range in the text is wanted (the claims' wrappers, for the selectors). Default: none. */
  ranges?: (element: Element) => boolean;
}

export interface PlainText {
  text: string;
  segments: TextSegment[];
  /** The range of each element that `ranges` chose, in document order. */
  ranges: Map<Element, TextRange>;
}

/** The tree's text in document order: every text node as it is, elements that `skip` chooses left out. */
export function plainText(tree: Root | Element, options: PlainTextOptions = {}): PlainText {
  const blockBreaks = options.blockBreaks ?? true;
  let text = '';
  const segments: TextSegment[] = [];
  const ranges = new Map<Element, TextRange>();
  let currentBlock: Element | undefined;

  const visit = (node: Parent, ancestors: Parent[], block: Element | undefined): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (blockBreaks && block !== currentBlock) {
          text += BLOCK_BREAK;
          currentBlock = block;
        }
        segments.push({ node: child, ancestors: [...ancestors, node], block, start: text.length });
        text += child.value;
      } else if (child.type === 'element' && !options.skip?.(child)) {
        const start = text.length;
        visit(child, [...ancestors, node], BLOCK_TAGS.has(child.tagName) ? child : block);
        if (options.ranges?.(child)) ranges.set(child, { start, end: text.length });
      }
    }
  };
  visit(tree, [], undefined);
  return { text, segments, ranges };
}

/** The text segment holding a range's start (the character at `offset`) or end (the one before). */
export function segmentAt(flat: PlainText, offset: number, edge: 'start' | 'end'): TextSegment {
  const found = flat.segments.find(({ node, start }) =>
    edge === 'start' ? offset >= start && offset < start + node.value.length : offset > start && offset <= start + node.value.length,
  );
  if (!found) throw new Error(`plain-text: no text at offset ${offset}`);
  return found;
}
