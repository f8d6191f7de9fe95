import { afterAll, beforeAll, it } from 'vitest';
import { openPagefind, type NodePagefind } from '../support/pagefind';
import { distDir } from '../support/site';
let pf: NodePagefind;
beforeAll(async () => { pf = await openPagefind(distDir); });
afterAll(async () => { await pf?.close(); });
it('prints', async () => {
  const qs = (process.env.QUERIES ?? '').split(',');
  const all = await Promise.all(qs.map((q) => pf.search(q)));
  for (const [i, s] of all.entries()) {
    const d = await Promise.all(s.results.slice(0, 2).map((r) => r.data()));
    console.log(JSON.stringify({ q: qs[i], n: s.results.length, sc: s.results.slice(0,3).map(r=>r.score), d: d.map((x) => ({ url: x.url, wl: x.weighted_locations, words: x.weighted_locations.map((l) => x.content.split(/\s+/)[l.location]) })) }));
  }
});
