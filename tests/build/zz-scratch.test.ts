import { afterAll, beforeAll, it } from 'vitest';
import { claimIdOf, openPagefind, type NodePagefind } from '../support/pagefind';
import { distDir } from '../support/site';
let pf: NodePagefind;
beforeAll(async () => { pf = await openPagefind(distDir); });
afterAll(async () => { await pf?.close(); });
it('prints', async () => {
  for (const q of (process.env.QUERIES ?? '').split(',')) {
    const a = await pf.claims.search(q, {}, 5);
    console.log(JSON.stringify({ q, coverage: a.coverage, total: a.total, missing: a.missing, suggestion: a.suggestion, inText: a.inText, top: a.results.map((r) => [claimIdOf(r.claimPage), r.place.in, r.holds.join('+'), r.place.in==='other-name'?r.place.typed+'>'+r.place.written:''].join(' ')) }));
  }
});
