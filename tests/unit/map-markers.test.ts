/** A drawn map carries the arrowheads of the relations its edges use, and no others (src/lib/map/map-markers.ts). */
import { describe, expect, it } from 'vitest';
import type { MapRelation } from '../../src/lib/map/argument-graph';
import { markerRelations } from '../../src/lib/map/map-markers';

const edges = (...relations: MapRelation[]) => ({ edges: relations.map((relation, index) => ({ edge: { from: `a${index}`, to: 'b', relation }, path: 'M0 0' })) });

describe('markerRelations', () => {
  it('lists each relation the edges use once, in the order of the legend', () => {
    expect(markerRelations(edges('contrasts', 'elaborates', 'contrasts'))).toEqual(['elaborates', 'contrasts']);
  });

  it('lists every relation when every one is used', () => {
    expect(markerRelations(edges('context', 'disputes', 'qualifies', 'supports', 'elaborates', 'contrasts'))).toEqual(['elaborates', 'supports', 'qualifies', 'disputes', 'context', 'contrasts']);
  });

  it('lists none for a map without edges', () => {
    expect(markerRelations(edges())).toEqual([]);
  });
});
