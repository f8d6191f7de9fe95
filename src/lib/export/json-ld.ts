/**
 * schema.org JSON-LD for the reading view: the brief as a `Report`, its
 * claims as `hasPart` `Claim`s and its references as `citation`s. Written
 * into an `application/ld+json` data block, which a browser never runs; the
 * text is escaped (safe-json.ts) so that nothing in it can close the element.
 */
import type { LinkedBrief } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import { EDITORS_NAME } from './licence';
import { SITE_NAME } from './cite-this';

const SCHEMA_TYPES: Record<string, string> = { 'article-newspaper': 'NewsArticle', report: 'Report', webpage: 'WebPage', article: 'Article', speech: 'CreativeWork' };

/** `link` makes an address absolute where the site's URL is known; otherwise it stays a path. */
export function reportJsonLd(brief: LinkedBrief, paths: SitePaths, link: (path: string) => string): Record<string, unknown> {
  const data = brief.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': link(paths.brief(brief.id)),
    url: link(paths.brief(brief.id)),
    name: data.title,
    description: data.summary,
    inLanguage: 'en',
    ...(data.issued ? { datePublished: data.issued } : {}),
    ...(data.author.length > 0
      ? { author: data.author.map((name) => ('literal' in name ? { '@type': 'Organization', name: name.literal } : { '@type': 'Person', familyName: name.family, ...(name.given ? { givenName: name.given } : {}) })) }
      : {}),
    editor: { '@type': 'Organization', name: EDITORS_NAME },
    publisher: { '@type': 'Organization', name: SITE_NAME },
    hasPart: brief.claims.map((claim) => ({
      '@type': 'Claim',
      // The claim's own page; its words are on this page already, so not repeated here (first-view budget).
      '@id': link(paths.claim(brief.id, claim.id)),
    })),
    citation: brief.referenceList.map(({ reference }) => ({
      '@type': SCHEMA_TYPES[reference.type] ?? 'CreativeWork',
      '@id': link(paths.reference(reference.id)),
      name: reference.title,
      ...(reference['container-title'] ? { publisher: { '@type': 'Organization', name: reference['container-title'] } } : {}),
      ...(reference.issued ? { datePublished: reference.issued } : {}),
      ...(reference.URL ? { sameAs: reference.URL } : {}),
    })),
  };
}
