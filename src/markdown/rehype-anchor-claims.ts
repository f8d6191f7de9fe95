/**
 * rehype plugin: wraps each claim's quote in an element carrying the claim's
 * id, so `#<claim-id>` lands on the claim and the rest of the site can link
 * to it.
 *
 * The brief stays verbatim in Markdown; claims are standoff annotations that
 * point into it by quoting it. Matching runs on the rendered text, so it sees
 * through emphasis, links and smartypants' curly quotes. A quote may cross
 * inline elements (then they are split at the quote's edges) but never a
 * block: a claim lives in one paragraph, list item or heading.
 */
import type { Element, ElementContent, Parent, Properties, Root, Text } from 'hast';
import { findQuote, excerpt } from '../lib/anchor-quotes';
import { ContentError } from '../lib/content-error';
import type { Quote } from '../lib/schema';

export interface AnchoredClaim {
  id: string;
  quote: Quote;
}

export interface AnchorClaimsOptions<C extends AnchoredClaim = AnchoredClaim> {
  /** The claims to anchor. */
  claims: readonly C[];
  /** The annotations file, named in error messages. */
  annotationsFile: string;
  /** Tag of the element that wraps a claim. Default: `span`. */
  tagName?: string;
  /** Properties of the wrapping element, besides `id`. Default: class `claim`. */
  properties?: (claim: C) => Properties;
  /** Nodes appended inside the wrapper, after the quoted text (marks, permalinks). */
  append?: (claim: C) => ElementContent[];
  /** Nodes placed right after the wrapper, outside it (margin notes). */
  after?: (claim: C) => ElementContent[];
}

const BLOCK_TAGS = new Set([
  'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd',
  'blockquote', 'figcaption', 'caption', 'pre',
]);

/** Marks the border between two blocks in the flattened text; no quote contains it. */
const BLOCK_BREAK = '\u0000';

interface TextSegment {
  node: Text;
  /** Ancestors from the root down to the text node's parent. */
  ancestors: Parent[];
  /** Offset of the node's first character in the flattened text. */
  start: number;
}

interface FlatText {
  text: string;
  segments: TextSegment[];
}

export default function rehypeAnchorClaims<C extends AnchoredClaim>(options: AnchorClaimsOptions<C>) {
  const tagName = options.tagName ?? 'span';
  const propertiesOf = options.properties ?? (() => ({ className: ['claim'] }));

  return (tree: Root): void => {
    const takenIds = collectIds(tree);
    const ranges = locateClaims(tree, options, takenIds);

    const wrappers: Array<[C, Element, Parent]> = [];
    for (const { claim, start, end } of ranges) {
      const wrapper: Element = {
        type: 'element',
        tagName,
        properties: { ...propertiesOf(claim), id: claim.id },
        children: [],
      };
      wrappers.push([claim, wrapper, wrapRange(tree, start, end, wrapper)]);
    }
    // Decorations add text, so they come after every range is wrapped:
    // the offsets of the flattened text stay valid until then.
    for (const [claim, wrapper, parent] of wrappers) {
      if (options.append) wrapper.children.push(...options.append(claim));
      if (options.after) parent.children.splice(parent.children.indexOf(wrapper) + 1, 0, ...options.after(claim));
    }
  };
}

/** Finds every claim's place, or throws with what an editor needs to fix it. */
function locateClaims<C extends AnchoredClaim>(
  tree: Root,
  options: AnchorClaimsOptions<C>,
  takenIds: Set<string>,
): Array<{ claim: C; start: number; end: number }> {
  const { text } = flatten(tree);
  const file = options.annotationsFile;
  const ranges: Array<{ claim: C; start: number; end: number }> = [];
  const seen = new Set<string>();

  for (const claim of options.claims) {
    const item = `claim "${claim.id}"`;
    if (seen.has(claim.id)) {
      throw new ContentError({ file, item, problem: 'this id is used by another claim too', hint: 'give each claim an id of its own' });
    }
    seen.add(claim.id);
    if (takenIds.has(claim.id)) {
      throw new ContentError({
        file,
        item,
        problem: 'this id is already the id of an element of the brief (a heading)',
        hint: 'choose another claim id; the two would share one URL fragment',
      });
    }
    const match = findQuote(text, claim.quote);
    if (match.status === 'missing') {
      throw new ContentError({
        file,
        item,
        problem: `quote not found in the brief: "${excerpt(claim.quote.exact)}"`,
        hint: match.closest
          ? `the closest text is "${excerpt(match.closest)}"; quote the brief exactly, typos included`
          : 'no similar text was found; was the passage removed from the brief?',
      });
    }
    if (match.status === 'ambiguous') {
      const places = match.starts.map((at) => `"…${excerpt(text.slice(Math.max(0, at - 30), at + 40), 80)}…"`);
      throw new ContentError({
        file,
        item,
        problem: `quote matches ${match.starts.length} places in the brief: ${places.join(' and ')}`,
        hint: 'add a `prefix` (text just before) or `suffix` (text just after) to tell them apart',
      });
    }
    ranges.push({ claim, start: match.start, end: match.end });
  }

  const byPosition = [...ranges].sort((a, b) => a.start - b.start);
  for (let index = 1; index < byPosition.length; index++) {
    const previous = byPosition[index - 1]!;
    const current = byPosition[index]!;
    if (current.start < previous.end) {
      throw new ContentError({
        file,
        item: `claim "${current.claim.id}"`,
        problem: `its quote overlaps the quote of claim "${previous.claim.id}"`,
        hint: 'claims must not share words; shorten one of the two quotes',
      });
    }
  }
  return ranges;
}

function collectIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  const visit = (node: Root | ElementContent): void => {
    if (node.type === 'element' && typeof node.properties.id === 'string') ids.add(node.properties.id);
    if ('children' in node) node.children.forEach((child) => visit(child as ElementContent));
  };
  visit(tree);
  return ids;
}

/** The tree's text in document order, with a block break between blocks. */
function flatten(tree: Root): FlatText {
  let text = '';
  const segments: TextSegment[] = [];
  let currentBlock: Parent | undefined;

  const visit = (node: Parent, ancestors: Parent[], block: Parent | undefined): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (block !== currentBlock) {
          text += BLOCK_BREAK;
          currentBlock = block;
        }
        segments.push({ node: child, ancestors: [...ancestors, node], start: text.length });
        text += child.value;
      } else if (child.type === 'element') {
        visit(child, [...ancestors, node], BLOCK_TAGS.has(child.tagName) ? child : block);
      }
    }
  };
  visit(tree, [], undefined);
  return { text, segments };
}

/** Wraps the flattened text's [start, end) in `wrapper`, splitting inline elements at its edges; returns the wrapper's parent. */
function wrapRange(tree: Root, start: number, end: number, wrapper: Element): Parent {
  const original = flatten(tree);
  const first = segmentAt(original, start, 'start');
  const last = segmentAt(original, end, 'end');
  const common = deepestCommonAncestor(first.ancestors, last.ancestors);

  splitAt(segmentAt(flatten(tree), end, 'end'), end, common);
  splitAt(segmentAt(flatten(tree), start, 'start'), start, common);

  const flat = flatten(tree);
  const startChild = childOf(common, segmentAt(flat, start, 'start'));
  const endChild = childOf(common, segmentAt(flat, end, 'end'));
  const from = common.children.indexOf(startChild);
  const to = common.children.indexOf(endChild);
  wrapper.children = common.children.splice(from, to - from + 1, wrapper) as ElementContent[];
  return common;
}

/** The text segment holding a range's start (the character at `offset`) or end (the one before). */
function segmentAt(flat: FlatText, offset: number, edge: 'start' | 'end'): TextSegment {
  const found = flat.segments.find(({ node, start }) =>
    edge === 'start' ? offset >= start && offset < start + node.value.length : offset > start && offset <= start + node.value.length,
  );
  if (!found) throw new Error(`rehype-anchor-claims: no text at offset ${offset}`);
  return found;
}

function deepestCommonAncestor(a: Parent[], b: Parent[]): Parent {
  let common = a[0]!;
  for (let index = 0; index < Math.min(a.length, b.length) && a[index] === b[index]; index++) common = a[index]!;
  return common;
}

/** The child of `ancestor` that contains the segment's text node. */
function childOf(ancestor: Parent, segment: TextSegment): ElementContent {
  const chain = [...segment.ancestors, segment.node];
  return chain[chain.indexOf(ancestor) + 1] as ElementContent;
}

/**
 * Cuts the tree at a text offset, up to `common`: the text node, then each
 * inline element above it, is split in two, so that the cut falls between
 * two children of `common`. The left part keeps the original node.
 */
function splitAt(segment: TextSegment, offset: number, common: Parent): void {
  const { node, ancestors } = segment;
  const cut = offset - segment.start;
  let parent = ancestors[ancestors.length - 1]!;
  // `boundary`: how many of `parent`'s children fall left of the cut.
  let boundary = parent.children.indexOf(node);
  if (cut > 0) {
    if (cut < node.value.length) {
      const right: Text = { type: 'text', value: node.value.slice(cut) };
      node.value = node.value.slice(0, cut);
      parent.children.splice(boundary + 1, 0, right);
    }
    boundary += 1;
  }
  for (let level = ancestors.length - 1; parent !== common; level--) {
    const grandparent = ancestors[level - 1]!;
    const element = parent as Element;
    const moved = element.children.splice(boundary);
    const index = grandparent.children.indexOf(element);
    if (moved.length > 0) {
      // The right half must not repeat the element's id.
      const { id: _id, ...properties } = element.properties;
      grandparent.children.splice(index + 1, 0, { ...element, properties, children: moved });
    }
    if (element.children.length === 0) {
      grandparent.children.splice(index, 1);
      boundary = index;
    } else {
      boundary = index + 1;
    }
    parent = grandparent;
  }
}
