import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { idsOf, page, select, selectAll, textOf } from '../support/dist';
import { briefId, distDir, projectRoot } from '../support/site';

const readingPage = `${briefId}/index.html`;
const seedLines = readFileSync(join(projectRoot, 'tests/fixtures/seed-brief.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/^(?:- |\d+\. )/, '').trim())
  .filter(Boolean);
const reviewerRemark = seedLines.pop()!;
const annotations = parse(readFileSync(join(projectRoot, `content/briefs/${briefId}/annotations.yaml`), 'utf8')) as {
  claims: Array<{ id: string }>;
};

/** The article's text without what the editors added inside it (kind labels, citation marks, permalinks). */
function authorsText(): string {
  const article = structuredClone(select('article.brief', page(distDir, readingPage))!);
  const strip = (node: Element) => {
    node.children = node.children.filter(
      (child) => !(child.type === 'element' && ('dataPagefindIgnore' in child.properties || child.tagName === 'sup')),
    );
    node.children.forEach((child) => child.type === 'element' && strip(child));
  };
  strip(article);
  return textOf(article);
}

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

  it('gives every claim exactly one element with its id', () => {
    const ids = idsOf(page(distDir, readingPage));
    for (const { id } of annotations.claims) {
      expect(ids.filter((other) => other === id), id).toHaveLength(1);
      expect(select(`#${id}`, page(distDir, readingPage))?.properties.className).toContain('claim');
    }
    expect(annotations.claims.length).toBeGreaterThanOrEqual(40);
  });

  it('has no id twice', () => {
    const ids = idsOf(page(distDir, readingPage));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives every claim a visible permalink to itself', () => {
    for (const { id } of annotations.claims) {
      const link = select(`#${id} > a.claim-link`, page(distDir, readingPage));
      expect(link?.properties.href, id).toBe(`#${id}`);
    }
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
    const items = selectAll('.brief-text ul > li', page(distDir, readingPage));
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
