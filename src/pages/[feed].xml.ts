/**
 * The RSS feed of briefs, `/rss.xml`. A dynamic route only so that it can be
 * left out: RSS needs absolute links, so it is written only when the site's
 * public URL is known (SITE_URL).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadLibrary } from '../lib/site/library';
import { pageKeys } from '../lib/site/page-keys';
import { paths } from '../lib/site/paths';
import { feedItems } from '../lib/export/feed';
import { SITE_NAME } from '../lib/export/cite-this';

export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { feed: 'rss' }, cacheKey: pageKeys().library }] : [];
}

export const GET: APIRoute = async ({ site }) => {
  const { briefs } = await loadLibrary();
  return rss({
    title: SITE_NAME,
    description: 'Policy briefs in their authors’ words, with the editors’ claims, sources and notes.',
    site: new URL(paths.home(), site!).href,
    items: feedItems(briefs, (briefId) => new URL(paths.brief(briefId), site!).href),
    customData: '<language>en</language>',
  });
};
