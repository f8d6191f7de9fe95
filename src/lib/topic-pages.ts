/**
 * A topic's claims split into pages that stay small at any library size:
 * grouped by brief, the newest brief first, a fixed number of briefs per
 * page. Page 1 lives at /topics/<topic>/, page n at /topics/<topic>/<n>/.
 */
import type { LinkedBrief, LinkedClaim } from './link-graph';

/** Briefs per page of a topic: ~50 KB gzip at most with briefs like the first one. */
export const BRIEFS_PER_TOPIC_PAGE = 20;

export interface TopicBriefGroup {
  brief: LinkedBrief;
  /** This brief's claims under the topic, in reading order. */
  claims: LinkedClaim[];
}

export interface TopicPage {
  /** From 1. */
  number: number;
  groups: TopicBriefGroup[];
}

export interface TopicListing {
  pages: TopicPage[];
  briefCount: number;
  claimCount: number;
}

/**
 * Newest first by `issued` (YYYY, YYYY-MM or YYYY-MM-DD: their text order is
 * their time order, and a shorter one sorts before the longer ones of its
 * year); a brief without a date after the dated ones; then by id, so the
 * order never depends on the order the briefs were read in.
 */
export function newestFirst(a: LinkedBrief, b: LinkedBrief): number {
  const dateA = a.data.issued ?? '';
  const dateB = b.data.issued ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Splits a topic's claims into pages of `briefsPerPage` briefs. Always at least one page, empty if there is no claim. */
export function paginateTopic(claims: LinkedClaim[], briefsPerPage: number = BRIEFS_PER_TOPIC_PAGE): TopicListing {
  if (!Number.isInteger(briefsPerPage) || briefsPerPage < 1) throw new Error(`briefsPerPage must be a whole number of at least 1, not ${briefsPerPage}`);
  const byBrief = new Map<string, TopicBriefGroup>();
  for (const claim of claims) {
    const group = byBrief.get(claim.brief.id) ?? { brief: claim.brief, claims: [] };
    group.claims.push(claim);
    byBrief.set(claim.brief.id, group);
  }
  const groups = [...byBrief.values()].sort((a, b) => newestFirst(a.brief, b.brief));
  for (const group of groups) group.claims.sort((a, b) => a.index - b.index);
  const pages: TopicPage[] = [];
  for (let start = 0; start < groups.length || pages.length === 0; start += briefsPerPage) {
    pages.push({ number: pages.length + 1, groups: groups.slice(start, start + briefsPerPage) });
  }
  return { pages, briefCount: groups.length, claimCount: claims.length };
}
