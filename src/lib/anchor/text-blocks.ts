/**
 * Where a text is cut into blocks, for the build's flattener (render/plain-text.ts),
 * the editors' tools and the browser's selection code alike: plain data, no
 * hast and no Node, so browser code can import it.
 */

/** The elements whose text is one block: a quote never runs from one into the next. */
export const BLOCK_TAGS = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd',
  'blockquote', 'figcaption', 'caption', 'pre',
]);

/** Marks the border between two blocks in a flattened text; no quote may contain it (see rehype-anchor-claims). */
export const BLOCK_BREAK = '\u0000';
