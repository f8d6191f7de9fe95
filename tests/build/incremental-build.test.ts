/**
 * Astro's incremental build restores a page from the last build when its
 * cache key (src/lib/site/page-keys.ts) is unchanged. Whatever an editor did
 * between two builds, the incremental build's dist/ must be byte-identical to
 * a cold build's of the same content, and it must really have restored the
 * pages that did not change (or the comparison proves nothing).
 */
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyLibrary } from '../../src/cli/copy-library.mjs';
import { hashTree, runBuild, scratchDir } from '../support/build';
import { briefId, projectRoot } from '../support/site';

const scratch = scratchDir('incremental');
const content = join(scratch, 'content');
const incrementalOut = join(scratch, 'incremental-dist');
const coldOut = join(scratch, 'cold-dist');
const second = `${briefId}-copy-0001`;
const third = `${briefId}-copy-0002`;

interface Built {
  files: Record<string, string>;
  /** The pages Astro restored from its cache, by output path. */
  restored: string[];
}

function build(out: string, cache: string, args: string[] = []): Built {
  const run = runBuild({ READER_CONTENT_DIR: content, READER_OUT_DIR: out, READER_CACHE_DIR: cache, READER_VERBOSE: '1' }, args);
  expect(run.status, run.output).toBe(0);
  const restored = [...run.output.matchAll(/├─ (\S+) \(restored\)/g)].map((match) => match[1]!);
  return { files: hashTree(out), restored };
}

/** The content as it is now, built incrementally on the running cache, and cold with `--force` on a cache of its own. */
function buildBothWays(): { incremental: Built; cold: Built } {
  const incremental = build(incrementalOut, join(scratch, 'cache'));
  const cold = build(coldOut, join(scratch, 'cold-cache'), ['--force']);
  return { incremental, cold };
}

function expectIdentical({ incremental, cold }: { incremental: Built; cold: Built }) {
  expect(cold.restored).toEqual([]);
  expect(Object.keys(incremental.files)).toEqual(Object.keys(cold.files));
  const differing = Object.keys(cold.files).filter((file) => incremental.files[file] !== cold.files[file]);
  expect(differing).toEqual([]);
}

const pagesOf = (id: string, pages: string[]) => pages.filter((page) => page.startsWith(`/${id}/`));

describe('incremental builds', { timeout: 240_000 }, () => {
  beforeAll(() => {
    copyLibrary(join(projectRoot, 'content'), content, 2);
    build(incrementalOut, join(scratch, 'cache'));
  });

  it('with no change, restores every keyed page and gives the cold build’s bytes', () => {
    const both = buildBothWays();
    expectIdentical(both);
    expect(pagesOf(briefId, both.incremental.restored).length).toBeGreaterThan(50);
    expect(pagesOf(second, both.incremental.restored).length).toBeGreaterThan(50);
    expect(both.incremental.restored).toContain('/topics/water/index.html');
  });

  it('after one brief is edited, renders that brief’s pages again and restores the other’s', () => {
    const annotations = join(content, 'briefs', second, 'annotations.yaml');
    writeFileSync(annotations, readFileSync(annotations, 'utf8').replace("None of the brief's references deals with", 'No reference of the brief deals with'));
    const both = buildBothWays();
    expectIdentical(both);
    expect(pagesOf(second, both.incremental.restored)).toEqual([]);
    expect(pagesOf(briefId, both.incremental.restored).length).toBeGreaterThan(50);
  });

  it('after a shared file is edited, renders every page that shows it', () => {
    const glossary = join(content, 'glossary.yaml');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('a militant group formed in 2007', 'an armed group formed in 2007'));
    const both = buildBothWays();
    expectIdentical(both);
    expect(both.incremental.restored).toEqual([]);
  });

  it('after a brief is added, builds its pages and restores the others', () => {
    cpSync(join(content, 'briefs', second), join(content, 'briefs', third), { recursive: true });
    appendFileSync(join(content, 'briefs', third, 'brief.md'), '\n');
    const both = buildBothWays();
    expectIdentical(both);
    expect(Object.keys(both.incremental.files).some((file) => file.startsWith(`${third}/`))).toBe(true);
    expect(pagesOf(third, both.incremental.restored)).toEqual([]);
    expect(pagesOf(briefId, both.incremental.restored).length).toBeGreaterThan(50);
  });

  it('after a brief is deleted, its pages disappear', () => {
    rmSync(join(content, 'briefs', third), { recursive: true });
    const both = buildBothWays();
    expectIdentical(both);
    expect(Object.keys(both.incremental.files).filter((file) => file.startsWith(`${third}/`))).toEqual([]);
    expect(pagesOf(second, both.incremental.restored).length).toBeGreaterThan(50);
  });
});
