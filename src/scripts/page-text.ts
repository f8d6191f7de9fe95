/**
 * The brief's text in the page, as the annotations' selectors count it
 * (`lib/export/selector-text.ts`): the text of the brief's element without
 * what the reading view adds (`NOT_THE_AUTHORS_SELECTOR`), and the text
 * nodes that hold it, to go from a selection to offsets and back.
 */
import { NOT_THE_AUTHORS_SELECTOR } from '../lib/content/reading-ids';

export interface PageText {
  text: string;
  nodes: Array<{ node: Text; start: number }>;
}

/** The author's text under `root`, and where each of its text nodes starts in it. */
export function pageText(root: Element): PageText {
  let text = '';
  const nodes: PageText['nodes'] = [];
  const visit = (element: Element): void => {
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        nodes.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child instanceof Element && !child.matches(NOT_THE_AUTHORS_SELECTOR)) visit(child);
    }
  };
  visit(root);
  return { text, nodes };
}

/** The range's start and end in the text, if both lie in it and it holds any of it. */
export function offsetsOf(range: Range, page: PageText): { start: number; end: number } | undefined {
  let start: number | undefined;
  let end: number | undefined;
  for (const { node, start: at } of page.nodes) {
    if (start === undefined) {
      if (range.startContainer === node) start = at + range.startOffset;
      else if (range.comparePoint(node, 0) === 0) start = at;
    }
    if (range.endContainer === node) end = at + range.endOffset;
    else if (range.comparePoint(node, node.data.length) === 0) end = at + node.data.length;
  }
  return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
}

/** The pieces of text nodes that hold `text[start, end)`, each a node and the offsets within it. */
export function piecesOf(page: PageText, start: number, end: number): Array<{ node: Text; from: number; to: number }> {
  return page.nodes
    .filter(({ node, start: at }) => at < end && at + node.data.length > start)
    .map(({ node, start: at }) => ({ node, from: Math.max(0, start - at), to: Math.min(node.data.length, end - at) }));
}
