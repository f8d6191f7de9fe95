/** The words a map's nodes and edges carry in their <title>: their accessible names and tooltips. */
import type { MapEdge, MapNode } from './argument-graph';
import type { DrawnMap } from './argument-map-layout';
import { KIND_LABELS } from '../render/labels';
import { shortQuote } from '../render/claims-table';

/** "Key point, assessment, no cited evidence: The historical source …" or "Source 2, Dawn 2025, Pakistani official …: Title". */
export function nodeTitle(node: MapNode): string {
  if (node.role === 'source') {
    const reference = node.reference!;
    return `Source ${node.sourceNumber}, ${node.sourceLabel}${node.perspective ? `, ${node.perspective}` : ''}: ${reference.title}`;
  }
  const parts = [node.role === 'key-point' ? 'Key point' : 'Claim', KIND_LABELS[node.kind!].label];
  if (node.noEvidence) parts.push('no cited evidence');
  return `${parts.join(', ')}: ${node.fullText}`;
}

/** "“Repeated high-profile assaults…” elaborates “Pakistan changed its policy…”". */
export function edgeTitle(edge: MapEdge, map: DrawnMap): string {
  const name = (key: string) => {
    const node = map.nodes.find((drawn) => drawn.node.key === key)?.node;
    if (!node) return key;
    return node.role === 'source' ? `${node.sourceLabel} [${node.sourceNumber}]` : `“${shortQuote(node.fullText, 6)}”`;
  };
  return `${name(edge.from)} ${edge.relation} ${name(edge.to)}`;
}
