import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, select, selectAll, textOf } from '../support/dist';
import { claims, references, topics } from '../support/content';
import { briefId, distDir } from '../support/site';

const readingPage = `${briefId}/index.html`;

describe('pages for every claim, source and topic', () => {
  it('builds a page for every claim, with its evidence and a way back to the text', () => {
    for (const claim of claims) {
      const file = `${briefId}/claims/${claim.id}/index.html`;
      expect(existsSync(join(distDir, file)), file).toBe(true);
      const tree = page(distDir, file);
      expect(select('a.in-context', tree)?.properties.href).toBe(`/${briefId}/#${claim.id}`);
      expect(select('.claim-context mark', tree), claim.id).toBeDefined();
      const evidence = selectAll('.evidence-list > li', tree);
      expect(evidence.length, claim.id).toBe(claim.evidence?.length ?? 0);
      if (!claim.evidence?.length) expect(textOf(select('.no-evidence', tree)!)).toMatch(/No cited evidence/);
    }
  });

  it('builds a page for every reference listing exactly the claims that cite it', () => {
    for (const reference of references) {
      const tree = page(distDir, `references/${reference.id}/index.html`);
      const expected = claims.filter((claim) => claim.evidence?.some((evidence) => evidence.ref === reference.id)).map((claim) => `/${briefId}/claims/${claim.id}/`);
      const listed = selectAll('#claims ~ ul > li > a[href*="/claims/"]', tree).map((link) => String(link.properties.href));
      expect(listed, reference.id).toEqual(expected);
      const linkOut = select('a.link-out', tree);
      if (reference.URL) {
        expect(linkOut?.properties.href).toBe(reference.URL);
        expect(linkOut?.properties.rel).toEqual(['noopener', 'noreferrer']);
      } else {
        expect(linkOut).toBeUndefined();
        expect(textOf(tree)).toContain('No link found.');
      }
    }
  });

  it('builds a page for every topic listing its claims', () => {
    for (const topic of topics) {
      const tree = page(distDir, `topics/${topic.id}/index.html`);
      const expected = claims.filter((claim) => claim.topics?.includes(topic.id)).length;
      expect(selectAll('main .card-list > li', tree).length, topic.id).toBe(expected);
    }
  });

  it('lists every claim in the claims index with its kind and evidence', () => {
    const rows = selectAll('.claims-table tbody tr', page(distDir, `${briefId}/claims/index.html`));
    expect(rows.map((row) => row.properties.dataKind)).toEqual(claims.map((claim) => claim.kind));
    const none = rows.filter((row) => row.properties.dataEvidence === 'none').length;
    expect(none).toBe(claims.filter((claim) => !claim.evidence?.length).length);
  });
});

describe('citations and back-links in the reading view', () => {
  it('marks each claim with one numbered citation per evidence link, pointing at the reference entry', () => {
    const tree = page(distDir, readingPage);
    const entryIds = selectAll('.references ol > li', tree).map((entry) => String(entry.properties.id));
    for (const claim of claims) {
      const marks = selectAll(`#${claim.id} a.cite`, tree);
      expect(marks.map((mark) => String(mark.properties.href).slice(1)), claim.id).toEqual((claim.evidence ?? []).map((evidence) => `ref-${evidence.ref}`));
      for (const mark of marks) {
        expect(textOf(mark)).toBe(String(entryIds.indexOf(String(mark.properties.href).slice(1)) + 1));
      }
    }
  });

  it('gives each reference entry a back-link to every claim citing it', () => {
    const tree = page(distDir, readingPage);
    for (const reference of references) {
      const backlinks = selectAll(`#ref-${reference.id} .backlinks a`, tree).map((link) => String(link.properties.href));
      const citing = claims.filter((claim) => claim.evidence?.some((evidence) => evidence.ref === reference.id)).map((claim) => `#${claim.id}`);
      expect(backlinks, reference.id).toEqual(citing);
    }
  });

  it('links each key point down to the claims that elaborate it, and those claims back up', () => {
    const tree = page(distDir, readingPage);
    for (const keyPoint of claims.filter((claim) => claim.id.startsWith('kp-'))) {
      const down = selectAll(`#${keyPoint.id} .claim-down a`, tree).map((link) => String(link.properties.href));
      const elaborating = claims.filter((claim) => claim.links?.some((link) => link.to === keyPoint.id && link.relation === 'elaborates'));
      expect(down, keyPoint.id).toEqual(elaborating.map((claim) => `#${claim.id}`));
      expect(down.length, keyPoint.id).toBeGreaterThan(0);
      for (const claim of elaborating) {
        expect(selectAll(`#${claim.id} a.claim-up`, tree).map((link) => link.properties.href)).toContain(`#${keyPoint.id}`);
      }
    }
  });
});
