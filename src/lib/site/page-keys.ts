/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page is restored from the last build's copy only when its key is the
 * same, so a key covers everything the page shows.
 *
 * - `site`: the shared content (every file of `content/` outside `briefs/`:
 *   references, topics, glossary), the base path and site URL, the project's
 *   version, and the code (`codeHash` of content-hash.mjs: `src/`, the
 *   config, `package.json` and the lockfile).
 *   Astro hashes each page's server modules itself, but not the client
 *   scripts and styles a restored page names by their hashed file names, so
 *   any change of code renders every page again.
 * - `brief(id)`: `site` and the files of the brief's own folder.
 * - `briefs(ids)`: `site` and the files of each brief named, for a page that
 *   lists several (a topic, a source), in the order given.
 * - `library`: `site` and every brief, for pages that list or export them all.
 * - `keyed(key, …parts)`: a key with more of what a page shows.
 *
 * Astro itself drops the whole cache when its config or the lockfile change.
 * The files are read once per build, when the first page asks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeHash, hashOf, listDir, treeHash } from '../content/content-hash.mjs';
import { contentDir, contentLayout } from '../content/content-dir.mjs';
import { siteSettings } from './site-settings.mjs';

export interface PageKeys {
  site: string;
  brief(id: string): string;
  briefs(ids: Iterable<string>): string;
  library: string;
  /** A key with more of what a page shows, such as its neighbours' ids. */
  keyed(key: string, ...parts: Array<string | number | undefined>): string;
}

let keys: PageKeys | undefined;

export function pageKeys(): PageKeys {
  keys ??= computeKeys(process.cwd(), contentDir, process.env);
  return keys;
}

/** The keys for a project folder, a content folder and an environment (exported for tests). */
export function computeKeys(root: string, content: string, env: Record<string, string | undefined>): PageKeys {
  const layout = contentLayout(content);
  const briefsDir = layout.briefs;
  const { base, site } = siteSettings(env);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  const siteKey = hashOf([`version ${version}`, `base ${base}`, `site ${site ?? ''}`, treeHash(content, (path) => path !== briefsDir), codeHash(root)]);
  const briefDigests = new Map<string, string>();
  for (const id of listDir(briefsDir)) briefDigests.set(id, treeHash(layout.brief(id).dir));
  const briefDigest = (id: string) => {
    const found = briefDigests.get(id);
    if (found === undefined) throw new Error(`page-keys: no folder ${layout.brief(id).dir} for brief "${id}"`);
    return found;
  };
  const briefsKey = (ids: Iterable<string>) => hashOf([siteKey, ...[...ids].flatMap((id) => [id, briefDigest(id)])]);
  return {
    site: siteKey,
    brief: (id) => briefsKey([id]),
    briefs: briefsKey,
    library: briefsKey([...briefDigests.keys()]),
    keyed: (key, ...parts) => hashOf([key, ...parts.map((part) => String(part ?? ''))]),
  };
}
