/**
 * The site's W3C AnnotationCollection, `/annotations.jsonld`: its pages are
 * the briefs'. A dynamic route only so that it can be left out: it is written
 * only when the site's public URL is known (SITE_URL), as its ids must be absolute.
 */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../lib/site/library';
import { pageKeys } from '../lib/site/page-keys';
import { paths } from '../lib/site/paths';
import { annotationCollection } from '../lib/export/annotations';
import { jsonFile } from '../lib/export/safe-json';

export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { collection: 'annotations' }, cacheKey: pageKeys().library }] : [];
}

export const GET: APIRoute = async ({ site }) => {
  const { briefs } = await loadLibrary();
  return new Response(jsonFile(annotationCollection(briefs, { site: site!, paths })));
};
