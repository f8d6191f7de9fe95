/**
 * The build ends with the site's footprint and the static hosts it fits; with
 * a host named (READER_HOST, or a host's own limits), a site that would not
 * fit it stops the build, and the last good site stays as it was.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, runBuild, scratchDir } from '../support/build';
import { listFiles } from '../support/dist';
import { projectRoot } from '../support/site';

const scratch = scratchDir('host-fit');
const out = join(scratch, 'site');
const cache = join(scratch, 'cache');
const stagingFolders = () => readdirSync(projectRoot).filter((name) => name.startsWith('.dist-staging-'));
/** Whether a process runs: a staging folder of a build still running (another build in this worktree) is not left over. */
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the build and the static hosts', () => {
  it('ends with the footprint of the site and the hosts it fits, and checks the host named', () => {
    const build = runBuild({ READER_OUT_DIR: out, READER_CACHE_DIR: cache, READER_HOST: 'cloudflare-free' });
    expect(build.status, build.output).toBe(0);
    const files = listFiles(out);
    const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    const folders = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
    const lines = build.output.split('\n').filter((line) => line.trim() !== '');
    const built = lines.findIndex((line) => line.startsWith(`Built ${out}:`));
    expect(built, build.output).toBeGreaterThan(-1);
    // The footprint closes the log, right after the summary; _headers rules are its path lines.
    const rules = readFileSync(join(out, '_headers'), 'utf8').split('\n').filter((line) => line.startsWith('/')).length;
    expect(lines.slice(built + 1)).toEqual([
      `Footprint: ${files.length} files in ${folders} folders, ${(bytes / 1e6).toFixed(1)} MB raw (1 MB = 1,000,000 bytes), ${rules} _headers rules`,
      'Fits: GitHub Pages (a deploy that takes over 10 minutes times out); GitLab Pages on GitLab.com; Cloudflare Pages, free plan; Cloudflare Pages, paid plans; an object store such as Amazon S3 (no limit on the count or total size of objects)',
      "Checked against READER_HOST's host: it fits Cloudflare Pages, free plan.",
    ]);
  });

  it('refuses a site too large for the host named, saying what to do, and leaves the last site as it was', () => {
    // The same content builds the same files, so a marker tells the last site from a new one.
    writeFileSync(join(out, 'last-good-site.txt'), 'the site before the refused build\n');
    const before = hashTree(out);
    const files = listFiles(out).length - 1;
    const staging = stagingFolders();
    const build = runBuild({ READER_OUT_DIR: out, READER_CACHE_DIR: cache, READER_HOST_MAX_FILES: '10' });
    expect(build.status, build.output).toBe(1);
    expect(build.output).toContain(`Build failed: the site does not fit your host (READER_HOST_MAX_FILES, READER_HOST_MAX_MB): ${files} files, over its limit of 10 files.`);
    expect(build.output).toContain('The limit: READER_HOST_MAX_FILES (set for this build).');
    expect(build.output).toContain('Build fewer briefs, or build for another host (READER_HOST=github-pages, gitlab-pages, cloudflare-free, cloudflare-paid, object-store');
    expect(build.output).toContain(`${out} was left as it was.`);
    expect(build.output).not.toMatch(/^Built /m);
    expect(hashTree(out)).toEqual(before);
    // The refused build's own staging folder (named by its process id) is removed.
    expect(stagingFolders().filter((name) => !staging.includes(name) && !running(Number(name.slice('.dist-staging-'.length))))).toEqual([]);
  });

  it('refuses a host it does not know before it builds, listing those it knows', () => {
    const build = runBuild({ READER_OUT_DIR: out, READER_CACHE_DIR: cache, READER_HOST: 'netlify' });
    expect(build.status, build.output).toBe(1);
    expect(build.output).toContain('Build failed: READER_HOST="netlify" is not a host this build knows. Known hosts: github-pages, gitlab-pages, cloudflare-free, cloudflare-paid, object-store');
    expect(build.output).not.toContain('Content:');
  });
});
