// @ts-check
/**
 * Hashes of content and code, for the build's caches: Astro's page keys
 * (`site/page-keys.ts`) and the build's own step cache (`src/lib/site/step-cache.mjs`).
 * One home for what counts as the project's code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The hash of some strings and buffers, in order. @param {ReadonlyArray<string | Uint8Array>} parts */
export function hashOf(parts) {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part);
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** @param {string} file */
export function fileHash(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Every file under a folder, by its path relative to the folder and its bytes;
 * none when the folder does not exist. `keep` can leave paths out.
 * @param {string} dir @param {(path: string) => boolean} [keep]
 */
export function treeHash(dir, keep = () => true) {
  /** @type {string[]} */
  const parts = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const name of listDir(folder)) {
      const path = join(folder, name);
      if (!keep(path)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else parts.push(relative(dir, path), fileHash(path));
    }
  };
  walk(dir);
  return hashOf(parts);
}

/**
 * The project's code and what it runs on: `src/`, `astro.config.mjs`,
 * `package.json` (its version among it) and `package-lock.json` (every
 * package's version). A change to any renders and runs everything again.
 * @param {string} root the project folder
 */
export function codeHash(root) {
  return hashOf([treeHash(join(root, 'src')), ...['astro.config.mjs', 'package.json', 'package-lock.json'].map((file) => fileHash(join(root, file)))]);
}

/** A folder's entries in a fixed order; none when it does not exist. @param {string} dir */
export function listDir(dir) {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
}
