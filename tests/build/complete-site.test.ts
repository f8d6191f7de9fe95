/**
 * A plain `astro build` gives the complete site: its integrations check the
 * content first and add the Pagefind index and the host files after the
 * pages, as `npm run build` does around its staging folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment, copyContent, scratchDir } from '../support/build';
import { astroCli, briefId, projectRoot } from '../support/site';

// Inside the project: Astro keeps a clean output only under its root (see src/cli/build.mjs).
const outDir = join(projectRoot, `.dist-astro-build-${process.pid}`);

function astroBuild(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [astroCli, 'build', '--outDir', outDir], { cwd: projectRoot, encoding: 'utf8', env: buildEnvironment(env) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('astro build', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes the search index and the host files beside the pages', () => {
    const build = astroBuild({ SITE_URL: 'https://example.org', READER_CACHE_DIR: join(scratchDir('astro-build'), 'cache') });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/\[reader:complete-site\] Search index: \d+ pages indexed/);
    for (const file of ['index.html', `${briefId}/index.html`, 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', '_headers', 'robots.txt', 'sitemap.xml']) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(/Content-Security-Policy: .*'wasm-unsafe-eval'/);
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>https://example.org/${briefId}/</loc>`);
  });

  it('checks the content before it builds, and stops on a problem', () => {
    const content = copyContent(scratchDir('astro-build-bad'));
    const annotations = join(content, 'briefs', briefId, 'annotations.yaml');
    const text = readFileSync(annotations, 'utf8');
    writeFileSync(annotations, text.replace('to: "kp-durand-line-mistrust"', 'to: "kp-durand-line"'));
    rmSync(outDir, { recursive: true, force: true });
    const build = astroBuild({ READER_CONTENT_DIR: content, READER_CACHE_DIR: join(scratchDir('astro-build'), 'cache') });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/annotations\.yaml:\d+:\d+: claim "[a-z0-9-]+": links to claim "kp-durand-line", which this brief does not have/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
