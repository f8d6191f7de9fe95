/**
 * A brief's argument as a graph: its key points, its other claims and the
 * sources they cite, joined by typed edges. The map page draws it; the
 * outline under the map says the same in a nested list; claim pages draw a
 * neighbourhood of it. Pure data, no layout.
 */
import { outlineItems, type ArgumentOutline } from './argument-outline';
import { isKeyPointsSection } from './claim-sections';
import { shortLabel } from './format-citation';
import type { LinkedBrief, LinkedClaim, LinkedReference } from './link-graph';
import type { SitePaths } from './paths';
import type { ClaimKind, ClaimRelation, EvidenceRelation } from './schema';

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
   * The column it is drawn in, from 0: a claim's depth in the outline (key
   * points and other claims that lead nowhere first), sources last.
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
 * then the sources its claims cite, in the order of its reference list.
 * Sources no claim cites are left out: they bear on nothing drawn.
 */
export function argumentGraph(brief: LinkedBrief, outline: ArgumentOutline, sections: ReadonlyMap<string, string>, paths: SitePaths): ArgumentGraph {
  const depths = new Map<LinkedClaim, number>();
  const measure = (items: ArgumentOutline['keyPoints'], depth: number) => {
    for (const item of items) {
      depths.set(item.claim, depth);
      measure(item.children, depth + 1);
    }
  };
  measure(outline.keyPoints, 0);
  for (const group of outline.others) measure(group.items, 0);
  const sourceColumn = Math.max(0, ...depths.values()) + 1;
  const nodes: MapNode[] = [
    ...outlineItems(outline).map(({ claim }) => claimNode(claim, isKeyPoint(claim, sections) ? 'key-point' : 'claim', depths.get(claim)!, paths)),
    ...brief.referenceList.filter((entry) => entry.citedBy.length > 0).map((entry) => sourceNode(entry.reference, entry.number, sourceColumn, paths)),
  ];
  const edges: MapEdge[] = [];
  for (const claim of brief.claims) {
    for (const link of claim.linksOut) edges.push({ from: claimKey(claim.id), to: claimKey(link.claim.id), relation: link.relation });
    for (const citation of claim.citations) edges.push({ from: sourceKey(citation.reference.id), to: claimKey(claim.id), relation: citation.relation });
  }
  return { nodes, edges };
}
