import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import dataStoreModule, { DATA_STORE_FILE, DATA_STORE_MODULE_ID, dataStoreAsJson } from '../../src/integrations/data-store-module.mjs';

// A store shaped like Astro's (devalue's flat form), with what JSON escapes.
const store = [['Map', 1, 2], 'briefs', ['Map', 3, 4], 'x', { body: 'quotes " and \\ and \u2028 and </script>', n: 3 }];

function storeFile(text: string): URL {
  const file = join(mkdtempSync(join(tmpdir(), 'data-store-')), DATA_STORE_FILE);
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

  it('runs before Astro’s own load, and leaves other modules and a missing store to Astro', () => {
    const plugin = dataStoreAsJson(storeFile('[]'));
    expect((plugin.load as { order: string }).order).toBe('pre');
    expect(load(plugin, 'astro:content')).toBeNull();
    expect(load(dataStoreAsJson(pathToFileURL(join(tmpdir(), 'no-such-folder', DATA_STORE_FILE))), DATA_STORE_MODULE_ID)).toBeNull();
  });

  it('names the file when the store is not JSON', () => {
    const file = storeFile('[["Map", 1');
    expect(() => load(dataStoreAsJson(file), DATA_STORE_MODULE_ID)).toThrow(/data-store\.json: Astro's content store is not JSON .*delete it and build again/);
  });

  it('uses the names Astro gives the module and the file (astro/dist/content/consts.js)', () => {
    const consts = readFileSync(join(import.meta.dirname, '../../node_modules/astro/dist/content/consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(DATA_STORE_MODULE_ID).toBe('\0astro:data-layer-content');
    expect(consts).toContain(`const DATA_STORE_FILE = "${DATA_STORE_FILE}";`);
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
