/**
 * The rendered briefs as pages see them, with the glossary's first uses
 * marked: each brief rendered once per build for all the routes that use it
 * (its reading view, its claim pages, its map…).
 *
 * - In memory, only the last few are kept (src/lib/site/recent-cache.ts), so
 *   the build's memory does not grow with the number of briefs.
 * - In a production build, each is also stored on disk under its page key
 *   (rendered-brief-store.ts): later routes, and later builds with the same
 *   key, read it instead of rendering it again. `astro dev` and the tests
 *   render afresh, since the dev server's files change under it.
 */
import { join } from 'node:path';
import { loadGlossary } from '../content/load-glossary';
import type { LinkedBrief } from '../content/link-graph';
import { loadLibrary } from '../site/library';
import { pageKeys } from '../site/page-keys';
import { paths } from '../site/paths';
import { BRIEFS_KEPT, recentCache } from '../site/recent-cache';
import { buildCacheDir } from '../site/site-settings.mjs';
import { renderBrief, type RenderedBrief } from './render-brief';
import { renderedBriefStore, type RenderedBriefStore } from './rendered-brief-store';

const rendered = recentCache<string, Promise<RenderedBrief>>(BRIEFS_KEPT);

let store: Promise<RenderedBriefStore> | undefined;

/** The build's store, with the briefs no longer in the library removed. */
function openStore(): Promise<RenderedBriefStore> {
  store ??= loadLibrary().then(({ briefs }) => {
    const opened = renderedBriefStore(join(buildCacheDir(process.env), 'reader', 'rendered-brief'), { cold: process.env.READER_COLD_BUILD === '1' });
    opened.keepOnly(briefs.map((brief) => brief.id));
    return opened;
  });
  return store;
}

const render = (brief: LinkedBrief) => loadGlossary().then((terms) => renderBrief(brief, paths, { terms }));

export function loadRenderedBrief(brief: LinkedBrief): Promise<RenderedBrief> {
  return rendered.get(brief.id, () =>
    import.meta.env.PROD ? openStore().then((opened) => opened.get(brief.id, pageKeys().brief(brief.id), () => render(brief))) : render(brief),
  );
}
