/**
 * The selection helper of `npm run dev`: select words in the reading view,
 * copy the YAML it offers, paste it into a copy of the annotations, and the
 * build's anchoring finds exactly the words selected.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { findQuote } from '../../src/lib/anchor/anchor-quotes';
import { anchorsInBuild, renderedText, splitFrontmatter } from '../../src/lib/authoring/anchoring-text';
import { annotationsSchema, type Claim } from '../../src/lib/content/schema';
import { useChromium } from '../support/chromium';
import { startDevServer, type DevServer } from '../support/dev-server';
import { briefId, projectRoot } from '../support/site';

// A copy of the content in which only the key points are claims, so the
// body's sentences are free to select.
const scratch = mkdtempSync(join(tmpdir(), 'reader-annotate-'));
const contentDir = join(scratch, 'content');
cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
const briefFile = join(contentDir, 'briefs', briefId, 'brief.md');
const annotationsFile = join(contentDir, 'briefs', briefId, 'annotations.yaml');
const keyPoints = (parse(readFileSync(annotationsFile, 'utf8')).claims as Claim[])
  .filter((claim) => claim.id.startsWith('kp-'))
  .map(({ links: _links, ...claim }) => claim);
writeFileSync(annotationsFile, stringify({ claims: keyPoints }));
const body = splitFrontmatter(readFileSync(briefFile, 'utf8')).body;

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer({ READER_CONTENT_DIR: contentDir, READER_CACHE_DIR: join(scratch, 'cache') });
});
afterAll(async () => {
  await server?.stop();
});

const { open } = useChromium(inject('siteUrl'));

/** Selects the `occurrence`-th appearance of `from` … `to` (same or later text node) in the brief's text, as a reader's drag would. */
async function select(page: Page, from: string, to = from, occurrence = 0): Promise<void> {
  // Hidden first, so the wait below sees the helper answer this selection.
  await page.locator('.annotate-helper').evaluate((panel) => ((panel as HTMLElement).hidden = true)).catch(() => undefined);
  await page.evaluate(
    ({ from, to, occurrence }) => {
      const walker = document.createTreeWalker(document.querySelector('.brief-text')!, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const starts = texts.filter((node) => node.data.includes(from));
      const startNode = starts[occurrence];
      if (!startNode) throw new Error(`no text "${from}"`);
      const endNode = texts.slice(texts.indexOf(startNode)).find((node) => node.data.includes(to))!;
      const range = document.createRange();
      range.setStart(startNode, startNode.data.indexOf(from));
      range.setEnd(endNode, endNode.data.indexOf(to, endNode === startNode ? startNode.data.indexOf(from) : 0) + to.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { from, to, occurrence },
  );
  await page.locator('.annotate-helper').waitFor({ state: 'visible' });
}

/** The helper's copy button, and what it put on the clipboard. */
async function copySnippet(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy YAML' }).click();
  await page.locator('.annotate-helper [role="status"]', { hasText: 'Copied' }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The annotations with `snippets` pasted at the end of the claims list; checked as the build checks them. */
async function pasteAndAnchor(snippets: string[]): Promise<{ text: string; claims: Claim[] }> {
  const pasted = `${stringify({ claims: keyPoints })}${snippets.join('')}`;
  const claims = annotationsSchema.parse(parse(pasted)).claims;
  await anchorsInBuild(body, claims, { file: briefFile, annotationsFile });
  return { text: await renderedText(body, briefFile), claims };
}

describe('annotating by selecting, in the dev server', () => {
  it('offers a claim for a sentence; copied and pasted, it anchors on exactly those words', async () => {
    const { page, errors, close } = await open(`${server.url}${briefId}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const sentence = 'Kabul River is one of the most important elements of the Pakistani irrigation system.';
    // "Kabul River" is a glossary term: its first use is its own text node (a span of its own), where the drag starts.
    await select(page, 'Kabul River', 'irrigation system.');
    expect(await page.locator('.annotate-helper .warning').count()).toBe(0);
    const snippet = await copySnippet(page);
    expect(snippet).toContain(`exact: "${sentence}"`);
    expect(snippet).not.toMatch(/prefix|suffix/);

    const { text, claims } = await pasteAndAnchor([snippet]);
    const added = claims[claims.length - 1]!;
    expect(added.id).toBe('kabul-river-one-most-important');
    const match = findQuote(text, added.quote);
    expect(match.status === 'found' && text.slice(match.start, match.end)).toBe(sentence);
    expect(errors).toEqual([]);
    await close();
  });

  it('adds a prefix or suffix only when the words repeat, and the pasted claim lands on the copy selected', async () => {
    const { page, close } = await open(`${server.url}${briefId}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    // "Tehreek-e-Taliban Pakistan (TTP)" appears twice; take the second.
    await select(page, 'Tehreek-e-Taliban Pakistan (TTP)', 'Tehreek-e-Taliban Pakistan (TTP)', 1);
    const snippet = await copySnippet(page);
    expect(snippet).toMatch(/^ {6}(prefix|suffix): "/m);

    const { text, claims } = await pasteAndAnchor([snippet]);
    const match = findQuote(text, claims[claims.length - 1]!.quote);
    expect(match.status === 'found' && text.slice(match.end, match.end + 8)).toBe(' in 2007');
    await close();
  });

  it('warns, and offers nothing to paste, when the selection overlaps a claim or crosses a block', async () => {
    const { page, close } = await open(`${server.url}${briefId}/`);
    await select(page, '(border) dispute');
    expect(await page.locator('.annotate-helper .warning').allTextContents()).toEqual([
      'The selection overlaps the claim "kp-durand-line-mistrust": claims must not share words.',
    ]);
    expect(await page.getByRole('button', { name: 'Copy YAML' }).isHidden()).toBe(true);

    await select(page, 'the Pakistani irrigation system.', 'We need to understand');
    const warnings = await page.locator('.annotate-helper .warning').allTextContents();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/crosses a block/);
    expect(await page.locator('.annotate-snippet').isHidden()).toBe(true);

    await page.keyboard.press('Escape');
    expect(await page.locator('.annotate-helper').isHidden()).toBe(true);
    await close();
  });
});
