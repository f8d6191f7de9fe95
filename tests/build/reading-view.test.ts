import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeForMatching } from '../../src/lib/anchor/anchor-quotes';
import { idsOf, page, select, selectAll, textOf } from '../support/dist';
import { briefId, distDir, projectRoot } from '../support/site';

const readingPage = `${briefId}/index.html`;
const seedLines = readFileSync(join(projectRoot, 'tests/fixtures/seed-brief.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/^(?:- |\d+\. )/, '').trim())
  .filter(Boolean);
const reviewerRemark = seedLines.pop()!;
const annotations = parse(readFileSync(join(projectRoot, `content/briefs/${briefId}/annotations.yaml`), 'utf8')) as {
  claims: Array<{ id: string; quote: { exact: string } }>;
};

/** A copy of an element without what the editors added around the author's words (their layer, the citation marks). */
function withoutEditorialLayer(element: Element, keepCitations = false): Element {
  const copy = structuredClone(element);
  const strip = (node: Element) => {
    node.children = node.children.filter(
      (child) =>
        !(child.type === 'element' && ('dataEditorial' in child.properties || (!keepCitations && child.tagName === 'sup'))),
    );
    node.children.forEach((child) => child.type === 'element' && strip(child));
  };
  strip(copy);
  return copy;
}

/** The article's text without what the editors added inside it. */
function authorsText(): string {
  return textOf(withoutEditorialLayer(select('article.brief', page(distDir, readingPage))!));
}

/** The brief's sentences, from the original text: Key Points to the end of Way Forward. */
const sentences = seedLines
  .slice(seedLines.indexOf('Key Points') + 1, seedLines.indexOf('References'))
  .filter((line) => line !== 'Way Forward:')
  .flatMap((line) => line.split(/(?<=[.?!])\s+(?=[A-Z])/));

describe('the reading view', () => {
  it('shows every line of the brief as written, typos included', () => {
    const text = authorsText();
    const missing = seedLines.filter((line) => !text.includes(line.replace(/\s+/g, ' ')));
    expect(missing).toEqual([]);
    expect(seedLines.length).toBeGreaterThan(30);
    expect(text).toContain('ofTurkey');
  });

  it('shows the reviewer’s remark apart from the brief, labelled as such', () => {
    const remark = select('.reviewer-remark', page(distDir, readingPage))!;
    expect(textOf(remark)).toMatch(/^Reviewer’s remark, received with the brief and not part of it:/);
    expect(textOf(remark)).toContain(reviewerRemark);
    expect(textOf(select('.brief-text', page(distDir, readingPage))!)).not.toContain(reviewerRemark);
  });

  it('gives every claim exactly one element with its id, holding the claim’s own words and nothing else', () => {
    const ids = idsOf(page(distDir, readingPage));
    // Compared as the anchoring compares them: quotes, dashes and spaces folded.
    const words = (text: string) => normalizeForMatching(text).text.replace(/\s+/g, ' ').trim();
    for (const { id, quote } of annotations.claims) {
      expect(ids.filter((other) => other === id), id).toHaveLength(1);
      const element = select(`#${id}`, page(distDir, readingPage))!;
      expect(words(textOf(withoutEditorialLayer(element))), id).toBe(words(quote.exact));
    }
    expect(annotations.claims.length).toBeGreaterThanOrEqual(40);
  });

  it('has no id twice', () => {
    const ids = idsOf(page(distDir, readingPage));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('reads each sentence whole: citation numbers are the only marks in the text, and only where a sentence ends', () => {
    const blocks = selectAll('.brief-text p, .brief-text li:not(.claim-note)', page(distDir, readingPage));
    // What is copied and what a screen reader hears of each block: the text, with the editors' layer set apart after it.
    const texts = blocks.map((block) => textOf(withoutEditorialLayer(block, true)));
    const atSentenceEnd = /(?<=[.?!…]["'”’)]*)(?:\[\d+\])+/g;
    const interrupted = texts.filter((text) => /\[\d+\]/.test(text.replace(atSentenceEnd, '')));
    expect(interrupted).toEqual([]);
    const whole = texts.map((text) => text.replace(atSentenceEnd, ''));
    const broken = sentences.filter((sentence) => !whole.some((text) => text.includes(sentence.replace(/\s+/g, ' '))));
    expect(broken).toEqual([]);
    expect(sentences.length).toBeGreaterThan(40);
  });

  it('writes citation numbers as text, “[n]”, ascending within a group', () => {
    const groups = selectAll('.brief-text sup.cites', page(distDir, readingPage));
    expect(groups.length).toBeGreaterThan(10);
    for (const group of groups) {
      const numbers = selectAll('a.cite', group).map((mark) => Number(textOf(mark).match(/^\[(\d+)\]$/)?.[1]));
      expect(numbers.every(Number.isInteger)).toBe(true);
      expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
    }
  });

  it('sets each claim’s annotation apart from the text, after its block, with a control leading to the claim’s page', () => {
    const tree = page(distDir, readingPage);
    for (const { id } of annotations.claims) {
      const note = select(`#note-${id}`, tree);
      expect(note, id).toBeDefined();
      expect(note!.properties.dataClaim).toBe(id);
      const list = selectAll('[data-editorial]', tree).find((layer) => select(`#note-${id}`, layer));
      expect(list, id).toBeDefined();
      expect(select('a.claim-control', note!)?.properties.href).toBe(`/${briefId}/claims/${id}/`);
      // The claim's own element holds the author's words and nothing else.
      expect(selectAll(`#${id} a, #${id} [data-editorial]`, tree), id).toEqual([]);
    }
  });

  it('offers the plain and the annotated reading behind one switch, a table of contents and a skip link to the text', () => {
    const tree = page(distDir, readingPage);
    const toggle = select('#annotations-switch', tree);
    expect(toggle?.properties.type).toBe('checkbox');
    expect(textOf(select('label[for="annotations-switch"]', tree)!)).toBe('Editors’ annotations');
    const contents = selectAll('#contents a', tree).map((link) => String(link.properties.href));
    const headingIds = selectAll('.brief-text h2', tree).map((heading) => `#${heading.properties.id}`);
    expect(contents).toEqual([...headingIds, '#references']);
    expect(select('a.skip-link', tree)?.properties.href).toBe('#brief-text');
    // …and lands on the author's text: its first sentence and its last.
    const target = textOf(withoutEditorialLayer(select('#brief-text', tree)!));
    expect(target).toContain(sentences[0]);
    expect(target).toContain(sentences[sentences.length - 1]);
  });

  it('gives every heading of the brief an id and an autolink', () => {
    const headings = selectAll('.brief-text h2', page(distDir, readingPage));
    expect(headings.map(textOf)).toEqual(['Key Points#', 'Analysis#', 'Way Forward:#']);
    for (const heading of headings) {
      const link = select('a.heading-permalink', heading);
      expect(link?.properties.href).toBe(`#${heading.properties.id}`);
    }
  });

  it('lists the key points as a list, each a claim', () => {
    const items = selectAll('.brief-text > ul:not([data-editorial]) > li', page(distDir, readingPage));
    expect(items).toHaveLength(6);
    for (const item of items) expect(select('.claim[id^="kp-"]', item)).toBeDefined();
  });

  it('prints the references as a structured list, each line verbatim, with a link or "No link found"', () => {
    const entries = selectAll('.references ol > li', page(distDir, readingPage));
    expect(entries).toHaveLength(9);
    for (const entry of entries) {
      const linkOut = select('a.link-out', entry);
      if (linkOut) {
        expect(linkOut.properties.href).toMatch(/^https:\/\//);
        expect(linkOut.properties.rel).toEqual(['noopener', 'noreferrer']);
      } else {
        expect(textOf(entry)).toContain('No link found.');
      }
    }
  });

  it('says that the claim-to-source links are the editors’ judgement', () => {
    expect(textOf(select('.editors-note', page(distDir, readingPage))!)).toMatch(/cites nothing inline.*editors’ judgement/);
  });
});
