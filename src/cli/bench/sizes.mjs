// @ts-check
/**
 * Step 2: what `dist/` would send, file by file, raw and gzipped. Each file is
 * gzipped on its own with Node's default level, as the static server does, so
 * the gzip column is the body a reader receives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, raw: number, gzip: number }} FileSize */
/** @typedef {{ files: FileSize[], raw: number, gzip: number }} SizeGroup */

/**
 * Pagefind stores its index and wasm already gzipped; the server sends them
 * as they are, so their "gzip" size is their stored size.
 * @param {Buffer} bytes
 */
const isGzipped = (bytes) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** @param {string} dist @param {string} path @returns {FileSize} */
function sizeOf(dist, path) {
  const bytes = readFileSync(path);
  return { file: relative(dist, path), raw: bytes.length, gzip: isGzipped(bytes) ? bytes.length : gzipSync(bytes).length };
}

/** @param {FileSize[]} files @returns {SizeGroup} */
function group(files) {
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/** @param {string} dir @param {(name: string) => boolean} keep @returns {string[]} */
function filesIn(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * The chunks each of our chunks imports, statically or with `import()`.
 * Vite writes them as `from"./x.js"`, `import"./x.js"` and `import("./x.js")`;
 * the `__vite__mapDeps` list (written `"_astro/x.js"`) is only a preload hint
 * for a dynamic import and does not make the importer depend on the chunk.
 * @param {string[]} paths
 * @returns {Map<string, Set<string>>}  chunk name → names of the chunks it imports
 */
function importGraph(paths) {
  /** @type {Map<string, Set<string>>} */
  const graph = new Map();
  const pattern = /(?:\bfrom|\bimport)\s*\(?\s*["']\.\/([^"']+\.js)["']/g;
  for (const path of paths) {
    const imports = new Set([...readFileSync(path, 'utf8').matchAll(pattern)].map((match) => match[1] ?? ''));
    graph.set(basename(path), imports);
  }
  return graph;
}

/**
 * The search code alone: the `search-*` chunks plus any chunk that only they
 * import (transitively). Shared chunks (the preload helper, the link helpers
 * the citation preview also uses) belong to everyone and are not counted here.
 * @param {Map<string, Set<string>>} graph
 * @returns {Set<string>}
 */
function searchOnlyChunks(graph) {
  const search = new Set([...graph.keys()].filter((name) => name.startsWith('search-')));
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of graph.keys()) {
      if (search.has(name)) continue;
      const importers = [...graph].filter(([, imports]) => imports.has(name)).map(([importer]) => importer);
      if (importers.length > 0 && importers.every((importer) => search.has(importer))) {
        search.add(name);
        grew = true;
      }
    }
  }
  return search;
}

/**
 * @param {string} dist
 * @returns {{ js: SizeGroup, searchJs: SizeGroup, otherJs: SizeGroup, css: SizeGroup, pagefindQuery: SizeGroup, readingHtml: SizeGroup }}
 */
export function measureDistSizes(dist) {
  const astro = join(dist, '_astro');
  const jsPaths = filesIn(astro, (name) => name.endsWith('.js'));
  const search = searchOnlyChunks(importGraph(jsPaths));
  const js = jsPaths.map((path) => sizeOf(dist, path));

  const pagefind = join(dist, 'pagefind');
  const pagefindQuery = filesIn(
    pagefind,
    (name) =>
      name === 'pagefind.js' ||
      name === 'pagefind-worker.js' ||
      name === 'pagefind-entry.json' ||
      /^wasm\..+\.pagefind$/.test(name) ||
      name.endsWith('.pf_meta'),
  );

  const readingHtml = join(dist, 'pakistan-afghanistan-2025', 'index.html');
  return {
    js: group(js),
    searchJs: group(js.filter((size) => search.has(basename(size.file)))),
    otherJs: group(js.filter((size) => !search.has(basename(size.file)))),
    css: group(filesIn(astro, (name) => name.endsWith('.css')).map((path) => sizeOf(dist, path))),
    pagefindQuery: group(pagefindQuery.map((path) => sizeOf(dist, path))),
    readingHtml: group(existsSync(readingHtml) ? [sizeOf(dist, readingHtml)] : []),
  };
}
