/**
 * One brief's annotations as a W3C AnnotationPage. Written only when the
 * site's public URL is known (SITE_URL): annotation ids must be absolute.
 */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../../lib/site/library';
import { pageKeys } from '../../lib/site/page-keys';
import { loadRenderedBrief } from '../../lib/render/load-rendered-brief';
import type { LinkedBrief } from '../../lib/content/link-graph';
import { paths } from '../../lib/site/paths';
import { annotationCount, annotationPage } from '../../lib/export/annotations';
import { briefText } from '../../lib/export/selector-text';
import { jsonFile } from '../../lib/export/safe-json';

export async function getStaticPaths() {
  if (!import.meta.env.SITE) return [];
  const { briefs } = await loadLibrary();
  let startIndex = 0;
  return briefs.map((brief, index) => {
    const position = { index, briefs, startIndex };
    startIndex += annotationCount(brief);
    // Its neighbours and its start index are on the page too.
    const cacheKey = pageKeys().keyed(pageKeys().brief(brief.id), position.startIndex, briefs[index - 1]?.id, briefs[index + 1]?.id);
    return { params: { brief: brief.id }, props: { brief, position }, cacheKey };
  });
}

interface Props {
  brief: LinkedBrief;
  position: { index: number; briefs: LinkedBrief[]; startIndex: number };
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { html } = await loadRenderedBrief(props.brief);
  const page = annotationPage(props.brief, briefText(html), { site: site!, paths }, props.position);
  return new Response(jsonFile(page));
};
