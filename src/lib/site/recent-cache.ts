/**
 * A cache of the work done for the last few keys only, so a build's memory
 * does not grow with the library. Astro renders a route's pages in the order
 * of its static paths, and ours list a brief's pages together (its claim
 * pages one after another, then the next brief's), so keeping the most
 * recently used briefs is enough for each brief's work to be done once per
 * route, however many pages of the route use it.
 */
export interface RecentCache<K, V> {
  /** The value for `key`: the kept one, or `make()`'s, kept in place of the least recently used when full. */
  get: (key: K, make: () => V) => V;
  /** How many values are kept now (at most the capacity). */
  readonly size: number;
}

export function recentCache<K, V>(capacity: number): RecentCache<K, V> {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`a recent cache keeps at least 1 value, not ${capacity}`);
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const kept = new Map<K, V>();
  return {
    get(key, make) {
      if (kept.has(key)) {
        const value = kept.get(key) as V;
        kept.delete(key);
        kept.set(key, value);
        return value;
      }
      const value = make();
      kept.set(key, value);
      if (kept.size > capacity) kept.delete(kept.keys().next().value as K);
      return value;
    },
    get size() {
      return kept.size;
    },
  };
}

/**
 * How many briefs' work the build keeps: the brief whose pages are being
 * rendered and a few before it. A page that reads another brief's work (none
 * does today) would still be right, only slower.
 */
export const BRIEFS_KEPT = 4;
