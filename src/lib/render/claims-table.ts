/** Short text forms of a claim's data for tables and lists. */
import { relationLabel } from './labels';
import type { LinkedClaim } from '../content/link-graph';

/** "supports [2], qualifies [3]" or "none cited". */
export function evidenceSummary(claim: LinkedClaim): string {
  if (claim.citations.length === 0) return 'none cited';
  return claim.citations.map((citation) => `${relationLabel(citation.relation)} [${citation.number}]`).join(', ');
}

/** The first words of a claim, for back-links: "Pakistan changed its policy from cautious…". */
export function shortQuote(text: string, words = 10): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
