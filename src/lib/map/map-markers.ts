/**
 * The arrowheads a drawn map needs: one SVG <marker> for each relation its
 * edges use, not all six. Every claim page inlines its neighbourhood map, so
 * the unused markers (about 190 bytes each) were repeated on every claim page
 * (issue 29: a lighter deploy).
 */
import { MAP_RELATIONS, type MapRelation } from './argument-graph';
import type { DrawnMap } from './argument-map-layout';

/** The relations the map's edges use, in MAP_RELATIONS' order. */
export function markerRelations(map: Pick<DrawnMap, 'edges'>): MapRelation[] {
  const used = new Set(map.edges.map(({ edge }) => edge.relation));
  return MAP_RELATIONS.filter((relation) => used.has(relation));
}
