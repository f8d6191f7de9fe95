// @ts-check
/**
 * Astro integration: in `astro build`, the content store reaches the
 * bundle as one string, `export default JSON.parse("…")`, instead of the
 * JavaScript object literal Astro 5 makes of it with `dataToEsm`.
 *
 * Why: Rollup holds the syntax tree of every module it bundles, and the
 * object literal's tree grows with the store, an entry per value. At 1,000
 * briefs the store is 10 MB and 384,000 values, and bundling it took the
 * build's heap to 1.5 GB, the peak of the whole build (README, "Scale"). A
 * string literal is one node of the tree at any size, and `JSON.parse` gives
 * back the very value Astro reads (`ImmutableDataStore.fromModule`).
 * Astro 6 does the same upstream (https://github.com/withastro/astro/pull/17430);
 * this can go when the site moves to Astro 6 (it needs Node 22).
 *
 * The two names below are Astro's (`astro/dist/content/consts.js`, which its
 * package does not export): the virtual module's resolved id and the store's
 * file in `cacheDir`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of `astro:data-layer-content`. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Astro's content store, in `cacheDir` for a build. */
export const DATA_STORE_FILE = 'data-store.json';

/**
 * The Vite plugin. Its `load` runs before Astro's (`order: 'pre'`), and
 * leaves the module to Astro when there is no store file yet.
 * @param {URL} storeFile the store's file
 * @returns {import('vite').Plugin}
 */
export function dataStoreAsJson(storeFile) {
  return {
    name: 'reader:data-store-as-json',
    load: {
      order: 'pre',
      handler(id) {
        if (id !== DATA_STORE_MODULE_ID || !existsSync(storeFile)) return null;
        const json = readFileSync(storeFile, 'utf8');
        // Parsed once here so a broken store fails with its file's name, not in the bundle.
        try {
          JSON.parse(json);
        } catch (error) {
          throw new Error(`${fileURLToPath(storeFile)}: Astro's content store is not JSON (${error instanceof Error ? error.message : error}); delete it and build again`);
        }
        return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
      },
    },
  };
}

/** @returns {import('astro').AstroIntegration} */
export default function dataStoreModule() {
  return {
    name: 'reader:data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [dataStoreAsJson(new URL(DATA_STORE_FILE, config.cacheDir))] } });
      },
    },
  };
}
