import { afterAll, beforeAll, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { distDir } from '../support/site';
it('prints', async () => {
  const server = await startStaticServer({ root: distDir, base: '/' });
  const m = await import(`${pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href}?x=1`);
  await m.options({ basePath: `${server.url}pagefind/`, baseUrl: '/', ranking: { metaWeights: JSON.parse(process.env.MW ?? '{}') } });
  await m.init();
  for (const q of (process.env.QUERIES ?? '').split(',')) {
    const s = await m.search(q);
    const d = await Promise.all(s.results.slice(0, 3).map((r: any) => r.data()));
    console.log(JSON.stringify({ q, n: s.results.length, scores: s.results.slice(0,5).map((r: any) => r.score), d: d.map((x: any) => ({ url: x.url, wl: x.weighted_locations.length })) }));
  }
  await server.close();
});
