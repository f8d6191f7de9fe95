/**
 * "Evidence at a glance": a brief's claims counted by kind, by section, and
 * by what they rest on, for the small chart on the map page and the claims index.
 */
import type { LinkedBrief } from '../content/link-graph';
import { KIND_LABELS } from './labels';
import { CLAIM_KINDS } from '../content/schema';
import { oneSideOnly } from './source-side';

export interface Bar {
  label: string;
  count: number;
}

export interface EvidenceStats {
  total: number;
  byKind: Bar[];
  bySection: Bar[];
  /** Cited evidence, none; and claims resting on one side's sources only, one bar per side. */
  byEvidence: Bar[];
}

export function evidenceStats(brief: LinkedBrief, sections: ReadonlyMap<string, string>): EvidenceStats {
  const claims = brief.claims;
  const count = (test: (claim: (typeof claims)[number]) => boolean) => claims.filter(test).length;

  const sectionOrder: string[] = [];
  for (const claim of claims) {
    const section = sections.get(claim.id) ?? 'Not placed';
    if (!sectionOrder.includes(section)) sectionOrder.push(section);
  }

  const oneSide = new Map<string, number>();
  for (const claim of claims) {
    const side = oneSideOnly(claim.citations.map((citation) => citation.reference.perspective));
    if (side) oneSide.set(side, (oneSide.get(side) ?? 0) + 1);
  }

  return {
    total: claims.length,
    byKind: CLAIM_KINDS.map((kind) => ({ label: KIND_LABELS[kind].label, count: count((claim) => claim.kind === kind) })),
    bySection: sectionOrder.map((section) => ({ label: section, count: count((claim) => (sections.get(claim.id) ?? 'Not placed') === section) })),
    byEvidence: [
      { label: 'rest on cited evidence', count: count((claim) => claim.citations.length > 0) },
      ...[...oneSide].map(([side, sideCount]) => ({ label: `of which on ${side} sources only`, count: sideCount })),
      { label: 'no cited evidence', count: count((claim) => claim.citations.length === 0) },
    ],
  };
}
