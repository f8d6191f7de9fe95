/**
 * Words shown to readers for the content model's values, and what each means.
 * The about page prints these definitions; the reading view uses the labels.
 */
import type { ClaimKind, ClaimRelation, EvidenceRelation } from '../content/schema';

export const KIND_LABELS: Record<ClaimKind, { label: string; definition: string }> = {
  fact: { label: 'fact', definition: 'A statement about what happened or what is, that a source could confirm or refute.' },
  assessment: { label: 'assessment', definition: "The author's reading of causes, motives or meaning: an argued judgement, not a checkable fact." },
  recommendation: { label: 'recommendation', definition: 'What the author says Pakistan, Afghanistan or others should do.' },
  prediction: { label: 'prediction', definition: 'What the author expects to happen.' },
};

export const EVIDENCE_LABELS: Record<EvidenceRelation, { label: string; definition: string }> = {
  supports: { label: 'supports', definition: 'The source reports what the claim says, or gives direct grounds for it.' },
  qualifies: { label: 'qualifies', definition: 'The source bears on the claim but narrows it, dates it or adds a condition.' },
  disputes: { label: 'disputes', definition: 'The source reports something that contradicts the claim.' },
  context: { label: 'context', definition: 'The source gives background to the claim without confirming it.' },
};


/** The word for how a source bears on a claim, wherever it is shown. */
export const relationLabel = (relation: EvidenceRelation): string => EVIDENCE_LABELS[relation].label;

export const CLAIM_LINK_LABELS: Record<ClaimRelation, { outward: string; inward: string }> = {
  elaborates: { outward: 'Elaborates', inward: 'Elaborated by' },
  supports: { outward: 'Supports', inward: 'Supported by' },
  contrasts: { outward: 'Contrasts with', inward: 'Contrasted by' },
};

/**
 * The word for a claim's kind, wherever it is shown as a label (badges,
 * filters, the reading view's annotations): capitalised in the text itself,
 * not by CSS, so a screen reader hears it in plain case.
 */
export function kindLabel(kind: ClaimKind): string {
  const { label } = KIND_LABELS[kind];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
