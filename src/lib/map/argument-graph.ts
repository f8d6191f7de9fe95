/**
 * A brief's argument as a graph: its key points, its other claims and the
 * sources they cite, joined by typed edges. The map page draws it; the
 * outline under the map says the same in a nested list; claim pages draw a
 * neighbourhood of it. Pure data, no layout.
 */
import { outlineItems, type ArgumentOutline } from './argument-outline';
import { isKeyPointsSection } from '../render/claim-sections';
import { shortLabel } from '../render/format-citation';
import type { LinkedBrief, LinkedClaim, LinkedReference } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import type { ClaimKind, ClaimRelation, EvidenceRelation } from '../content/schema';

/** Every relation an edge can carry: how a claim bears on a claim, or a source on a claim. */
export type MapRelation = ClaimRelation | EvidenceRelation;
export const MAP_RELATIONS: readonly MapRelation[] = ['elaborates', 'supports', 'qualifies', 'disputes', 'context', 'contrasts'];

export type MapNodeRole = 'key-point' | 'claim' | 'source';

export interface MapNode {
  /** Unique on the page: `claim-<id>` or `source-<id>`. */
  key: string;
  role: MapNodeRole;
  href: string;
  /** The full text, for the node's tooltip and accessible name. */
  fullText: string;
  /** Claims: the kind; sources: none. */
  kind?: ClaimKind;
  /**
   * The column it is drawn in, from 0. Two bands when the brief has key
   * points and other claims: the key points' trees (a claim's depth in the
   * outline), then the sources, then the other trees (the column after the
   * sources for their first claims, one further per level). Otherwise one
   * band: the claims by depth, sources last.
   */
  column: number;
  /** Claims: cites no source. */
  noEvidence: boolean;
  /** Sources: the short label ("Dawn 2025") and number in the brief's list. */
  sourceLabel?: string;
  sourceNumber?: number;
  /** Sources: whose voice. */
  perspective?: string;
  claim?: LinkedClaim;
  reference?: LinkedReference;
}

export interface MapEdge {
  /** The node the relation goes from: "`from` elaborates `to`", "`from` (a source) supports `to`". */
  from: string;
  to: string;
  relation: MapRelation;
}

export interface ArgumentGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export const claimKey = (claimId: string) => `claim-${claimId}`;
export const sourceKey = (referenceId: string) => `source-${referenceId}`;

/** Whether a claim is one of the brief's key points: it sits in its "Key Points" section. */
export function isKeyPoint(claim: LinkedClaim, sections: ReadonlyMap<string, string>): boolean {
  const section = sections.get(claim.id);
  return section !== undefined && isKeyPointsSection(section);
}

export function claimNode(claim: LinkedClaim, role: MapNodeRole, column: number, paths: SitePaths): MapNode {
  return {
    key: claimKey(claim.id),
    role,
    column,
    href: paths.claim(claim.brief.id, claim.id),
    fullText: claim.quote.exact,
    kind: claim.kind,
    noEvidence: claim.citations.length === 0,
    claim,
  };
}

export function sourceNode(reference: LinkedReference, number: number, column: number, paths: SitePaths): MapNode {
  const label = shortLabel(reference);
  return {
    key: sourceKey(reference.id),
    role: 'source',
    column,
    href: paths.reference(reference.id),
    fullText: `[${number}] ${reference.title}${reference.perspective ? ` (${reference.perspective})` : ''}`,
    noEvidence: false,
    sourceLabel: label,
    sourceNumber: number,
    perspective: reference.perspective,
    reference,
  };
}

/**
 * The whole brief, its nodes in reading order: the outline's claims depth
 * first (each key point, then the claims under it, …; then the other trees),
 * then the sources its claims cite, in the order of sourcesInCitingOrder.
 * Sources no claim cites are left out: they bear on nothing drawn.
 */
export function argumentGraph(brief: LinkedBrief, outline: ArgumentOutline, sections: ReadonlyMap<string, string>, paths: SitePaths): ArgumentGraph {
  const columns = new Map<LinkedClaim, number>();
  const place = (items: ArgumentOutline['keyPoints'], column: number) => {
    for (const item of items) {
      columns.set(item.claim, column);
      place(item.children, column + 1);
    }
  };
  const depth = (items: ArgumentOutline['keyPoints']): number => Math.max(0, ...items.map((item) => 1 + depth(item.children)));
  const others = outline.others.flatMap((group) => group.items);
  // Two bands with the sources between them, so a map with many claims is
  // about half as tall as one column of them and every source sits next to
  // both bands (see columnsOf in argument-map-layout.ts for the widths).
  // With no key points, or nothing else, one band: claims, then sources.
  const twoBands = outline.keyPoints.length > 0 && others.length > 0;
  const sourceColumn = twoBands ? depth(outline.keyPoints) : depth([...outline.keyPoints, ...others]);
  place(outline.keyPoints, 0);
  place(others, twoBands ? sourceColumn + 1 : 0);
  const nodes: MapNode[] = [
    ...outlineItems(outline).map(({ claim }) => claimNode(claim, isKeyPoint(claim, sections) ? 'key-point' : 'claim', columns.get(claim)!, paths)),
    ...sourcesInCitingOrder(brief, outline).map((entry) => sourceNode(entry.reference, entry.number, sourceColumn, paths)),
  ];
  const edges: MapEdge[] = [];
  for (const claim of brief.claims) {
    for (const link of claim.linksOut) edges.push({ from: claimKey(claim.id), to: claimKey(link.claim.id), relation: link.relation });
    for (const citation of claim.citations) edges.push({ from: sourceKey(citation.reference.id), to: claimKey(claim.id), relation: citation.relation });
  }
  return { nodes, edges };
}

/**
 * The sources the brief's claims cite, in the order of where the map draws
 * the claims citing them: by the mean of their places down their band (as a
 * fraction of the band's claims, in reading order: the key points' trees
 * and the other trees are drawn side by side), then by number. The map draws
 * the sources top to bottom in this order, so each sits about level with the
 * claims it bears on rather than where its number would put it; the list
 * under the map follows the same order, as the keyboard does.
 */
export function sourcesInCitingOrder(brief: LinkedBrief, outline: ArgumentOutline): LinkedBrief['referenceList'] {
  const place = new Map<LinkedClaim, number>();
  for (const band of [outline.keyPoints, outline.others.flatMap((group) => group.items)]) {
    const claims = outlineItems({ keyPoints: band, others: [] });
    claims.forEach((item, index) => place.set(item.claim, (index + 0.5) / claims.length));
  }
  const mean = (entry: LinkedBrief['referenceList'][number]) => entry.citedBy.reduce((sum, citation) => sum + (place.get(citation.claim) ?? 0), 0) / entry.citedBy.length;
  return brief.referenceList
    .filter((entry) => entry.citedBy.length > 0)
    .map((entry) => ({ entry, mean: mean(entry) }))
    .sort((a, b) => a.mean - b.mean || a.entry.number - b.entry.number)
    .map(({ entry }) => entry);
}
