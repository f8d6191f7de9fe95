/** A claim's links to other claims, grouped by direction and relation, for display. */
import type { LinkedClaim } from '../content/link-graph';
import type { ClaimRelation } from '../content/schema';

export interface LinkGroup {
  direction: 'out' | 'in';
  relation: ClaimRelation;
  claims: LinkedClaim[];
}

export function groupLinks(claim: LinkedClaim): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  const add = (direction: 'out' | 'in', relation: ClaimRelation, other: LinkedClaim) => {
    const key = `${direction}:${relation}`;
    let group = groups.get(key);
    if (!group) {
      group = { direction, relation, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(other);
  };
  for (const link of claim.linksOut) add('out', link.relation, link.claim);
  for (const link of claim.linksIn) add('in', link.relation, link.claim);
  for (const group of groups.values()) group.claims.sort((a, b) => a.index - b.index);
  return [...groups.values()];
}
