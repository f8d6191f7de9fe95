/**
 * A hast tree's text in document order, one string, with a break between
 * blocks and a map back to the text nodes: the ground on which quotes are
 * found and marks are placed.
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
  /** Offset of the node's first character in the flattened text. */
  start: number;
}

export interface FlatText {
  text: string;
  segments: TextSegment[];
}

/** The tree's text in document order, with a block break between blocks. */
export function flatten(tree: Root | Element): FlatText {
  let text = '';
  const segments: TextSegment[] = [];
  let currentBlock: Element | undefined;

  const visit = (node: Parent, ancestors: Parent[], block: Element | undefined): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (block !== currentBlock) {
          text += BLOCK_BREAK;
          currentBlock = block;
        }
        segments.push({ node: child, ancestors: [...ancestors, node], block, start: text.length });
        text += child.value;
      } else if (child.type === 'element') {
        visit(child, [...ancestors, node], BLOCK_TAGS.has(child.tagName) ? child : block);
      }
    }
  };
  visit(tree, [], undefined);
  return { text, segments };
}

/** The text segment holding a range's start (the character at `offset`) or end (the one before). */
export function segmentAt(flat: FlatText, offset: number, edge: 'start' | 'end'): TextSegment {
  const found = flat.segments.find(({ node, start }) =>
    edge === 'start' ? offset >= start && offset < start + node.value.length : offset > start && offset <= start + node.value.length,
  );
  if (!found) throw new Error(`flat-text: no text at offset ${offset}`);
  return found;
}
