/**
 * The rendered briefs as pages see them: each brief rendered once per build,
 * however many pages use it, with the glossary's first uses marked.
 */
import { loadGlossary } from '../lib/load-glossary';
import type { LinkedBrief } from '../lib/link-graph';
import { paths } from '../lib/paths';
import { renderBrief, type RenderedBrief } from './render-brief';

const rendered = new Map<string, Promise<RenderedBrief>>();

export function loadRenderedBrief(brief: LinkedBrief): Promise<RenderedBrief> {
  let html = rendered.get(brief.id);
  if (!html) {
    html = loadGlossary().then((terms) => renderBrief(brief, paths, { terms }));
    rendered.set(brief.id, html);
  }
  return html;
}
