/**
 * The search contract: what the pages tell Pagefind, and what the search
 * interface and the tests read back. The one place where the
 * `data-pagefind-*` attributes, the filter names, the meta keys and the
 * weights are spelt; pages, scripts and tests import them from here.
 * The README lists the same contract as a table.
 *
 * Pagefind's attributes: https://pagefind.app/docs/indexing/ ,
 * https://pagefind.app/docs/filtering/ , https://pagefind.app/docs/metadata/ ,
 * https://pagefind.app/docs/weighting/
 */
import { BRIEF_SCOPE_FILTER, WORD_LIST_FILE } from './search-bundles.mjs';

/** Pagefind's attribute names, as Astro spells them in markup. */
export const PAGEFIND = {
  /** On a claim page's article: only this part of the page is indexed. */
  body: 'data-pagefind-body',
  /** On anything inside the body that is not to be searched (chrome, evidence, context). */
  ignore: 'data-pagefind-ignore',
  /** `name:value`, or `name` with the value as the element's text. */
  filter: 'data-pagefind-filter',
  /** `key:value`, or `key` with the value as the element's text. */
  meta: 'data-pagefind-meta',
  /** How much a match inside this element counts (Pagefind's default for body text is 1, h1 7). */
  weight: 'data-pagefind-weight',
} as const;

/** The filters every claim record carries, with the label the search page shows. */
export const FILTERS = {
  kind: 'Kind',
  topic: 'Topic',
  source: 'Source',
  brief: 'Brief',
} as const;
export type FilterName = keyof typeof FILTERS;
export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

/** Meta keys of a claim record (Pagefind adds `title` itself, from the page's h1: the claim's words). */
export const META = {
  /** The claim in the reading view (`/brief/#claim`): where a result opens. */
  context: 'context',
  /** The claim's kind, as a word. */
  kind: 'kind',
  /** The words just before the claim in its paragraph, so "the matter" can be read. */
  before: 'before',
  /** The editors' notes on the claim (its own, and on how each source bears on it), so a match in them can be shown and labelled. */
  note: 'note',
  /** The glossary terms the claim mentions, with their other names (see `encodeTermNames`). */
  terms: 'terms',
} as const;

/**
 * Weights, so a match in the author's words (the claim is the page's h1,
 * weight 7) ranks above one in another name of a term it uses, and both above
 * one in the editors' note. A result whose every matching word weighs at most
 * NOTE is a match in the note only.
 */
export const WEIGHTS = {
  /** Other names of the glossary terms the claim mentions (hidden, indexed). */
  otherNames: 3,
  /** The editors' notes: the claim's own, and those on its sources. */
  note: 0.5,
} as const;

/**
 * Pagefind searches meta values too (Pagefind/pagefind#532). Ours are for
 * showing a result, not for finding it: the words before a claim belong to
 * another claim, and the note and other names are indexed in the body at
 * their own weights. At weight 0 a match only in them scores 0, and the
 * search interface drops it.
 */
export const RANKING = {
  metaWeights: { [META.context]: 0, [META.kind]: 0, [META.before]: 0, [META.note]: 0, [META.terms]: 0 },
} as const;

/**
 * Where the search index is, relative to the base path, in shards of briefs
 * (`pagefind/`, `pagefind/shards/<n>/`, listed in `pagefind/shards.json`),
 * the hidden filter that scopes a search to one brief, and the name of the
 * word lists. Spelt in search-bundles.mjs, which the build's plain-JavaScript
 * steps read too.
 */
export { BRIEF_SCOPE_FILTER, LIBRARY_BUNDLE, LIBRARY_SHARDS_FILE, WORD_LIST_FILE, libraryShard, shardOfBrief, type IndexShard } from './search-bundles.mjs';

/** On a claim page's link to its brief: the hidden filter with the brief's id, which the search within the brief chooses. */
export const briefScopeAttribute = (briefId: string) => ({ [PAGEFIND.filter]: `${BRIEF_SCOPE_FILTER}:${briefId}` });

/** A brief's own word list (`<brief>/search-words.json`), relative to the base path. */
export const briefWordList = (briefId: string) => `${encodeURIComponent(briefId)}/${WORD_LIST_FILE}`;

/**
 * On the header's search form of a brief's pages (reading view, claims
 * index, claim pages, map): the brief's id. The box then searches that
 * brief's claims only (in its shard, with BRIEF_SCOPE_FILTER); elsewhere it
 * searches the library.
 */
export const SCOPE_ATTRIBUTE = 'data-search-brief';

/** Attributes for a filter value given in the attribute itself. */
export const filterAttribute = (name: FilterName, value: string) => ({ [PAGEFIND.filter]: `${name}:${value}` });

/** Attributes for a meta value given in the attribute itself (no commas in the value: Pagefind splits on them). */
export const metaAttribute = (key: keyof typeof META, value: string) => ({ [PAGEFIND.meta]: `${META[key]}:${value}` });

/** Glossary terms as carried in the `terms` meta: `name|other|other;name|other`. */
export function encodeTermNames(terms: ReadonlyArray<readonly string[]>): string {
  return terms.map((names) => names.join('|')).join(';');
}

export function decodeTermNames(value: string | undefined): string[][] {
  if (!value) return [];
  return value.split(';').map((names) => names.split('|').filter(Boolean)).filter((names) => names.length > 0);
}
