/**
 * Absolute addresses of the site's pages and files, for everything that
 * leaves the site (annotations, feeds, citation tags). They need the public
 * origin, SITE_URL; without it, there are none. The paths themselves are
 * paths.ts's.
 */

/** `path` (from `paths`, base included) on the public origin, or undefined without one. */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}
