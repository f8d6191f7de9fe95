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
      const listed = selectAll('#claims ~ .brief-group > ul > li > a[href*="/claims/"]', tree).map((link) => String(link.properties.href));
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
  it('cites each claim’s evidence by the brief’s own numbers, after the claim and in its block', () => {
    const tree = page(distDir, readingPage);
    const entryIds = selectAll('.references ol > li', tree).map((entry) => String(entry.properties.id));
    const cited = new Map<string, string[]>();
    for (const group of selectAll('.brief-text sup.cites', tree)) {
      for (const mark of selectAll('a.cite', group)) {
        const href = String(mark.properties.href);
        expect(textOf(mark)).toBe(`[${entryIds.indexOf(href.slice(1)) + 1}]`);
        for (const bearing of JSON.parse(String(mark.properties.dataBearing)) as Array<{ claim: string; relation: string }>) {
          cited.set(bearing.claim, [...(cited.get(bearing.claim) ?? []), href]);
          const claim = claims.find((each) => each.id === bearing.claim)!;
          expect(bearing.relation).toBe(claim.evidence?.find((evidence) => `#ref-${evidence.ref}` === href)?.relation);
        }
      }
    }
    for (const claim of claims) {
      const expected = (claim.evidence ?? []).map((evidence) => `#ref-${evidence.ref}`).sort((a, b) => entryIds.indexOf(a.slice(1)) - entryIds.indexOf(b.slice(1)));
      expect(cited.get(claim.id) ?? [], claim.id).toEqual(expected);
    }
  });

  it('places each citation group after the claims it cites, within their block', () => {
    const tree = page(distDir, readingPage);
    for (const block of selectAll('.brief-text p, .brief-text li', tree)) {
      const inOrder = selectAll('.claim, sup.cites', block);
      for (const [index, element] of inOrder.entries()) {
        if (element.tagName !== 'sup') continue;
        const claimsBefore = new Set(inOrder.slice(0, index).map((before) => String(before.properties.id)));
        for (const mark of selectAll('a.cite', element)) {
          for (const bearing of JSON.parse(String(mark.properties.dataBearing)) as Array<{ claim: string }>) {
            expect(claimsBefore.has(bearing.claim), bearing.claim).toBe(true);
          }
        }
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

  it('links each key point to the claims that elaborate it, and those claims back, on their pages', () => {
    for (const keyPoint of claims.filter((claim) => claim.id.startsWith('kp-'))) {
      const linked = selectAll('.claim-links a', page(distDir, `${briefId}/claims/${keyPoint.id}/index.html`)).map((link) => String(link.properties.href));
      const elaborating = claims.filter((claim) => claim.links?.some((link) => link.to === keyPoint.id && link.relation === 'elaborates'));
      expect(elaborating.length, keyPoint.id).toBeGreaterThan(0);
      for (const claim of elaborating) {
        expect(linked, keyPoint.id).toContain(`/${briefId}/claims/${claim.id}/`);
        const back = selectAll('.claim-links a', page(distDir, `${briefId}/claims/${claim.id}/index.html`)).map((link) => String(link.properties.href));
        expect(back, claim.id).toContain(`/${briefId}/claims/${keyPoint.id}/`);
      }
    }
  });
});
