/**
 * A topic's listing paginates at library size: built from 25 copies of the
 * brief under a base path, each topic's claims are split into pages of
 * briefs, the newest brief first, at static URLs that carry the base path
 * and link to each other; page 1 says the counts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyLibrary } from '../../src/cli/copy-library.mjs';
import { BRIEFS_PER_TOPIC_PAGE } from '../../src/lib/topic-pages';
import { runBuild, scratchDir } from '../support/build';
import { page, select, selectAll, textOf } from '../support/dist';
import { claims } from '../support/content';
import { projectRoot } from '../support/site';

const BRIEFS = 25;
const base = '/briefs/';
const topic = 'water';
const claimsPerBrief = claims.filter((claim) => claim.topics?.includes(topic)).length;
const work = scratchDir('topic-pages');
const site = join(work, 'site');
let ids: string[] = [];
let newest = '';

const briefLinks = (file: string) => selectAll('main section.topic-brief > h2 a', page(site, file)).map((link) => String((link as Element).properties.href));

beforeAll(() => {
  ids = copyLibrary(join(projectRoot, 'content'), join(work, 'content'), BRIEFS);
  // One copy dated after the others: it must lead page 1.
  newest = ids[7] ?? '';
  const file = join(work, 'content', 'briefs', newest, 'brief.md');
  const text = readFileSync(file, 'utf8');
  if (!/^issued: "2025"$/m.test(text)) throw new Error('fixture edit: issued: "2025" not found in the brief');
  writeFileSync(file, text.replace(/^issued: "2025"$/m, 'issued: "2026-01"'));
  const build = runBuild({ READER_CONTENT_DIR: join(work, 'content'), READER_OUT_DIR: site, SITE_BASE: base, READER_CACHE_DIR: join(work, 'cache') });
  if (build.status !== 0) throw new Error(build.output);
}, 600_000);

describe('a topic with more briefs than fit on a page', () => {
  it('is split into pages at /topics/<topic>/ and /topics/<topic>/<n>/, every brief once', () => {
    const pageCount = Math.ceil(BRIEFS / BRIEFS_PER_TOPIC_PAGE);
    expect(pageCount).toBeGreaterThan(1);
    const files = [`topics/${topic}/index.html`, ...Array.from({ length: pageCount - 1 }, (_, n) => `topics/${topic}/${n + 2}/index.html`)];
    for (const file of files) expect(existsSync(join(site, file)), file).toBe(true);
    expect(existsSync(join(site, `topics/${topic}/${pageCount + 1}/index.html`))).toBe(false);
    const listed = files.flatMap(briefLinks);
    expect(listed.slice(0, BRIEFS_PER_TOPIC_PAGE)).toEqual(briefLinks(files[0] ?? ''));
    expect(briefLinks(files[0] ?? '')).toHaveLength(BRIEFS_PER_TOPIC_PAGE);
    expect([...listed].sort()).toEqual(ids.map((id) => `${base}${id}/`).sort());
    expect(selectAll('main .card-list > li', page(site, files[0] ?? '')).length).toBe(BRIEFS_PER_TOPIC_PAGE * claimsPerBrief);
  });

  it('puts the newest brief first and says the counts on page 1', () => {
    const first = page(site, `topics/${topic}/index.html`);
    expect(briefLinks(`topics/${topic}/index.html`)[0]).toBe(`${base}${newest}/`);
    expect(textOf(select('main p.meta', first) as Element).replace(/\s+/g, ' ')).toContain(`${claimsPerBrief * BRIEFS} claims in ${BRIEFS} briefs, the newest brief first; page 1 of 2.`);
    const ownList = selectAll('main section.topic-brief .meta a', first).map((link) => String((link as Element).properties.href));
    expect(ownList).toContain(`${base}${newest}/claims/`);
  });

  it('links the pages to each other with the base path, marking the current one', () => {
    const links = (file: string) => selectAll('nav.page-list a', page(site, file)).map((link) => String((link as Element).properties.href));
    expect(links(`topics/${topic}/index.html`)).toEqual([`${base}topics/${topic}/2/`]);
    expect(links(`topics/${topic}/2/index.html`)).toEqual([`${base}topics/${topic}/`]);
    expect(textOf(select('nav.page-list [aria-current="page"]', page(site, `topics/${topic}/2/index.html`)) as Element)).toBe('2');
  });
});
