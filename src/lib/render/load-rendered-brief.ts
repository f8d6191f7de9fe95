/**
 * The rendered briefs as pages see them, with the glossary's first uses
 * marked: each brief rendered once for all the pages of a route that use it
 * (its reading view, its claim pages, its map…), and only the last few kept
 * (src/lib/site/recent-cache.ts), so the build's memory does not grow with the
 * number of briefs.
 */
import { loadGlossary } from '../content/load-glossary';
import type { LinkedBrief } from '../content/link-graph';
import { paths } from '../site/paths';
import { BRIEFS_KEPT, recentCache } from '../site/recent-cache';
import { renderBrief, type RenderedBrief } from './render-brief';

const rendered = recentCache<string, Promise<RenderedBrief>>(BRIEFS_KEPT);

export function loadRenderedBrief(brief: LinkedBrief): Promise<RenderedBrief> {
  return rendered.get(brief.id, () => loadGlossary().then((terms) => renderBrief(brief, paths, { terms })));
}
