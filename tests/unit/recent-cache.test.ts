import { describe, expect, it } from 'vitest';
import { recentCache } from '../../src/lib/site/recent-cache';

/** A cache whose `make` records each key it had to make. */
function counted(capacity: number) {
  const cache = recentCache<string, string>(capacity);
  const made: string[] = [];
  const get = (key: string) => cache.get(key, () => (made.push(key), `value of ${key}`));
  return { cache, made, get };
}

describe('recentCache', () => {
  it('makes a value once while its key is among the most recent', () => {
    const { made, get } = counted(2);
    expect(get('a')).toBe('value of a');
    expect(get('a')).toBe('value of a');
    get('b');
    get('a');
    expect(made).toEqual(['a', 'b']);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const { cache, made, get } = counted(2);
    get('a');
    get('b');
    get('a'); // a is now the most recent: c pushes b out, not a
    get('c');
    expect(cache.size).toBe(2);
    get('a');
    get('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });

  it('holds nothing past its capacity over a long run of keys, as a build over many briefs', () => {
    const { cache, made, get } = counted(4);
    // Each brief's pages together, as Astro renders a route: 1,000 briefs, 50 pages each.
    for (let brief = 0; brief < 1000; brief += 1) for (let page = 0; page < 50; page += 1) get(`brief-${brief}`);
    expect(cache.size).toBe(4);
    expect(made).toHaveLength(1000);
  });

  it('refuses a capacity that is not a whole number of at least 1', () => {
    expect(() => recentCache(0)).toThrow(/at least 1/);
    expect(() => recentCache(1.5)).toThrow(/at least 1/);
  });
});
