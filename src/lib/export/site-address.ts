/**
 * Absolute addresses of the site's pages and files, for everything that
 * leaves the site (annotations, feeds, citation tags). They need the public
 * origin, SITE_URL; without it, there are none.
 */
import type { SitePaths } from '../site/paths';

/** `path` (from `paths`, base included) on the public origin, or undefined without one. */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** The site's data files, one place for every path a consumer fetches. */
export function exportPaths(paths: SitePaths) {
  const root = paths.home();
  return {
    annotationCollection: () => `${root}annotations.jsonld`,
    annotationPage: (briefId: string) => `${paths.brief(briefId)}annotations.jsonld`,
    referencesCsl: () => `${root}references.json`,
    referencesBibtex: () => `${root}references.bib`,
    referencesRis: () => `${root}references.ris`,
    referenceFile: (referenceId: string, extension: 'json' | 'bib' | 'ris') => `${paths.references()}${encodeURIComponent(referenceId)}.${extension}`,
    data: (file: string) => `${root}data/${file}`,
    feed: () => `${root}rss.xml`,
  };
}
export type ExportPaths = ReturnType<typeof exportPaths>;
