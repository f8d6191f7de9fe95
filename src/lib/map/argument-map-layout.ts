/**
 * The argument graph laid out for drawing: each node's box, shape and lines
 * of text, each edge's path. ELK's layered algorithm (elkjs, run in Node at
 * build time) places the nodes in columns — key points, then the claims
 * that bear on them, then the sources — and routes the edges; everything
 * else here is our own geometry, so the page ships plain SVG.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ArgumentGraph, MapEdge, MapNode, MapNodeRole } from './argument-graph';
import { KIND_LABELS } from '../render/labels';
import { BOLD_FACTOR, wrapText } from './wrap-text';

/**
 * Sizes in px (SVG user units). The map is drawn at 1:1 and never scaled
 * down on screen (argument-map.css), so these are the sizes a reader sees:
 * no text under 12 px.
 */
export const NODE_WIDTH: Record<MapNodeRole, number> = { 'key-point': 204, claim: 204, source: 172 };
const PADDING = 8;
/** Room kept free of text on the right, where a shape may slant. */
const SHAPE_INSET = 8;
export const TAG_SIZE = 12;
const TAG_LINE = 15;
export const TEXT_SIZE = 12;
const TEXT_LINE = 15;
export const SOURCE_NOTE_SIZE = 12;
const SOURCE_NOTE_LINE = 15;
/** The full words are in the node's title and in the list under the map; the box shows their start. */
const MAX_QUOTE_LINES = 2;
/** Space between a focus ring and its node. */
const RING_GAP = 3;

export type TextClass = 'map-tag' | 'map-text' | 'map-label' | 'map-note';

export interface DrawnLine {
  text: string;
  x: number;
  y: number;
  class: TextClass;
}

export interface DrawnNode {
  node: MapNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The outline, a path in page coordinates. */
  shape: string;
  lines: DrawnLine[];
  /** The focus ring: the box with a small margin. */
  ring: { x: number; y: number; width: number; height: number };
}

export interface DrawnEdge {
  edge: MapEdge;
  /** From the relation's start to its end, where the arrowhead goes. */
  path: string;
}

export interface DrawnMap {
  width: number;
  height: number;
  /** In the graph's reading order. */
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** The words on a node's first line: what the node is. */
export function nodeTag(node: MapNode): string {
  if (node.role === 'source') return `Source [${node.sourceNumber}]`;
  const kind = KIND_LABELS[node.kind!].label;
  const parts = [node.role === 'key-point' ? `Key point · ${kind}` : kind];
  if (node.noEvidence) parts.push('no evidence');
  // Sentence case, not capitals: at 12 px, capitals would take a second line in most boxes.
  const tag = parts.join(' · ');
  return tag.charAt(0).toUpperCase() + tag.slice(1);
}

interface MeasuredNode {
  width: number;
  height: number;
  /** Lines relative to the node's top left corner. */
  lines: DrawnLine[];
}

/** The node's lines of text, wrapped to its width, and the height they need. */
export function measureNode(node: MapNode): MeasuredNode {
  const width = NODE_WIDTH[node.role];
  const room = width - 2 * PADDING - SHAPE_INSET;
  const lines: DrawnLine[] = [];
  let y = PADDING;
  const add = (texts: string[], lineHeight: number, size: number, textClass: TextClass) => {
    for (const text of texts) {
      // The baseline sits about a fifth of the line above its bottom.
      lines.push({ text, x: PADDING, y: Math.round(y + size + (lineHeight - size) / 2 - 1), class: textClass });
      y += lineHeight;
    }
  };
  add(wrapText(nodeTag(node), { width: room, fontSize: TAG_SIZE, factor: BOLD_FACTOR }), TAG_LINE, TAG_SIZE, 'map-tag');
  if (node.role === 'source') {
    add(wrapText(node.sourceLabel!, { width: room, fontSize: TEXT_SIZE, factor: BOLD_FACTOR, maxLines: 2 }), TEXT_LINE, TEXT_SIZE, 'map-label');
    if (node.perspective) add(wrapText(node.perspective, { width: room, fontSize: SOURCE_NOTE_SIZE, maxLines: 4 }), SOURCE_NOTE_LINE, SOURCE_NOTE_SIZE, 'map-note');
  } else {
    add(wrapText(node.fullText, { width: room, fontSize: TEXT_SIZE, maxLines: MAX_QUOTE_LINES }), TEXT_LINE, TEXT_SIZE, 'map-text');
  }
  return { width, height: Math.ceil(y + PADDING - 2), lines };
}

/**
 * The outline of a node: the shape says the claim's kind (the tag says it
 * in words too), a folded corner marks a source.
 */
export function nodeShape(node: MapNode, x: number, y: number, w: number, h: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const poly = (points: Array<[number, number]>) => `M${points.map(([px, py]) => `${r(px)} ${r(py)}`).join('L')}Z`;
  const cut = Math.min(10, h / 3);
  if (node.role === 'source') {
    return poly([[x, y], [x + w - cut, y], [x + w, y + cut], [x + w, y + h], [x, y + h]]) + `M${r(x + w - cut)} ${r(y)}V${r(y + cut)}H${r(x + w)}`;
  }
  switch (node.kind) {
    case 'assessment': {
      const k = Math.min(12, h / 2, w / 2);
      return `M${r(x + k)} ${r(y)}H${r(x + w - k)}Q${r(x + w)} ${r(y)} ${r(x + w)} ${r(y + k)}V${r(y + h - k)}Q${r(x + w)} ${r(y + h)} ${r(x + w - k)} ${r(y + h)}H${r(x + k)}Q${r(x)} ${r(y + h)} ${r(x)} ${r(y + h - k)}V${r(y + k)}Q${r(x)} ${r(y)} ${r(x + k)} ${r(y)}Z`;
    }
    case 'recommendation':
      return poly([[x + cut, y], [x + w, y], [x + w, y + h - cut], [x + w - cut, y + h], [x, y + h], [x, y + cut]]);
    case 'prediction':
      return poly([[x, y], [x + w - Math.min(SHAPE_INSET, w / 4), y], [x + w, y + h / 2], [x + w - Math.min(SHAPE_INSET, w / 4), y + h], [x, y + h]]);
    default:
      return poly([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]);
  }
}

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Each node keeps to its column (MapNode.column).
  'elk.partitioning.activate': 'true',
  // One drawing, not a strip of separate pieces: a claim with no links still sits among the claims.
  'elk.separateConnectedComponents': 'false',
  // Each column keeps the graph's order, top to bottom, so the map reads (and tabs) like the outline below it.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.edgeRouting': 'POLYLINE',
  // Straight runs for the long edges keep the tall first band compact (1,869 px for the sample brief, against 1,950 with Brandes–Köpf), and no edge over 834 px.
  'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS',
  'elk.spacing.nodeNode': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '10',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
  'elk.randomSeed': '1',
};

/**
 * Lays the graph out. ELK's layers run left to right in column order, so
 * each edge is given to it from the node in the lower column to the one in
 * the higher (a key point to the claim elaborating it, a claim to its
 * source, a source to a claim of the band right of the sources); it is drawn
 * the way the relation goes, arrowhead on what the relation points to.
 */
export async function layOutArgumentMap(graph: ArgumentGraph, options: Record<string, string> = {}): Promise<DrawnMap> {
  const measured = new Map(graph.nodes.map((node) => [node.key, measureNode(node)]));
  const column = new Map(graph.nodes.map((node) => [node.key, node.column]));
  const forward = graph.edges.map((edge) => column.get(edge.from)! <= column.get(edge.to)!);
  const elkEdges: ElkExtendedEdge[] = graph.edges.map((edge, index) =>
    forward[index] ? { id: `e${index}`, sources: [edge.from], targets: [edge.to] } : { id: `e${index}`, sources: [edge.to], targets: [edge.from] },
  );
  const root: ElkNode = {
    id: 'map',
    layoutOptions: { ...LAYOUT_OPTIONS, ...options },
    children: graph.nodes.map((node) => ({
      id: node.key,
      width: measured.get(node.key)!.width,
      height: measured.get(node.key)!.height,
      layoutOptions: { 'elk.partitioning.partition': String(node.column) },
    })),
    edges: elkEdges,
  };
  const laid = await new ELK().layout(root);
  const byKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const nodes: DrawnNode[] = (laid.children ?? []).map((child) => {
    const node = byKey.get(child.id)!;
    const size = measured.get(child.id)!;
    const x = child.x ?? 0;
    const y = child.y ?? 0;
    return {
      node,
      x,
      y,
      width: size.width,
      height: size.height,
      shape: nodeShape(node, x, y, size.width, size.height),
      lines: size.lines.map((line) => ({ ...line, x: Math.round(x + line.x), y: Math.round(y + line.y) })),
      ring: { x: x - RING_GAP, y: y - RING_GAP, width: size.width + 2 * RING_GAP, height: size.height + 2 * RING_GAP },
    };
  });
  const laidEdges = new Map((laid.edges ?? []).map((edge) => [edge.id, edge as ElkExtendedEdge]));
  const edges: DrawnEdge[] = graph.edges.map((edge, index) => {
    const points = (laidEdges.get(`e${index}`)?.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
    if (!forward[index]) points.reverse();
    return { edge, path: `M${points.map((point) => `${Math.round(point.x)} ${Math.round(point.y)}`).join('L')}` };
  });
  return { width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0), nodes, edges };
}

/** The length of a drawn edge's path (straight segments, as ELK routes them), in px. */
export function pathLength(path: string): number {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  let length = 0;
  for (let index = 2; index + 1 < numbers.length; index += 2) length += Math.hypot(numbers[index]! - numbers[index - 2]!, numbers[index + 1]! - numbers[index - 1]!);
  return length;
}
