/**
 * A brief's argument, worked out once per build however many pages use it:
 * the section of each claim, the outline, the graph, and (for the map page)
 * the graph laid out.
 */
import { argumentGraph, isKeyPoint, type ArgumentGraph } from './argument-graph';
import { layOutArgumentMap, type DrawnMap } from './argument-map-layout';
import { argumentOutline, type ArgumentOutline } from './argument-outline';
import type { LinkedBrief } from './link-graph';
import type { SitePaths } from './paths';

export interface BriefArgument {
  /** Section title by claim id. */
  sections: Map<string, string>;
  outline: ArgumentOutline;
  graph: ArgumentGraph;
}

const structures = new WeakMap<LinkedBrief, BriefArgument>();
const drawings = new WeakMap<LinkedBrief, Promise<DrawnMap>>();

/**
 * The brief's argument. `sections` (section title by claim id, from
 * `claimSections` over the rendered brief's contexts) is read on the first
 * call for a brief only.
 */
export function briefArgument(brief: LinkedBrief, paths: SitePaths, sections: Map<string, string>): BriefArgument {
  let structure = structures.get(brief);
  if (!structure) {
    const outline = argumentOutline(brief, sections, (claim) => isKeyPoint(claim, sections));
    structure = { sections, outline, graph: argumentGraph(brief, outline, sections, paths) };
    structures.set(brief, structure);
  }
  return structure;
}

/** The brief's whole map, laid out. */
export function briefMapDrawing(brief: LinkedBrief, paths: SitePaths, sections: Map<string, string>): Promise<DrawnMap> {
  let drawing = drawings.get(brief);
  if (!drawing) {
    drawing = layOutArgumentMap(briefArgument(brief, paths, sections).graph);
    drawings.set(brief, drawing);
  }
  return drawing;
}
