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
 *
 * Each claim that cannot be placed (quote missing, repeated, overlapping
 * another, id taken) is reported as a vfile message (`content/problem.ts`)
 * and left unwrapped; the others are anchored all the same.
 */
import type { Element, ElementContent, Parent, Properties, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { Problem } from '../content/problem';
import { BLOCK_BREAK, plainText, segmentAt, type TextSegment } from './plain-text';
import { locateClaims } from '../anchor/locate-claims';
import type { Quote } from '../content/schema';

export interface AnchoredClaim {
  id: string;
  quote: Quote;
}

export interface AnchorClaimsOptions<C extends AnchoredClaim = AnchoredClaim> {
  /** The claims to anchor. */
  claims: readonly C[];
  /** The annotations file, named in the problems it reports. */
  annotationsFile: string;
  /** Properties of the element that wraps a claim, besides `id`. Default: class `claim`. */
  properties?: (claim: C) => Properties;
  /**
   * Filled with each claim's block split around it, for pages that show a
   * claim in its paragraph: they reuse this anchoring instead of finding the
   * quote a second time.
   */
  contexts?: Map<string, ClaimContext>;
}

/** Where a claim sits: the paragraph, list item or heading that holds it, as plain text split around it, and its section. */
export interface ClaimContext {
  before: string;
  claim: string;
  after: string;
  /** The words of the nearest level-1 or level-2 heading before the claim (a trailing colon dropped), or `undefined` before the first one. */
  section: string | undefined;
}

export default function rehypeAnchorClaims<C extends AnchoredClaim>(options: AnchorClaimsOptions<C>) {
  const propertiesOf = options.properties ?? (() => ({ className: ['claim'] }));

  return (tree: Root, file: VFile): void => {
    const { text } = plainText(tree);
    const { located, problems } = locateClaims(text, options.claims);
    const takenIds = collectIds(tree);
    for (const { claim } of located) {
      if (takenIds.has(claim.id)) {
        problems.push({
          claimId: claim.id,
          ruleId: 'claim-id-taken',
          problem: 'this id is already the id of an element of the brief (a heading)',
          hint: 'choose another claim id; the two would share one URL fragment',
        });
      }
    }
    // Every claim that cannot be placed is told, and the others are anchored:
    // one run names them all; the pipeline stops before anything is written
    // (`rehype-stop-on-problems.ts`).
    const indexOf = new Map(options.claims.map((claim, index) => [claim.id, index] as const).reverse());
    for (const problem of problems) {
      const index = indexOf.get(problem.claimId)!;
      file.messages.push(
        new Problem({
          file: options.annotationsFile,
          ruleId: problem.ruleId,
          item: `claim "${problem.claimId}"`,
          message: problem.problem,
          hint: problem.hint,
          // The field at fault, in the claims as given: the check places it in the file.
          at: ['claims', index, ...(problem.ruleId === 'claim-id-taken' ? ['id'] : ['quote', 'exact'])],
        }),
      );
    }
    const refused = new Set(problems.map((problem) => problem.claimId));

    const sections = sectionStarts(tree);
    for (const { claim, start, end } of located.filter(({ claim }) => !refused.has(claim.id))) {
      const section = sections.findLast((heading) => heading.start <= start)?.title;
      options.contexts?.set(claim.id, { ...contextOf(text, start, end), section });
      wrapRange(tree, start, end, { type: 'element', tagName: 'span', properties: { ...propertiesOf(claim), id: claim.id }, children: [] });
    }
  };
}

/** Each level-1 and level-2 heading's words, and where it starts in the plain text. */
function sectionStarts(tree: Root): Array<{ title: string; start: number }> {
  const flat = plainText(tree);
  const starts = new Map<Element, { title: string; start: number }>();
  for (const segment of flat.segments) {
    const block = segment.block;
    if (!block || (block.tagName !== 'h1' && block.tagName !== 'h2')) continue;
    const heading = starts.get(block) ?? { title: '', start: segment.start };
    heading.title += segment.node.value;
    starts.set(block, heading);
  }
  return [...starts.values()].map(({ title, start }) => ({ title: title.trim().replace(/[:.]$/, '').trim(), start }));
}

/** The block around [start, end) of the plain text, split at the claim's edges, whitespace folded. */
function contextOf(text: string, start: number, end: number): Omit<ClaimContext, 'section'> {
  const blockStart = text.lastIndexOf(BLOCK_BREAK, start) + 1;
  const nextBreak = text.indexOf(BLOCK_BREAK, end);
  const blockEnd = nextBreak === -1 ? text.length : nextBreak;
  const fold = (passage: string) => passage.replace(/\s+/g, ' ');
  return {
    before: fold(text.slice(blockStart, start)).trimStart(),
    claim: fold(text.slice(start, end)),
    after: fold(text.slice(end, blockEnd)).trimEnd(),
  };
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

/** Wraps the plain text's [start, end) in `wrapper`, splitting inline elements at its edges. */
function wrapRange(tree: Root, start: number, end: number, wrapper: Element): void {
  const original = plainText(tree);
  const first = segmentAt(original, start, 'start');
  const last = segmentAt(original, end, 'end');
  const common = deepestCommonAncestor(first.ancestors, last.ancestors);

  splitAt(segmentAt(plainText(tree), end, 'end'), end, common);
  splitAt(segmentAt(plainText(tree), start, 'start'), start, common);

  const flat = plainText(tree);
  const startChild = childOf(common, segmentAt(flat, start, 'start'));
  const endChild = childOf(common, segmentAt(flat, end, 'end'));
  const from = common.children.indexOf(startChild);
  const to = common.children.indexOf(endChild);
  wrapper.children = common.children.splice(from, to - from + 1, wrapper) as ElementContent[];
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
