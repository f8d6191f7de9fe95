import { describe, expect, it } from 'vitest';
import { claimKey, sourceKey, sourcesInCitingOrder } from '../../src/lib/map/argument-graph';
import { layOutArgumentMap, pathLength, type DrawnMap, type DrawnNode } from '../../src/lib/map/argument-map-layout';
import { outlineItems } from '../../src/lib/map/argument-outline';
import { briefArgument } from '../../src/lib/map/brief-argument';
import { claimSections } from '../../src/lib/render/claim-sections';
import { renderBrief } from '../../src/lib/render/render-brief';
import { evidenceStats } from '../../src/lib/render/evidence-stats';
import { ancestors, neighbourhoodMap } from '../../src/lib/map/neighbourhood-map';
import { createPaths } from '../../src/lib/site/paths';
import { textWidth } from '../../src/lib/map/wrap-text';
import { contentLibrary } from '../support/library';

const paths = createPaths('/');
const brief = contentLibrary().briefs[0]!;
const sections = claimSections((await renderBrief(brief, paths)).contexts);
const argument = briefArgument(brief, paths, sections);
const expectedEdges = brief.claims.flatMap((claim) => [
  ...claim.linksOut.map((link) => `${claimKey(claim.id)} ${claimKey(link.claim.id)} ${link.relation}`),
  ...claim.citations.map((citation) => `${sourceKey(citation.reference.id)} ${claimKey(claim.id)} ${citation.relation}`),
]);

const overlaps = (a: DrawnNode, b: DrawnNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
function overlappingPairs(map: DrawnMap): string[] {
  const pairs: string[] = [];
  for (const [index, a] of map.nodes.entries()) for (const b of map.nodes.slice(index + 1)) if (overlaps(a, b)) pairs.push(`${a.node.key} / ${b.node.key}`);
  return pairs;
}

describe('the argument outline', () => {
  it('lists every claim exactly once, key points first and at the top level', () => {
    const items = outlineItems(argument.outline);
    expect(items.map((item) => item.claim.id).sort()).toEqual(brief.claims.map((claim) => claim.id).sort());
    expect(argument.outline.keyPoints.map((item) => item.claim.id)).toEqual(brief.claims.filter((claim) => claim.id.startsWith('kp-')).map((claim) => claim.id));
  });

  it('holds every link once: as the link to the item above, or as an "also" link', () => {
    const held: string[] = [];
    const walk = (items: typeof argument.outline.keyPoints, parent?: string) => {
      for (const item of items) {
        if (parent) held.push(`${claimKey(item.claim.id)} ${claimKey(parent)} ${item.relationToParent}`);
        for (const link of item.alsoLinks) held.push(`${claimKey(item.claim.id)} ${claimKey(link.claim.id)} ${link.relation}`);
        walk(item.children, item.claim.id);
      }
    };
    walk(argument.outline.keyPoints);
    for (const group of argument.outline.others) walk(group.items);
    expect(held.sort()).toEqual(expectedEdges.filter((edge) => edge.startsWith('claim-')).sort());
  });

  it('puts a claim under the claim it elaborates', () => {
    const kabul = outlineItems(argument.outline).find((item) => item.claim.id === 'afghan-dams-india-aided')!;
    expect(kabul.children.map((child) => [child.claim.id, child.relationToParent])).toContainEqual(['kabul-river-share-cut', 'elaborates']);
  });
});

describe('the argument graph', () => {
  it('has a node for every claim and every cited source, each linking to its page', () => {
    const cited = new Set(brief.claims.flatMap((claim) => claim.citations.map((citation) => citation.reference.id)));
    expect(argument.graph.nodes.map((node) => node.href).sort()).toEqual(
      [...brief.claims.map((claim) => paths.claim(brief.id, claim.id)), ...[...cited].map((id) => paths.reference(id))].sort(),
    );
  });

  it('has an edge for every claim link and every evidence link, with its relation', () => {
    expect(argument.graph.edges.map((edge) => `${edge.from} ${edge.to} ${edge.relation}`).sort()).toEqual([...expectedEdges].sort());
  });

  it('marks the key points and the claims without evidence', () => {
    const keyPoints = argument.graph.nodes.filter((node) => node.role === 'key-point');
    expect(keyPoints).toHaveLength(6);
    expect(argument.graph.nodes.filter((node) => node.noEvidence).length).toBe(brief.claims.filter((claim) => claim.citations.length === 0).length);
  });
});

describe('the laid-out map (elkjs)', async () => {
  const map = await layOutArgumentMap(argument.graph);

  it('places no node over another', () => {
    expect(map.nodes).toHaveLength(argument.graph.nodes.length);
    expect(overlappingPairs(map)).toEqual([]);
  });

  it('keeps columns: each column right of the one before, key points first, the sources between the two bands', () => {
    for (const drawn of map.nodes) {
      for (const other of map.nodes.filter((candidate) => candidate.node.column > drawn.node.column)) expect(other.x, `${other.node.key} right of ${drawn.node.key}`).toBeGreaterThan(drawn.x + drawn.width);
    }
    const columnOf = (role: string) => new Set(map.nodes.filter((drawn) => drawn.node.role === role).map((drawn) => drawn.node.column));
    expect([...columnOf('key-point')]).toEqual([0]);
    expect([...columnOf('source')]).toEqual([2]);
    // Claims that lead to no key point start the band right of the sources.
    const others = new Set(argument.outline.others.flatMap((group) => group.items).map((item) => claimKey(item.claim.id)));
    for (const drawn of map.nodes) if (others.has(drawn.node.key)) expect(drawn.node.column, drawn.node.key).toBe(3);
  });

  it('is at most 2,000 px tall, with no edge longer than 900 px (drawn at 1:1)', () => {
    expect(map.height).toBeLessThanOrEqual(2000);
    expect(map.edges.filter(({ path }) => pathLength(path) > 900).map(({ edge }) => `${edge.from} → ${edge.to}`)).toEqual([]);
  });

  it('lays the same graph out the same way twice', async () => {
    expect(await layOutArgumentMap(argument.graph)).toEqual(map);
  });

  it('orders the sources by where the claims citing them are drawn, and lists them so', () => {
    const order = sourcesInCitingOrder(brief, argument.outline).map((entry) => sourceKey(entry.reference.id));
    expect(argument.graph.nodes.filter((node) => node.role === 'source').map((node) => node.key)).toEqual(order);
    // The ceasefire talks' sources, cited by the fifth key point's tree, come after the Guardian, cited in the third's.
    expect(order.indexOf(sourceKey('aljazeera-2025-talks-resume'))).toBeGreaterThan(order.indexOf(sourceKey('guardian-2025-border-clashes')));
  });

  it('reads down each column in the graph’s order, so tabbing never jumps back up a column', () => {
    const columns = new Map<number, number[]>();
    for (const drawn of map.nodes) columns.set(drawn.node.column, [...(columns.get(drawn.node.column) ?? []), drawn.y]);
    for (const ys of columns.values()) expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('keeps every line of text inside its box, none under 12 px', () => {
    for (const drawn of map.nodes) {
      for (const line of drawn.lines) {
        const size = 12;
        const bold = line.class === 'map-tag' || line.class === 'map-label' ? 1.1 : 1;
        expect(line.x + textWidth(line.text, size, bold), `${drawn.node.key}: ${line.text}`).toBeLessThanOrEqual(drawn.x + drawn.width);
        expect(line.y).toBeLessThan(drawn.y + drawn.height);
        expect(line.y - size).toBeGreaterThanOrEqual(drawn.y);
      }
    }
  });

  it('draws each edge from the node it starts at to the node it points to', () => {
    const byKey = new Map(map.nodes.map((drawn) => [drawn.node.key, drawn]));
    const near = (value: number, low: number, high: number) => value >= low - 2 && value <= high + 2;
    for (const { edge, path } of map.edges) {
      const numbers = path.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
      const [startX, startY] = numbers;
      const [endX, endY] = numbers.slice(-2);
      const from = byKey.get(edge.from)!;
      const to = byKey.get(edge.to)!;
      expect(near(startX!, from.x, from.x + from.width) && near(startY!, from.y, from.y + from.height), `${edge.from} → ${edge.to} starts at its source`).toBe(true);
      expect(near(endX!, to.x, to.x + to.width) && near(endY!, to.y, to.y + to.height), `${edge.from} → ${edge.to} ends at its target`).toBe(true);
    }
  });
});

describe('a claim’s neighbourhood', () => {
  const claim = brief.claims.find((candidate) => candidate.id === 'india-strategic-space-balochistan')!;
  const map = neighbourhoodMap(claim, argument.graph, argument.outline);

  it('shows the claim, its key point, its sources and only those', () => {
    expect(map.nodes.map((drawn) => drawn.node.key).sort()).toEqual(
      [claimKey(claim.id), claimKey('kp-india-destabilisation'), sourceKey('pips-2023-india-afghanistan'), sourceKey('dawn-2020-proof-indian-terrorism')].sort(),
    );
    expect(map.edges).toHaveLength(3);
    expect(overlappingPairs(map)).toEqual([]);
  });

  it('shows the claims linking to a key point, and follows a claim up to its key point', () => {
    const keyPoint = brief.claims.find((candidate) => candidate.id === 'kp-india-destabilisation')!;
    const around = neighbourhoodMap(keyPoint, argument.graph, argument.outline);
    for (const link of keyPoint.linksIn) expect(around.nodes.map((drawn) => drawn.node.key)).toContain(claimKey(link.claim.id));
    expect(overlappingPairs(around)).toEqual([]);
    const deep = brief.claims.find((candidate) => candidate.id === 'kabul-river-share-cut')!;
    expect(ancestors(argument.outline, deep).map((other) => other.id)).toEqual(['afghan-dams-india-aided']);
  });
});

describe('evidence at a glance', () => {
  const stats = evidenceStats(brief, argument.sections);
  it('counts the claims by kind and by section, each adding up to all claims', () => {
    const sum = (bars: Array<{ count: number }>) => bars.reduce((total, bar) => total + bar.count, 0);
    expect(sum(stats.byKind)).toBe(brief.claims.length);
    expect(sum(stats.bySection)).toBe(brief.claims.length);
    expect(stats.byKind.find((bar) => bar.label === 'fact')!.count).toBe(brief.claims.filter((claim) => claim.kind === 'fact').length);
    expect(stats.bySection.map((bar) => bar.label)).toEqual(['Key Points', 'Analysis', 'Way Forward']);
  });

  it('counts cited, uncited and one-side-only claims: the India-linked claims rest on Pakistani sources alone', () => {
    const bar = (label: string) => stats.byEvidence.find((entry) => entry.label === label)?.count;
    expect(bar('no cited evidence')).toBe(brief.claims.filter((claim) => claim.citations.length === 0).length);
    expect(bar('rest on cited evidence')).toBe(brief.claims.filter((claim) => claim.citations.length > 0).length);
    const pakistaniOnly = brief.claims.filter((claim) => claim.citations.length > 0 && claim.citations.every((citation) => citation.reference.perspective?.startsWith('Pakistani')));
    expect(pakistaniOnly.map((claim) => claim.id)).toEqual(expect.arrayContaining(['kp-india-destabilisation', 'india-strategic-space-balochistan', 'india-policy-destabilize-pakistan']));
    expect(bar('of which on Pakistani sources only')).toBe(pakistaniOnly.length);
  });
});
