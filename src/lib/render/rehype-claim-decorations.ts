/**
 * rehype plugin, after `rehype-anchor-claims`: adds the editors' layer of the
 * reading view around the anchored claims, without breaking a sentence.
 *
 * - Citation numbers are real text ("[5]"), placed at the end of the
 *   sentence in which a claim ends, never between a subject and its verb;
 *   the numbers of claims ending in one sentence form one ascending group.
 * - Everything else (each claim's kind, how its sources bear on it, its
 *   note, the control that opens its details) goes into a list after the block that holds the claims, marked
 *   `data-editorial`: the stylesheet shows it beside the text or under the
 *   block in the annotated reading, and hides it in the plain one.
 */
import type { Element, ElementContent, Parent, Root } from 'hast';
import { h } from 'hastscript';
import { EDITORIAL_ATTRIBUTE, noteId, referenceEntryId } from '../content/reading-ids';
import { kindLabel, relationLabel } from './labels';
import type { LinkedClaim } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import { sentenceEnd } from './sentence-end';
import { BLOCK_BREAK, plainText, segmentAt, type PlainText } from './plain-text';

export interface ClaimDecorationsOptions {
  /** The brief's claims, as anchored by `rehype-anchor-claims`. */
  claims: readonly LinkedClaim[];
  /** URLs of the site, for each claim's page. */
  sitePaths: SitePaths;
}

/** Tags whose content may hold a list: the claims' list goes inside them; after any other block. */
const HOLDS_FLOW = new Set(['li', 'td', 'th', 'dd', 'blockquote', 'figcaption']);

export default function rehypeClaimDecorations(options: ClaimDecorationsOptions) {
  const claimsById = new Map(options.claims.map((claim) => [claim.id, claim]));

  return (tree: Root): void => {
    const flat = plainText(tree);
    const extents = new Map<string, { end: number; block: Element | undefined }>();
    for (const segment of flat.segments) {
      const claimElement = segment.ancestors.find((node): node is Element => node.type === 'element' && claimsById.has(String((node as Element).properties.id)));
      if (claimElement) extents.set(String(claimElement.properties.id), { end: segment.start + segment.node.value.length, block: segment.block });
    }

    // Citation groups, keyed by where they go: the end of the sentence a claim ends in.
    const groups = new Map<number, LinkedClaim[]>();
    const blocks = new Map<Element, LinkedClaim[]>();
    for (const claim of options.claims) {
      const extent = extents.get(claim.id);
      if (!extent) continue;
      if (extent.block) blocks.set(extent.block, [...(blocks.get(extent.block) ?? []), claim]);
      if (claim.citations.length === 0) continue;
      const blockEnd = flat.text.indexOf(BLOCK_BREAK, extent.end);
      const at = sentenceEnd(flat.text.slice(0, blockEnd === -1 ? undefined : blockEnd), extent.end);
      groups.set(at, [...(groups.get(at) ?? []), claim]);
    }
    // From the last offset back, so the earlier ones stay valid.
    for (const at of [...groups.keys()].sort((a, b) => b - a)) {
      insertAt(flat, at, citationGroup(groups.get(at)!, claimJustBefore(extents, at)));
    }

    for (const [block, claims] of blocks) {
      const list = claimList(claims, options.sitePaths);
      if (HOLDS_FLOW.has(block.tagName)) block.children.push(list);
      else insertAfter(tree, block, list);
    }
  };
}

/** The claim whose words end last at or before `offset`: the one a reader takes a mark placed there to be about. */
function claimJustBefore(extents: ReadonlyMap<string, { end: number }>, offset: number): string | undefined {
  let found: { id: string; end: number } | undefined;
  for (const [id, { end }] of extents) if (end <= offset && (!found || end > found.end)) found = { id, end };
  return found?.id;
}

/**
 * One group of citation marks: every reference cited by the given claims,
 * by the brief's own numbers, ascending. Every mark is its own Tab stop, so
 * each source is one keystroke away; where the group stands after another
 * claim than those it backs, `data-follows` names that claim, so a preview
 * can say so.
 */
function citationGroup(claims: LinkedClaim[], follows: string | undefined): Element {
  const byNumber = new Map<number, { referenceId: string; bearing: Array<{ claim: string; relation: string; note?: string }> }>();
  for (const claim of claims) {
    for (const citation of claim.citations) {
      const entry = byNumber.get(citation.number) ?? { referenceId: citation.reference.id, bearing: [] };
      entry.bearing.push({ claim: claim.id, relation: citation.relation, ...(citation.note ? { note: citation.note } : {}) });
      byNumber.set(citation.number, entry);
    }
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  // Named only where it misleads: the claim just before the group is not one its sources back.
  const misleading = follows !== undefined && !claims.some((claim) => claim.id === follows);
  return h(
    'sup.cites',
    { dataFollows: misleading ? follows : undefined },
    numbers.map((number) => {
      const { referenceId, bearing } = byNumber.get(number)!;
      return h('a.cite', { href: `#${referenceEntryId(referenceId)}`, ariaLabel: `Reference ${number}`, dataBearing: JSON.stringify(bearing) }, `[${number}]`);
    }),
  );
}

/** How the claim's sources bear on it, by the brief's numbers: "supports [3] [5], context [7]"; or that none does. */
export function evidenceSummary(claim: Pick<LinkedClaim, 'citations'>): string {
  if (claim.citations.length === 0) return 'uncited';
  const byRelation = new Map<string, number[]>();
  for (const citation of [...claim.citations].sort((a, b) => a.number - b.number)) {
    const label = relationLabel(citation.relation);
    byRelation.set(label, [...(byRelation.get(label) ?? []), citation.number]);
  }
  return [...byRelation].map(([label, numbers]) => `${label} ${numbers.map((number) => `[${number}]`).join(' ')}`).join(', ');
}

/**
 * The editors' layer for the claims of one block. Each annotation opens with
 * the control for the claim's details: the kind's word (its shape drawn by the
 * stylesheet before it), and how its
 * sources bear on it; then the whole note. The claim's opening words tie the
 * annotation to its claim where it stands under the paragraph; in the margin,
 * level with its claim, they are left to screen readers.
 */
function claimList(claims: LinkedClaim[], sitePaths: SitePaths): Element {
  return h(
    'ul.claim-notes',
    { [EDITORIAL_ATTRIBUTE]: '' },
    claims.map((claim) => {
      const readings = claim.corrections.map((correction) => `Read “${correction.written}” as “${correction.reading}”.`);
      const noteText = [...readings, claim.note ?? ''].join(' ').trim();
      return h(
        'li',
        { id: noteId(claim.id), dataClaim: claim.id, dataKind: claim.kind, className: noteText ? ['claim-note', 'has-note'] : ['claim-note'] },
        [
          h('a.claim-control', { href: sitePaths.claim(claim.brief.id, claim.id), ariaHaspopup: 'dialog' }, [
            h('span.claim-kind', kindLabel(claim.kind)),
            h(claim.citations.length === 0 ? 'span.claim-evidence.no-evidence-flag' : 'span.claim-evidence', ` · ${evidenceSummary(claim)}`),
            h('span.claim-opening', `: ${openingWords(claim.quote.exact)}`),
          ]),
          ...(noteText ? [h('span.note-text', [h('span.visually-hidden', 'Editors’ note: '), noteText])] : []),
        ],
      );
    }),
  );
}

/** The first few words of a claim, to tie an annotation to the text it is about. */
export function openingWords(quote: string, count = 5): string {
  const words = quote.trim().split(/\s+/);
  return words.length <= count ? `“${words.join(' ')}”` : `“${words.slice(0, count).join(' ')}…”`;
}

/**
 * Puts `node` at an offset of the plain text: after the element that
 * ends there, so a mark never lands inside the next claim's element, or
 * inside the text node, split in two.
 */
function insertAt(flat: PlainText, offset: number, node: ElementContent): void {
  const segment = segmentAt(flat, offset, 'end');
  const cut = offset - segment.start;
  let child: ElementContent = segment.node;
  let parent = segment.ancestors[segment.ancestors.length - 1]!;
  if (cut < segment.node.value.length) {
    const rest = segment.node.value.slice(cut);
    segment.node.value = segment.node.value.slice(0, cut);
    parent.children.splice(parent.children.indexOf(segment.node) + 1, 0, { type: 'text', value: rest });
  } else {
    // At the end of an inline element (a claim, emphasis): climb out of it while it ends here too.
    for (let level = segment.ancestors.length - 1; level > 0; level--) {
      const ancestor = segment.ancestors[level] as Element;
      if (ancestor === segment.block || ancestor.children[ancestor.children.length - 1] !== child) break;
      child = ancestor;
      parent = segment.ancestors[level - 1]!;
    }
  }
  parent.children.splice(parent.children.indexOf(child) + 1, 0, node);
}

function insertAfter(tree: Root, target: Element, node: ElementContent): void {
  const visit = (parent: Parent): boolean => {
    const index = parent.children.indexOf(target);
    if (index !== -1) {
      parent.children.splice(index + 1, 0, node);
      return true;
    }
    return parent.children.some((child) => child.type === 'element' && visit(child));
  };
  visit(tree);
}
