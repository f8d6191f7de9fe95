/**
 * The reserved lists of `src/lib/content/reserved-ids.ts` against the built site:
 * every id on every page that is not a claim's or a heading of the brief's
 * own text must be reserved, and every top-level path of dist/ that is not a
 * brief's folder must be reserved, so a new layout id or a new file at the
 * top cannot slip past the check that keeps claims and briefs off them.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESERVED_TOP_LEVEL_PATHS, reservedElementId } from '../../src/lib/content/reserved-ids';
import { claims } from '../support/content';
import { listFiles, page, selectAll } from '../support/dist';
import { briefId, distDir } from '../support/site';

const claimIds = new Set(claims.map((claim) => claim.id));

describe('reserved ids and paths cover what the build writes', () => {
  it('every layout id of the reading view is in the reserved list', () => {
    const unreserved = new Set<string>();
    // Claims take their ids as element ids in the reading view alone; other pages' ids cannot meet them.
    for (const file of listFiles(distDir).filter((name) => /^[^/]+\/index\.html$/.test(name) && name.startsWith(`${briefId}/`))) {
      const tree = page(distDir, file);
      // Headings of the author's text get ids from their words; a claim id equal to one is refused when the brief is anchored.
      const headingIds = new Set(selectAll('.brief-text :is(h1, h2, h3, h4, h5, h6)[id]', tree).map((heading) => String(heading.properties.id)));
      for (const element of selectAll('[id]', tree)) {
        const id = String(element.properties.id);
        if (claimIds.has(id) || headingIds.has(id)) continue;
        if (!reservedElementId(id)) unreserved.add(`${id} (${file})`);
      }
    }
    expect([...unreserved], 'add these to RESERVED_ELEMENT_IDS in src/lib/content/reserved-ids.ts').toEqual([]);
  });

  it('the reading view carries the reserved ids it owns, so the list is not stale', () => {
    const ids = selectAll('[id]', page(distDir, `${briefId}/index.html`)).map((element) => String(element.properties.id));
    for (const id of ['main', 'site-search', 'references']) expect(ids).toContain(id);
    expect(ids.some((id) => id.startsWith('ref-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('note-'))).toBe(true);
  });

  it('every top-level path of dist/ but the briefs is reserved', () => {
    const reserved = new Set(RESERVED_TOP_LEVEL_PATHS.map((path) => path.toLowerCase()));
    const unreserved = readdirSync(distDir).filter((name) => name !== briefId && !reserved.has(name.toLowerCase()));
    expect(unreserved, 'add these to RESERVED_TOP_LEVEL_PATHS in src/lib/content/reserved-ids.ts').toEqual([]);
  });
});
