/**
 * The site built once per test run with a public URL under a sub-path
 * (SITE_URL and SITE_BASE set), for every test that needs what only such a
 * build writes: absolute URLs, the W3C annotations, the feed, the sitemap.
 * The first test file to ask builds it into the run's scratch folder (from
 * the global setup); the others reuse it. Test files run one at a time.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { runBuild } from './build';

export const SITE_URL_BUILD = { base: '/briefs/', siteUrl: 'https://example.org' } as const;

/** The built folder, building it first if no test of this run has. */
export function siteUrlBuild(): string {
  const outDir = join(inject('scratchDir'), 'site-url-build');
  const done = join(inject('scratchDir'), 'site-url-build.done');
  if (!existsSync(done)) {
    const build = runBuild({ SITE_BASE: SITE_URL_BUILD.base, SITE_URL: SITE_URL_BUILD.siteUrl, READER_OUT_DIR: outDir });
    if (build.status !== 0) throw new Error(`build with SITE_URL=${SITE_URL_BUILD.siteUrl} SITE_BASE=${SITE_URL_BUILD.base} failed:\n${build.output}`);
    writeFileSync(done, '');
  }
  return outDir;
}
