import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, select, selectAll, textOf } from '../support/dist';
import { claims } from '../support/content';
import { contentLibrary } from '../support/library';
import { briefId, distDir } from '../support/site';

const mapFile = `${briefId}/map/index.html`;
const quotes = new Map(contentLibrary().briefs[0]!.claims.map((claim) => [claim.id, claim.quote.exact]));
const tree = page(distDir, mapFile);
const svg = select('svg.map-svg', tree)!;
const nodes = selectAll('a.map-node', svg);
const hrefs = (elements: typeof nodes) => elements.map((element) => String(element.properties.href));
const expectedEdges = claims.flatMap((claim) => [
  ...(claim.links ?? []).map((link) => `claim-${claim.id} claim-${link.to} ${link.relation}`),
  ...(claim.evidence ?? []).map((evidence) => `source-${evidence.ref} claim-${claim.id} ${evidence.relation}`),
]);
const mapEdges = selectAll('path.map-edge', svg).map((edge) => `${edge.properties.dataFrom} ${edge.properties.dataTo} ${edge.properties.dataRelation}`);

describe('the map page', () => {
  it('has a node for every claim and every cited source, each a link to its page', () => {
    const cited = [...new Set(claims.flatMap((claim) => (claim.evidence ?? []).map((evidence) => evidence.ref)))];
    expect(hrefs(nodes).sort()).toEqual([...claims.map((claim) => `/${briefId}/claims/${claim.id}/`), ...cited.map((id) => `/references/${id}/`)].sort());
    for (const node of nodes) expect(textOf(select('title', node)!).length, String(node.properties.href)).toBeGreaterThan(10);
  });

  it('names each claim node with the claim’s full words, its kind and whether it has evidence', () => {
    for (const claim of claims) {
      const node = nodes.find((element) => element.properties.href === `/${briefId}/claims/${claim.id}/`)!;
      const title = textOf(select('title', node)!);
      expect(title).toContain(quotes.get(claim.id));
      expect(title).toContain(claim.kind);
      expect(title.includes('no cited evidence'), claim.id).toBe(!claim.evidence?.length);
      expect(node.properties.dataEvidence === 'none', claim.id).toBe(!claim.evidence?.length);
    }
  });

  it('has an edge for every elaborates, supports or contrasts link and every evidence link, with its relation', () => {
    expect(mapEdges.sort()).toEqual([...expectedEdges].sort());
    for (const edge of selectAll('path.map-edge', svg)) expect(String(edge.properties.markerEnd)).toBe(`url(#map-${edge.properties.dataRelation})`);
  });

  it('places no node over another, by the layout’s coordinates', () => {
    const boxes = nodes.map((node) => {
      const ring = select('rect.map-ring', node)!;
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(ring.properties[name]));
      return { key: String(node.properties.id), x: x!, y: y!, width: width!, height: height! };
    });
    const overlapping = boxes.flatMap((a, index) =>
      boxes.slice(index + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.key} / ${b.key}`),
    );
    expect(boxes.every((box) => box.width > 0 && box.height > 0)).toBe(true);
    expect(overlapping).toEqual([]);
  });

  it('shows whose voice each source is', () => {
    const sources = nodes.filter((node) => node.properties.dataRole === 'source');
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(select('text.map-note', source), String(source.properties.href)).toBeDefined();
  });

  it('holds the same links in the nested list as in the map', () => {
    const list = select('.map-outline-section', tree)!;
    const listed = new Set(hrefs(selectAll('a', list)).filter((href) => href.includes('/claims/') || /\/references\/[^/]+\//.test(href)));
    expect([...listed].sort()).toEqual([...new Set(hrefs(nodes))].sort());
    const listedEdges = selectAll('[data-edge]', list).map((element) => String(element.properties.dataEdge));
    expect(listedEdges.sort()).toEqual([...mapEdges].sort());
  });

  it('carries no script but the site’s one first-view module, and no style attribute', () => {
    const html = readFileSync(join(distDir, mapFile), 'utf8');
    expect(selectAll('script', tree).map((script) => script.properties.type)).toEqual(['module']);
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('evidence at a glance', () => {
  for (const [name, file] of [['the map page', mapFile], ['the claims index', `${briefId}/claims/index.html`]]) {
    it(`prints the counts beside the bars on ${name}`, () => {
      const chart = select('.evidence-chart', page(distDir, file!))!;
      const rows = Object.fromEntries(selectAll('tr', chart).map((row) => [textOf(select('th', row)!), Number(textOf(select('.chart-count', row)!))]));
      expect(rows['fact']).toBe(claims.filter((claim) => claim.kind === 'fact').length);
      expect(rows['assessment']).toBe(claims.filter((claim) => claim.kind === 'assessment').length);
      expect(rows['no cited evidence']).toBe(claims.filter((claim) => !claim.evidence?.length).length);
      expect(rows['rest on cited evidence']).toBe(claims.filter((claim) => claim.evidence?.length).length);
      expect(rows['Key Points']).toBe(claims.filter((claim) => claim.id.startsWith('kp-')).length);
      expect(rows['of which on Pakistani sources only']).toBeGreaterThan(0);
      expect(selectAll('svg.chart-bar rect', chart)).toHaveLength(Object.keys(rows).length);
    });
  }

  it('links the claims index to the map', () => {
    expect(selectAll('a', page(distDir, `${briefId}/claims/index.html`)).some((link) => link.properties.href === `/${briefId}/map/`)).toBe(true);
  });
});

describe('a claim’s neighbourhood map', () => {
  it('shows on every claim page the claim, the claims it links to and its sources, each a link', () => {
    for (const claim of claims) {
      const claimPage = page(distDir, `${briefId}/claims/${claim.id}/index.html`);
      const near = select('.neighbourhood', claimPage)!;
      expect(near, claim.id).toBeDefined();
      const shown = new Set(hrefs(selectAll('a.map-node', near)));
      const expected = [
        ...(claim.links ?? []).map((link) => `/${briefId}/claims/${link.to}/`),
        ...(claim.evidence ?? []).map((evidence) => `/references/${evidence.ref}/`),
        ...claims.filter((other) => other.links?.some((link) => link.to === claim.id)).map((other) => `/${briefId}/claims/${other.id}/`),
      ];
      if (expected.length > 0) expect(shown.has(`/${briefId}/claims/${claim.id}/`), claim.id).toBe(true);
      for (const href of expected) expect(shown.has(href), `${claim.id} → ${href}`).toBe(true);
      const onMap = select('a[href*="/map/"]', near)!;
      expect(onMap.properties.href).toBe(`/${briefId}/map/#claim-${claim.id}`);
    }
  });

  it('lands on the claim’s node in the whole map', () => {
    // Each node's id is its key: claim-<claim id> or source-<reference id>, the fragment of a claim page's "See it on the map".
    const keyOf = (href: string) => href.replace(`/${briefId}/claims/`, 'claim-').replace('/references/', 'source-').replace(/\/$/, '');
    expect(nodes.map((node) => node.properties.id)).toEqual(hrefs(nodes).map(keyOf));
  });

  it('draws an arrow, of its relation, for each link and citation of the claim, from one box to another', () => {
    for (const claim of claims) {
      const map = select('.neighbourhood svg.map-svg', page(distDir, `${briefId}/claims/${claim.id}/index.html`));
      if (!map) continue;
      const drawn = selectAll('path.map-edge', map);
      const relations = drawn.map((edge) => String(edge.properties.dataRelation));
      const own = [
        ...(claim.links ?? []).map((link) => link.relation),
        ...(claim.evidence ?? []).map((evidence) => evidence.relation),
        ...claims.flatMap((other) => (other.links ?? []).filter((link) => link.to === claim.id).map((link) => link.relation)),
      ];
      for (const relation of new Set(own)) {
        expect(relations.filter((drawnRelation) => drawnRelation === relation).length, `${claim.id}: ${relation}`).toBeGreaterThanOrEqual(own.filter((ownRelation) => ownRelation === relation).length);
      }
      const boxes = selectAll('rect.map-ring', map).map((ring) => ['x', 'y', 'width', 'height'].map((name) => Number(ring.properties[name])) as [number, number, number, number]);
      // An end lies on a box's side: within the 3-pixel ring around its shape.
      const onABox = (x: number, y: number) => boxes.filter(([bx, by, width, height]) => x >= bx && x <= bx + width && y >= by && y <= by + height).length;
      for (const edge of drawn) {
        const numbers = String(edge.properties.d).match(/-?\d+(\.\d+)?/g)!.map(Number);
        const [startX, startY] = numbers;
        const [endX, endY] = numbers.slice(-2);
        expect(onABox(startX!, startY!), `${claim.id}: ${String(edge.properties.d)} starts on a box`).toBe(1);
        expect(onABox(endX!, endY!), `${claim.id}: ${String(edge.properties.d)} ends on a box`).toBe(1);
      }
    }
  });

  it('defines the arrowhead of every edge, and no other, on each claim page and the map (issue 29: each claim page carries it)', () => {
    const maps = [svg, ...claims.map((claim) => select('.neighbourhood svg.map-svg', page(distDir, `${briefId}/claims/${claim.id}/index.html`))).filter((found) => found !== undefined)];
    expect(maps.length).toBeGreaterThan(1);
    for (const map of maps) {
      const used = new Set(selectAll('path.map-edge', map).map((edge) => String(edge.properties.markerEnd).replace(/^url\(#(.+)\)$/, '$1')));
      const defined = selectAll('marker', map).map((marker) => String(marker.properties.id));
      expect(new Set(defined)).toEqual(used);
      expect(defined).toHaveLength(used.size);
    }
  });
});
