/**
 * Every internal URL of the site, in one place, relative to the base path
 * the site is served under (`/` or a sub-path such as `/briefs/`).
 * Pages call these; nothing else builds an internal URL by hand (the pages'
 * data files included: feed, annotations, reference files, tables).
 */
export interface SitePaths {
  /** The library's list of briefs; page 2 on at /library/<n>/ (`library` is a reserved top-level path). */
  home: (pageNumber?: number) => string;
  brief: (briefId: string) => string;
  claimInContext: (briefId: string, claimId: string) => string;
  claims: (briefId: string) => string;
  /** The map of a brief's argument. */
  map: (briefId: string) => string;
  /** A place on that map: a node's key (`claimKey` in map/argument-graph.ts) as the fragment. */
  mapAt: (briefId: string, nodeKey: string) => string;
  claim: (briefId: string, claimId: string) => string;
  references: () => string;
  /** A source's page; its citing claims' page 2 on at /references/<ref>/<n>/ (the data files are /references/<ref>.json …, beside it). */
  reference: (referenceId: string, pageNumber?: number) => string;
  topics: () => string;
  /** A topic's listing; page 2 on at /topics/<topic>/<n>/. */
  topic: (topicId: string, pageNumber?: number) => string;
  /** The search page; with a query, the page that runs it (`?q=`, as the search page reads it). */
  search: (query?: string) => string;
  glossary: () => string;
  about: () => string;
  /** The reader's own highlights and notes, kept in their browser. */
  notes: () => string;
  /** The RSS feed of new briefs. */
  feed: () => string;
  /** The editors' annotations as W3C Web Annotation: the whole collection, and one brief's page of it. */
  annotationCollection: () => string;
  annotationPage: (briefId: string) => string;
  /** Every reference in one file: CSL-JSON, BibTeX or RIS. */
  referencesFile: (format: ReferenceFormat) => string;
  /** One reference's file, beside its page: /references/<ref>.json, .bib, .ris. */
  referenceFile: (referenceId: string, format: ReferenceFormat) => string;
  /** The claims as data (CSV tables, JSON Lines, their descriptor), under /data/. */
  dataFile: (file: string) => string;
}

/** The file formats a reference is offered in, by their extension (written by src/lib/export/reference-files.ts). */
export const REFERENCE_FORMATS = ['json', 'bib', 'ris'] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

/** The top-level folder of the home page's pages 2 on (reserved in src/lib/content/reserved-ids.ts). */
export const LIBRARY_PAGES = 'library';

export function createPaths(base: string): SitePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (...segments: string[]) => `${root}${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;
  return {
    home: (pageNumber = 1) => (pageNumber === 1 ? page() : page(LIBRARY_PAGES, String(pageNumber))),
    brief: (briefId) => page(briefId),
    claimInContext: (briefId, claimId) => `${page(briefId)}#${encodeURIComponent(claimId)}`,
    claims: (briefId) => page(briefId, 'claims'),
    map: (briefId) => page(briefId, 'map'),
    mapAt: (briefId, nodeKey) => `${page(briefId, 'map')}#${encodeURIComponent(nodeKey)}`,
    claim: (briefId, claimId) => page(briefId, 'claims', claimId),
    references: () => page('references'),
    reference: (referenceId, pageNumber = 1) => (pageNumber === 1 ? page('references', referenceId) : page('references', referenceId, String(pageNumber))),
    topics: () => page('topics'),
    topic: (topicId, pageNumber = 1) => (pageNumber === 1 ? page('topics', topicId) : page('topics', topicId, String(pageNumber))),
    search: (query) => (query === undefined ? page('search') : `${page('search')}?q=${encodeURIComponent(query)}`),
    glossary: () => page('glossary'),
    about: () => page('about'),
    notes: () => page('notes'),
    feed: () => `${root}rss.xml`,
    annotationCollection: () => `${root}annotations.jsonld`,
    annotationPage: (briefId) => `${page(briefId)}annotations.jsonld`,
    referencesFile: (format) => `${root}references.${format}`,
    referenceFile: (referenceId, format) => `${page('references')}${encodeURIComponent(referenceId)}.${format}`,
    dataFile: (file) => `${root}data/${encodeURIComponent(file)}`,
  };
}

/** The paths of the site being built. */
export const paths: SitePaths = createPaths(import.meta.env.BASE_URL);
