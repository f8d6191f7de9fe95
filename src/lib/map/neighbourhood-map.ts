/**
 * A claim's neighbourhood, drawn small on its own page: the claim in the
 * middle; to its left what it bears on (the claims it links to, up to its key
 * point); to its right what bears on it (claims linking to it, its sources).
 * Columns are placed here directly: a few boxes need no layout engine, and
 * each of the brief's claim pages stays cheap to build.
 */
import { claimKey, type ArgumentGraph, type MapEdge, type MapNode } from './argument-graph';
import { measureNode, nodeShape, type DrawnEdge, type DrawnMap, type DrawnNode } from './argument-map-layout';
import { outlineItems, type ArgumentOutline } from './argument-outline';
import type { LinkedClaim } from '../content/link-graph';

const COLUMN_GAP = 48;
const ROW_GAP = 12;
const MARGIN = 6;

/** The claims of the outline above `claim`, nearest first: its parent, its parent's parent, …, the root. */
export function ancestors(outline: ArgumentOutline, claim: LinkedClaim): LinkedClaim[] {
  const parent = new Map<LinkedClaim, LinkedClaim>();
  for (const item of outlineItems(outline)) for (const child of item.children) parent.set(child.claim, item.claim);
  const chain: LinkedClaim[] = [];
  for (let at = parent.get(claim); at && !chain.includes(at); at = parent.get(at)) chain.push(at);
  return chain;
}

export function neighbourhoodMap(claim: LinkedClaim, graph: ArgumentGraph, outline: ArgumentOutline): DrawnMap {
  const byKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const self = claimKey(claim.id);
  const chain = ancestors(outline, claim).map((other) => claimKey(other.id));
  const touching = graph.edges.filter((edge) => edge.from === self || edge.to === self);
  // Left: what the claim bears on, and the way up to its key point, nearest column first.
  const leftColumns: string[][] = chain.map((key) => [key]);
  const outward = touching.filter((edge) => edge.from === self).map((edge) => edge.to);
  if (leftColumns.length === 0 && outward.length > 0) leftColumns.push([]);
  for (const key of outward) if (!chain.includes(key)) leftColumns[0]!.push(key);
  const inward = touching.filter((edge) => edge.to === self).map((edge) => edge.from);
  const right = [...new Set([...inward.filter((key) => key.startsWith('claim-')), ...inward.filter((key) => !key.startsWith('claim-'))])];
  const onLeft = new Set(leftColumns.flat());
  const rightKeys = right.filter((key) => !onLeft.has(key));
  const columns = [...leftColumns.reverse(), [self], ...(rightKeys.length ? [rightKeys] : [])].map((keys) => [...new Set(keys)]);

  const chainEdges: MapEdge[] = [];
  const chainKeys = [self, ...chain];
  for (let index = 1; index < chainKeys.length; index++) {
    const from = chainKeys[index - 1]!;
    const to = chainKeys[index]!;
    const edge = graph.edges.find((candidate) => candidate.from === from && candidate.to === to);
    if (edge) chainEdges.push(edge);
  }
  const edges = [...new Set([...touching, ...chainEdges])];

  const measured = columns.map((keys) => keys.map((key) => ({ node: byKey.get(key)!, size: measureNode(byKey.get(key)!) })));
  const columnHeight = (column: typeof measured[number]) => column.reduce((sum, entry) => sum + entry.size.height, 0) + ROW_GAP * (column.length - 1);
  const height = Math.max(...measured.map(columnHeight)) + 2 * MARGIN;
  const drawn = new Map<string, DrawnNode>();
  let x = MARGIN;
  for (const column of measured) {
    const width = Math.max(...column.map((entry) => entry.size.width));
    let y = (height - columnHeight(column)) / 2;
    for (const { node, size } of column) {
      drawn.set(node.key, place(node, size, x + (width - size.width) / 2, y));
      y += size.height + ROW_GAP;
    }
    x += width + COLUMN_GAP;
  }
  return {
    width: Math.ceil(x - COLUMN_GAP + MARGIN),
    height: Math.ceil(height),
    // Reading order: left to right, top to bottom.
    nodes: [...drawn.values()],
    edges: edges.map((edge) => connect(edge, drawn.get(edge.from)!, drawn.get(edge.to)!)),
  };
}

function place(node: MapNode, size: ReturnType<typeof measureNode>, x: number, y: number): DrawnNode {
  x = Math.round(x);
  y = Math.round(y);
  return {
    node,
    x,
    y,
    width: size.width,
    height: size.height,
    shape: nodeShape(node, x, y, size.width, size.height),
    lines: size.lines.map((line) => ({ ...line, x: x + line.x, y: y + line.y })),
    ring: { x: x - 3, y: y - 3, width: size.width + 6, height: size.height + 6 },
  };
}

/** A curve from the side of one box to the facing side of the other. */
function connect(edge: MapEdge, from: DrawnNode, to: DrawnNode): DrawnEdge {
  const leftToRight = from.x < to.x;
  const start = { x: leftToRight ? from.x + from.width : from.x, y: from.y + from.height / 2 };
  const end = { x: leftToRight ? to.x : to.x + to.width, y: to.y + to.height / 2 };
  const bend = (end.x - start.x) / 2;
  const r = Math.round;
  return { edge, path: `M${r(start.x)} ${r(start.y)}C${r(start.x + bend)} ${r(start.y)} ${r(end.x - bend)} ${r(end.y)} ${r(end.x)} ${r(end.y)}` };
}

