/**
 * The build's log stays short at any library size: a progress line per
 * phase and a summary with the page count, time and index size; Astro's
 * line per page comes back with --verbose or READER_VERBOSE=1.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, scratchDir } from '../support/build';
import { listFiles } from '../support/dist';
import { briefId } from '../support/site';

describe('the build log', () => {
  it('prints a line per phase and a summary, not a line per page', () => {
    const out = join(scratchDir('quiet-build'), 'site');
    const build = runBuild({ READER_OUT_DIR: out, READER_CACHE_DIR: join(scratchDir('quiet-build'), 'cache') });
    expect(build.status, build.output).toBe(0);
    const lines = build.output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('>'));
    expect(lines.length, build.output).toBeLessThanOrEqual(6);
    expect(build.output).not.toContain(`/${briefId}/index.html`);
    expect(build.output).toMatch(/^Content: 1 brief checked \(\d+\.\d s\)$/m);
    const pages = listFiles(out).filter((file) => file.endsWith('.html')).length;
    const summary = build.output.match(/^Built (.+): (\d+) pages, search index (\d+) pages in (\d+) KB \((\d+) shards?\), in \d+\.\d s$/m);
    expect(summary, build.output).not.toBeNull();
    expect(summary?.[1]).toBe(out);
    expect(Number(summary?.[2])).toBe(pages);
    expect(Number(summary?.[3])).toBeGreaterThan(0);
    expect(Number(summary?.[3])).toBeLessThanOrEqual(pages);
    expect(Number(summary?.[4])).toBeGreaterThan(0);
    expect(Number(summary?.[5])).toBeGreaterThan(0);
    expect(Number(summary?.[5])).toBe(listFiles(join(out, 'pagefind')).filter((file) => file.endsWith('pagefind-entry.json')).length);
  });

  it('prints the line per page with READER_VERBOSE=1', () => {
    const out = join(scratchDir('verbose-build'), 'site');
    const build = runBuild({ READER_OUT_DIR: out, READER_VERBOSE: '1', READER_CACHE_DIR: join(scratchDir('verbose-build'), 'cache') });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`/${briefId}/index.html`);
    expect(build.output).toMatch(/\/topics\/[a-z-]+\/index\.html/);
    expect(build.output).toMatch(/^Built .+: \d+ pages/m);
  });
});
