/**
 * Rendered briefs kept on disk between the routes of a build and between
 * builds, so each brief is rendered once: the first page that needs it
 * renders it, and every later route (its reading view, claim pages, map,
 * annotations) reads the stored result.
 *
 * Astro renders route by route, so keeping every brief in memory until the
 * last route would grow with the library; a file per brief costs a read
 * and a JSON parse instead of a render (about 20 times less at 30 briefs).
 *
 * - One file per brief, `<dir>/<brief id>.json`, holding the key it was made
 *   with: a stored brief is used only when the key is the same (the page
 *   key of src/lib/site/page-keys.ts, which covers the brief's files, the
 *   shared content, the base path and the code).
 * - Written to a temporary file and renamed, so a stopped build never leaves
 *   a half-written entry; a file that does not read is rendered again.
 * - `cold` (`npm run build -- --force`): only what this build wrote is used.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimContext } from './rehype-anchor-claims';
import type { RenderedBrief } from './render-brief';

export interface RenderedBriefStore {
  /** The brief rendered with `key`: read from the store, or made by `render` and stored. */
  get(id: string, key: string, render: () => Promise<RenderedBrief>): Promise<RenderedBrief>;
  /** Removes the stored briefs whose id is not listed (briefs deleted from the library). */
  keepOnly(ids: Iterable<string>): void;
}

interface StoredBrief {
  key: string;
  html: string;
  headings: RenderedBrief['headings'];
  contexts: Array<[string, ClaimContext]>;
}

const FILE_SUFFIX = '.json';

export function renderedBriefStore(dir: string, options: { cold: boolean }): RenderedBriefStore {
  const writtenNow = new Set<string>();
  const fileOf = (id: string) => join(dir, `${id}${FILE_SUFFIX}`);

  const read = (id: string, key: string): RenderedBrief | undefined => {
    if (options.cold && !writtenNow.has(id)) return undefined;
    let stored: StoredBrief;
    try {
      stored = JSON.parse(readFileSync(fileOf(id), 'utf8')) as StoredBrief;
    } catch {
      // Missing, or not readable as JSON: rendered again and written afresh.
      return undefined;
    }
    if (stored.key !== key) return undefined;
    return { html: stored.html, headings: stored.headings, contexts: new Map(stored.contexts) };
  };

  const write = (id: string, key: string, brief: RenderedBrief): void => {
    const stored: StoredBrief = { key, html: brief.html, headings: brief.headings, contexts: [...brief.contexts] };
    mkdirSync(dir, { recursive: true });
    const temporary = `${fileOf(id)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(stored));
    renameSync(temporary, fileOf(id));
    writtenNow.add(id);
  };

  return {
    async get(id, key, render) {
      const stored = read(id, key);
      if (stored) return stored;
      const brief = await render();
      write(id, key, brief);
      return brief;
    },
    keepOnly(ids) {
      const kept = new Set([...ids].map((id) => `${id}${FILE_SUFFIX}`));
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!kept.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
