/**
 * The map's structure as a tree, for the nested list under it: each key
 * point, the claims that elaborate (or support, or contrast) it, theirs in
 * turn, and for each claim its sources with how they bear on it. Claims that
 * lead to no key point follow, grouped by the section where their tree starts.
 *
 * Every link of the map appears exactly once: as the link from a claim to
 * the item it is listed under, or, when a claim links to two, as an "also"
 * link beside it.
 */
import type { Citation, LinkedBrief, LinkedClaim } from '../content/link-graph';
import type { ClaimRelation } from '../content/schema';

export interface OutlineItem {
  claim: LinkedClaim;
  /** How this claim bears on the item it is listed under. */
  relationToParent?: ClaimRelation;
  /** Its other links to claims, listed beside it. */
  alsoLinks: Array<{ claim: LinkedClaim; relation: ClaimRelation }>;
  citations: Citation[];
  children: OutlineItem[];
}

export interface ArgumentOutline {
  keyPoints: OutlineItem[];
  /** Trees that start outside the key points, by the section of their first claim, in reading order. */
  others: Array<{ section: string; items: OutlineItem[] }>;
}

export function argumentOutline(brief: LinkedBrief, sections: ReadonlyMap<string, string>, isKeyPoint: (claim: LinkedClaim) => boolean): ArgumentOutline {
  const placed = new Set<LinkedClaim>();
  const item = (claim: LinkedClaim, parent?: { claim: LinkedClaim; relation: ClaimRelation }): OutlineItem => {
    placed.add(claim);
    const childLinks = claim.linksIn
      .filter((link) => !placed.has(link.claim))
      .sort((a, b) => a.claim.index - b.claim.index);
    // Claim them all before descending, so a claim sits under its nearest parent.
    for (const link of childLinks) placed.add(link.claim);
    let parentLinkUsed = false;
    return {
      claim,
      relationToParent: parent?.relation,
      alsoLinks: claim.linksOut.filter((link) => {
        if (!parentLinkUsed && parent && link.claim === parent.claim && link.relation === parent.relation) {
          parentLinkUsed = true;
          return false;
        }
        return true;
      }),
      citations: claim.citations,
      children: childLinks.map((link) => item(link.claim, { claim, relation: link.relation })),
    };
  };

  const keyPoints = brief.claims.filter(isKeyPoint).map((claim) => item(claim));
  const roots: OutlineItem[] = [];
  // Claims that link to nothing start a tree; then any claim left (links in a loop) starts one.
  for (const claim of brief.claims) if (!placed.has(claim) && claim.linksOut.length === 0) roots.push(item(claim));
  for (const claim of brief.claims) if (!placed.has(claim)) roots.push(item(claim));
  roots.sort((a, b) => a.claim.index - b.claim.index);

  const others: ArgumentOutline['others'] = [];
  for (const root of roots) {
    const section = sections.get(root.claim.id) ?? 'Other claims';
    const group = others.at(-1);
    if (group && group.section === section) group.items.push(root);
    else others.push({ section, items: [root] });
  }
  return { keyPoints, others };
}

/** Every item of the outline, depth first. */
export function outlineItems(outline: ArgumentOutline): OutlineItem[] {
  const all: OutlineItem[] = [];
  const walk = (items: OutlineItem[]) => {
    for (const entry of items) {
      all.push(entry);
      walk(entry.children);
    }
  };
  walk(outline.keyPoints);
  for (const group of outline.others) walk(group.items);
  return all;
}
