// @ts-check
/**
 * The build's own cache, beside Astro's in its cache folder
 * (`<cacheDir>/reader/`): the output of a step of ours (a shard of the
 * search index, the content check of a brief)
 * under the hash of everything that step reads. A step whose key is in the
 * cache is not run again: its output is copied back.
 *
 * - An entry is written to a temporary folder and renamed into place, so a
 *   build that stops half-way never leaves a half-written entry.
 * - Entries no build used last are removed at the end of a build (`prune`),
 *   so the cache holds one library's worth, not every library it ever saw.
 * - Every key is salted with the project's code (`codeHash`), so a change of
 *   code runs every step again.
 * - `cold` (`npm run build -- --force`) reuses nothing and writes afresh.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hashOf } from '../content/content-hash.mjs';

/**
 * @param {string} cacheDir Astro's cache folder
 * @param {{ code: string, cold?: boolean }} options `code`: the project's `codeHash`
 */
export function stepCache(cacheDir, { code, cold = false }) {
  const root = join(cacheDir, 'reader');
  /** @type {Map<string, Set<string>>} the entries used in this build, by kind */
  const used = new Map();
  const entry = (/** @type {string} */ kind, /** @type {string} */ key) => join(root, kind, key);
  const use = (/** @type {string} */ kind, /** @type {string} */ key) => {
    if (!used.has(kind)) used.set(kind, new Set());
    used.get(kind)?.add(key);
  };
  let hits = 0;
  let misses = 0;

  return {
    /**
     * A folder made by `make`, or copied from the cache when `key` is there.
     * @param {string} kind @param {string} key @param {string} into
     * @param {(into: string) => Promise<void>} make writes the folder's files into the (empty) folder it is given
     * @returns {Promise<boolean>} whether it came from the cache
     */
    async folder(kind, key, into, make) {
      key = hashOf([code, key]);
      use(kind, key);
      const cached = entry(kind, key);
      if (!cold && existsSync(cached)) {
        cpSync(cached, into, { recursive: true });
        hits += 1;
        return true;
      }
      misses += 1;
      // Made apart, so the entry holds only what `make` wrote, whatever `into` already held.
      const temporary = `${cached}.${process.pid}.tmp`;
      rmSync(temporary, { recursive: true, force: true });
      mkdirSync(temporary, { recursive: true });
      await make(temporary);
      rmSync(cached, { recursive: true, force: true });
      renameSync(temporary, cached);
      cpSync(cached, into, { recursive: true });
      return false;
    },

    /**
     * A check run, or skipped when it passed last time with this key: only a
     * pass is kept, so a failing check runs, and says why, every time.
     * @template P @param {string} kind @param {string} key @param {() => Promise<P[]>} check its problems
     * @returns {Promise<P[]>}
     */
    async passed(kind, key, check) {
      key = hashOf([code, key]);
      use(kind, key);
      const cached = entry(kind, key);
      if (!cold && existsSync(cached)) {
        hits += 1;
        return [];
      }
      misses += 1;
      const problems = await check();
      if (problems.length === 0) {
        mkdirSync(dirname(cached), { recursive: true });
        writeFileSync(cached, '');
      }
      return problems;
    },

    /** Removes the entries of `kinds` that this build did not use. @param {string[]} kinds */
    prune(kinds) {
      for (const kind of kinds) {
        const keep = used.get(kind) ?? new Set();
        let names;
        try {
          names = readdirSync(join(root, kind));
        } catch {
          continue;
        }
        for (const name of names) if (!keep.has(name)) rmSync(join(root, kind, name), { recursive: true, force: true });
      }
    },

    /** How many steps were reused and how many run. */
    get counts() {
      return { reused: hits, run: misses };
    },
  };
}
