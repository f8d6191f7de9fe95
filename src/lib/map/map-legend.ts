/** The small shapes of the map's legend, drawn by the map's own shape function. */
import type { MapNode } from './argument-graph';
import { nodeShape } from './argument-map-layout';
import { KIND_LABELS } from '../render/labels';
import { CLAIM_KINDS, type ClaimKind } from '../content/schema';

export interface LegendSample {
  role: MapNode['role'];
  kind?: ClaimKind;
  noEvidence: boolean;
  label: string;
  shape: string;
}

export function legendSamples(): LegendSample[] {
  const sample = (node: Pick<MapNode, 'role' | 'kind' | 'noEvidence'>, label: string): LegendSample => ({
    ...node,
    label,
    shape: nodeShape({ ...node, key: '', href: '', fullText: '', column: 0 }, 2, 2, 30, 18),
  });
  return [
    ...CLAIM_KINDS.map((kind) => sample({ role: 'claim', kind, noEvidence: false }, `${KIND_LABELS[kind].label} (tag “${KIND_LABELS[kind].label.charAt(0).toUpperCase()}${KIND_LABELS[kind].label.slice(1)}”)`)),
    sample({ role: 'key-point', kind: 'assessment', noEvidence: false }, 'key point: heavy outline, tag “Key point”'),
    sample({ role: 'claim', kind: 'fact', noEvidence: true }, 'no cited evidence: dashed outline, tag “no evidence”'),
    sample({ role: 'source', noEvidence: false }, 'source: folded corner, its number in the brief’s list, whose voice it is'),
  ];
}
