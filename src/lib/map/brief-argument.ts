/**
 * A brief's argument, worked out once for all the pages of a route that use
 * it: the section of each claim, the outline, the graph, and (for the map
 * page) the graph laid out. Only the last few briefs' are kept
 * (src/lib/site/recent-cache.ts), so the build's memory does not grow with the
 * number of briefs.
 */
import { argumentGraph, isKeyPoint, type ArgumentGraph } from './argument-graph';
import { layOutArgumentMap, type DrawnMap } from './argument-map-layout';
import { argumentOutline, type ArgumentOutline } from './argument-outline';
import type { LinkedBrief } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import { BRIEFS_KEPT, recentCache } from '../site/recent-cache';

export interface BriefArgument {
  /** Section title by claim id. */
  sections: Map<string, string>;
  outline: ArgumentOutline;
  graph: ArgumentGraph;
}

const structures = recentCache<LinkedBrief, BriefArgument>(BRIEFS_KEPT);
const drawings = recentCache<LinkedBrief, Promise<DrawnMap>>(BRIEFS_KEPT);

/**
 * The brief's argument. `sections` (section title by claim id, from
 * `claimSections` over the rendered brief's contexts) is read on the first
 * call for a brief only.
 */
export function briefArgument(brief: LinkedBrief, paths: SitePaths, sections: Map<string, string>): BriefArgument {
  return structures.get(brief, () => {
    const outline = argumentOutline(brief, sections, (claim) => isKeyPoint(claim, sections));
    return { sections, outline, graph: argumentGraph(brief, outline, sections, paths) };
  });
}

/** The brief's whole map, laid out. */
export function briefMapDrawing(brief: LinkedBrief, paths: SitePaths, sections: Map<string, string>): Promise<DrawnMap> {
  return drawings.get(brief, () => layOutArgumentMap(briefArgument(brief, paths, sections).graph));
}
