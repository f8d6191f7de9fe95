/**
 * What the header's search box says and sends: on a brief's pages it
 * searches that brief (and says so), and without JavaScript its form carries
 * the brief as the search page's filter; elsewhere it searches the library.
 * The search page's URL for either, as the box's panel links to it.
 */
import type { FilterName } from './search-contract';

export interface HeaderSearch {
  /** The brief whose claims alone the box searches (the form's SCOPE_ATTRIBUTE); none: the library. */
  briefId: string | undefined;
  /** The form's accessible name. */
  formLabel: string;
  /** The box's label (visually hidden). */
  boxLabel: string;
  placeholder: string;
  /** Hidden fields the form submits with `q`: the brief filter on a brief's pages. */
  hidden: Array<{ name: FilterName; value: string }>;
}

/** A brief without claims has no bundle of its own (src/lib/search/search-index.mjs): its pages search the library. */
export function headerSearch(brief?: { id: string; data: { title: string }; claims: readonly unknown[] }): HeaderSearch {
  if (!brief || brief.claims.length === 0) return { briefId: undefined, formLabel: 'Site search', boxLabel: 'Search claims', placeholder: 'Search claims  /', hidden: [] };
  return {
    briefId: brief.id,
    formLabel: 'Search this brief',
    boxLabel: `Search the claims of “${brief.data.title}”`,
    placeholder: 'Search this brief  /',
    hidden: [{ name: 'brief', value: brief.data.title }],
  };
}

/** The search page's parameter asking for the words as typed, never a correction ("Search instead for …"): `literal=1`. */
export const LITERAL_PARAM = 'literal';

/** The search page for `query`, narrowed by the given filters (`?q=…&brief=…`), literally when asked (`&literal=1`). */
export function searchPageHref(searchPage: string, query: string, filters: ReadonlyArray<{ name: string; value: string }> = [], literal = false): string {
  const params = new URLSearchParams({ q: query });
  for (const { name, value } of filters) params.append(name, value);
  if (literal) params.set(LITERAL_PARAM, '1');
  return `${searchPage}?${params.toString()}`;
}
