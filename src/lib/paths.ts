/**
 * Every internal URL of the site, in one place, relative to the base path
 * the site is served under (`/` or a sub-path such as `/briefs/`).
 * Pages call these; nothing else builds an internal URL by hand.
 */
export interface SitePaths {
  home: () => string;
  brief: (briefId: string) => string;
  claimInContext: (briefId: string, claimId: string) => string;
  claims: (briefId: string) => string;
  /** The map of a brief's argument. */
  map: (briefId: string) => string;
  claim: (briefId: string, claimId: string) => string;
  references: () => string;
  reference: (referenceId: string) => string;
  topics: () => string;
  /** A topic's listing; page 2 on at /topics/<topic>/<n>/. */
  topic: (topicId: string, pageNumber?: number) => string;
  search: () => string;
  glossary: () => string;
  about: () => string;
}

export function createPaths(base: string): SitePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (...segments: string[]) => `${root}${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;
  return {
    home: () => page(),
    brief: (briefId) => page(briefId),
    claimInContext: (briefId, claimId) => `${page(briefId)}#${encodeURIComponent(claimId)}`,
    claims: (briefId) => page(briefId, 'claims'),
    map: (briefId) => page(briefId, 'map'),
    claim: (briefId, claimId) => page(briefId, 'claims', claimId),
    references: () => page('references'),
    reference: (referenceId) => page('references', referenceId),
    topics: () => page('topics'),
    topic: (topicId, pageNumber = 1) => (pageNumber === 1 ? page('topics', topicId) : page('topics', topicId, String(pageNumber))),
    search: () => page('search'),
    glossary: () => page('glossary'),
    about: () => page('about'),
  };
}

/** The paths of the site being built. */
export const paths: SitePaths = createPaths(import.meta.env.BASE_URL);
