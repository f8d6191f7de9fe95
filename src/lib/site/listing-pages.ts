/**
 * The site's long listings (the home page, a topic's claims, a source's
 * citing claims) split into pages that stay small at any library size: a
 * fixed number of briefs a page, the newest brief first. Page 1 lives at the
 * listing's own URL, page n at a static URL below it (src/lib/site/paths.ts), and
 * every page links to the others through src/components/PageList.astro.
 */
import type { LinkedBrief, LinkedClaim } from '../content/link-graph';

/**
 * Briefs per page of every listing. With briefs like the first one, a page of
 * 20 is at most about 80 KB of HTML (a source's page, the largest kind) and
 * well under 50 KB gzip; see README "### Scale".
 */
export const BRIEFS_PER_PAGE = 20;

export interface ListingPage<T> {
  /** From 1. */
  number: number;
  items: T[];
}

/** One brief's share of a listing of claims (or of entries naming a claim). */
export interface BriefGroup<T> {
  brief: LinkedBrief;
  /** In the brief's reading order. */
  entries: T[];
}

/** Claims (or entries naming a claim) grouped by brief and split into pages. */
export interface BriefGroupListing<T> {
  pages: Array<ListingPage<BriefGroup<T>>>;
  briefCount: number;
  /** Distinct claims: a claim named by two entries counts once. */
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

/** Splits items into pages of `perPage`. Always at least one page, empty if there is no item. */
export function paginate<T>(items: readonly T[], perPage: number = BRIEFS_PER_PAGE): Array<ListingPage<T>> {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a whole number of at least 1, not ${perPage}`);
  const pages: Array<ListingPage<T>> = [];
  for (let start = 0; start < items.length || pages.length === 0; start += perPage) {
    pages.push({ number: pages.length + 1, items: items.slice(start, start + perPage) });
  }
  return pages;
}

/** The library's briefs split into pages, with its counts (the home page). */
export interface BriefListing {
  pages: Array<ListingPage<LinkedBrief>>;
  briefCount: number;
  claimCount: number;
}

/** Briefs newest first, split into pages (the home page). */
export function paginateBriefs(briefs: readonly LinkedBrief[], perPage: number = BRIEFS_PER_PAGE): BriefListing {
  return {
    pages: paginate([...briefs].sort(newestFirst), perPage),
    briefCount: briefs.length,
    claimCount: briefs.reduce((sum, brief) => sum + brief.claims.length, 0),
  };
}

/**
 * Entries grouped by the brief of their claim, the newest brief first, each
 * group in reading order, split into pages of `perPage` briefs (a topic's
 * claims, a source's citing claims).
 */
export function paginateByBrief<T>(entries: readonly T[], claimOf: (entry: T) => LinkedClaim, perPage: number = BRIEFS_PER_PAGE): BriefGroupListing<T> {
  const byBrief = new Map<string, BriefGroup<T>>();
  for (const entry of entries) {
    const { brief } = claimOf(entry);
    const group = byBrief.get(brief.id) ?? { brief, entries: [] };
    group.entries.push(entry);
    byBrief.set(brief.id, group);
  }
  const groups = [...byBrief.values()].sort((a, b) => newestFirst(a.brief, b.brief));
  for (const group of groups) group.entries.sort((a, b) => claimOf(a).index - claimOf(b).index);
  return { pages: paginate(groups, perPage), briefCount: groups.length, claimCount: new Set(entries.map(claimOf)).size };
}

/** The props of one page of an owner's listing (a topic's, a source's): the owner, its whole listing, and the page. */
export interface BriefGroupPageProps<O, T> {
  owner: O;
  listing: BriefGroupListing<T>;
  page: ListingPage<BriefGroup<T>>;
}

/**
 * The static paths of listings grouped by brief, one listing per owner (a
 * topic and its claims, a source and its citing claims): one path per page,
 * `{ [param]: owner id, page: pageParam(n) }`, for a `[param]/[...page]` route.
 */
export function briefGroupPaths<O extends { id: string }, T>(
  owners: readonly O[],
  param: string,
  entriesOf: (owner: O) => readonly T[],
  claimOf: (entry: T) => LinkedClaim,
  keyOf: (briefIds: string[]) => string,
): Array<{ params: Record<string, string | undefined>; props: BriefGroupPageProps<O, T>; cacheKey: string }> {
  return owners.flatMap((owner) => {
    const entries = entriesOf(owner);
    const listing = paginateByBrief(entries, claimOf);
    // Every page of the listing names its page count, so each is keyed by all of the listing's briefs.
    const cacheKey = keyOf([...new Set(entries.map((entry) => claimOf(entry).brief.id))]);
    return listing.pages.map((page) => ({ params: { [param]: owner.id, page: pageParam(page.number) }, props: { owner, listing, page }, cacheKey }));
  });
}

/** The route parameter of page n of a listing: none for page 1 (the listing's own URL), "n" after. */
export function pageParam(pageNumber: number): string | undefined {
  return pageNumber === 1 ? undefined : String(pageNumber);
}

/**
 * The page numbers a page list shows, `null` for a gap: the first and last
 * pages and `around` pages either side of the current one, so the list stays
 * short at any number of pages while every page is reachable by links from
 * page 1 (a crawler follows them). A gap of a single page shows that page.
 */
export function pageListItems(current: number, count: number, around = 2): Array<number | null> {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(current) || current < 1 || current > count) {
    throw new Error(`page ${current} of ${count}: expected a whole page number from 1 to the page count`);
  }
  const shown = (n: number) => n === 1 || n === count || Math.abs(n - current) <= around;
  const items: Array<number | null> = [];
  for (let n = 1; n <= count; n += 1) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) items.push(n);
    else if (items.at(-1) !== null) items.push(null);
  }
  return items;
}

/** "1 claim", "2,034 claims". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}

/** "page 2 of 5" when there is more than one page, else nothing. */
export function pageOf(pageNumber: number, pageCount: number): string {
  return pageCount > 1 ? `page ${pageNumber} of ${pageCount}` : '';
}
