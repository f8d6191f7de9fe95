import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup, type Plugin } from 'rollup';
import { afterAll, describe, expect, it } from 'vitest';
import dataStoreModule, { DATA_STORE_FILE, DATA_STORE_MODULE_ID, dataStoreAsJson } from '../../src/integrations/data-store-module.mjs';

// A store shaped like Astro's (devalue's flat form), with what JSON escapes.
const store = [['Map', 1, 2], 'briefs', ['Map', 3, 4], 'x', { body: 'quotes " and \\ and \u2028 and </script>', n: 3 }];

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function storeFile(text: string): URL {
  const folder = mkdtempSync(join(tmpdir(), 'data-store-'));
  folders.push(folder);
  const file = join(folder, DATA_STORE_FILE);
  writeFileSync(file, text);
  return pathToFileURL(file);
}

function load(plugin: ReturnType<typeof dataStoreAsJson>, id: string) {
  const hook = plugin.load as { order: string; handler: (id: string) => { code: string } | null };
  return hook.handler(id);
}

describe('dataStoreAsJson', () => {
  it('makes the store one string literal handed to JSON.parse, whatever its size, and gives back the same value', async () => {
    const small = load(dataStoreAsJson(storeFile(JSON.stringify(store))), DATA_STORE_MODULE_ID);
    const large = load(dataStoreAsJson(storeFile(JSON.stringify(Array.from({ length: 5000 }, () => store)))), DATA_STORE_MODULE_ID);
    for (const module of [small, large]) expect(module?.code).toMatch(/^export default JSON\.parse\("(?:[^"\\]|\\.)*"\);$/);
    const { default: value } = await import(`data:text/javascript,${encodeURIComponent(small?.code ?? '')}`);
    expect(value).toEqual(store);
  });

  it('wins over a load hook shaped like Astro’s own, placed before it, in a real Rollup bundle', async () => {
    // Astro's plugin: enforce 'pre' (so ahead of ours in the list) and a plain load hook.
    const astroLike: Plugin = {
      name: 'astro-like',
      resolveId: (id) => (id === 'astro:data-layer-content' ? DATA_STORE_MODULE_ID : id === 'entry' ? id : null),
      load: (id) => (id === DATA_STORE_MODULE_ID ? 'export default ["object literal"];' : id === 'entry' ? 'import store from "astro:data-layer-content"; export { store };' : null),
    };
    const bundle = await rollup({ input: 'entry', plugins: [astroLike, dataStoreAsJson(storeFile(JSON.stringify(store)))] });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    expect(output[0].code).toContain(`JSON.parse(${JSON.stringify(JSON.stringify(store))})`);
    expect(output[0].code).not.toContain('object literal');
  });

  it('leaves other modules and a missing store to Astro', () => {
    expect(load(dataStoreAsJson(storeFile('[]')), 'astro:content')).toBeNull();
    expect(load(dataStoreAsJson(pathToFileURL(join(tmpdir(), 'no-such-folder', DATA_STORE_FILE))), DATA_STORE_MODULE_ID)).toBeNull();
  });

  it('names the file when the store is not JSON', () => {
    const file = storeFile('[["Map", 1');
    expect(() => load(dataStoreAsJson(file), DATA_STORE_MODULE_ID)).toThrow(/data-store\.json: Astro's content store is not JSON .*delete it and build again/);
  });

  // What the plugin takes from Astro's code: if an upgrade changes any of it, the plugin may
  // quietly stop serving the store, and the build's memory would grow again.
  const astroFile = (path: string) => readFileSync(join(import.meta.dirname, '../../node_modules/astro/dist/content', path), 'utf8');

  it('uses the names Astro gives the module and the file (astro/dist/content/consts.js)', () => {
    const consts = astroFile('consts.js');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(DATA_STORE_MODULE_ID).toBe('\0astro:data-layer-content');
    expect(consts).toContain(`const DATA_STORE_FILE = "${DATA_STORE_FILE}";`);
  });

  it('reads the store where Astro’s build reads it (cacheDir), and Astro’s own load hook has no order that would put it first', () => {
    expect(astroFile('content-layer.js')).toContain('new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
    const virtualModule = astroFile('vite-plugin-content-virtual-mod.js');
    expect(virtualModule).toContain('    async load(id, args) {');
    expect(virtualModule).not.toMatch(/load:\s*\{/);
  });
});

describe('dataStoreModule', () => {
  const cacheDir = new URL('./', storeFile(JSON.stringify(store)));
  const setup = (command: string) => {
    const updates: unknown[] = [];
    const hook = dataStoreModule().hooks['astro:config:setup'] as unknown as (options: object) => void;
    hook({ command, config: { cacheDir }, updateConfig: (update: unknown) => updates.push(update) });
    return updates as Array<{ vite: { plugins: Array<ReturnType<typeof dataStoreAsJson>> } }>;
  };

  it('adds the plugin to a build, reading the store in cacheDir, and leaves the dev server as Astro made it', () => {
    const [update, ...more] = setup('build');
    expect(more).toEqual([]);
    expect(update?.vite.plugins.map((plugin) => plugin.name)).toEqual(['reader:data-store-as-json']);
    const [plugin] = update?.vite.plugins ?? [];
    expect(plugin && load(plugin, DATA_STORE_MODULE_ID)?.code).toBe(`export default JSON.parse(${JSON.stringify(JSON.stringify(store))});`);
    expect(setup('dev')).toEqual([]);
  });
});
