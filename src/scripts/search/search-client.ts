/**
 * Claim search on Pagefind's JavaScript API, without the DOM: the browser's
 * search box and page use it, and so do the tests (from Node), so a table of
 * queries checks what readers get.
 *
 * Pagefind answers only the claims holding every word of a query, has no
 * synonyms and no typo tolerance. Around it:
 * - other names of glossary terms are indexed on the claim pages (hidden, at
 *   a lower weight), so any name finds a claim; the `terms` meta says which;
 * - when no claim holds every word, each word is searched alone and the
 *   claims holding some are merged, most words first ("partial");
 * - a word that finds nothing is looked up in the build's word list, fetched
 *   only then, for the nearest known word ("Did you mean"), or found to stand
 *   in the brief's text outside every claim.
 */
import { nearestWord } from '../../lib/search/did-you-mean';
import { queryTerms, resultHref, termPattern } from '../../lib/search/search-links';
import {
  BRIEF_SCOPE_FILTER,
  FILTER_NAMES,
  LIBRARY_BUNDLE,
  LIBRARY_SHARDS_FILE,
  META,
  RANKING,
  WEIGHTS,
  WORD_LIST_FILE,
  briefWordList,
  decodeTermNames,
  shardOfBrief,
  type FilterName,
  type IndexShard,
} from '../../lib/search/search-contract';
import type { WordList } from '../../lib/search/word-list';

/** What Pagefind's `result.data()` gives (the parts we read). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  weighted_locations: Array<{ weight: number; location: number }>;
  /** The indexed text, words separated by spaces; `location`s count its words. */
  content: string;
}
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's `content`, for this search. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
/** Pagefind's API, as its `pagefind.js` exports it, in the browser and in Node. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export type SelectedFilters = Partial<Record<FilterName, string[]>>;

/** Where a result's words were found, when not all in the claim's own words. */
export type MatchPlace =
  /** The claim's words. */
  | { in: 'text' }
  /** Another name of a term the claim uses: "Pakistani Taliban" for the claim's "TTP". */
  | { in: 'other-name'; typed: string; written: string }
  /** The words just before the claim in its paragraph hold `words`, which the claim's own lack. */
  | { in: 'before'; words: string[] }
  /** The editors' notes on the claim (its own, and on its sources) hold `words`, which the claim's own words lack. */
  | { in: 'note'; note: string; words: string[] };

export interface ClaimResult {
  /** Opens the claim in the reading view, the words to mark in `?highlight=`. */
  href: string;
  claimPage: string;
  /** The claim's words. */
  title: string;
  /** The words before it in its paragraph ("…" first when cut). */
  before: string;
  kind: string | undefined;
  brief: string | undefined;
  /** The query's words this claim holds (all of them unless the answer is partial). */
  holds: string[];
  place: MatchPlace;
}

export interface ClaimAnswer {
  query: string;
  /**
   * The library-wide index's shards this answer searched, when fewer than
   * all: the search stops merging shards once a page of claims holds every
   * word (LibraryShards), so the results and counts are those of `searched`
   * of `of` shards, and more are one click away (`ClaimSearch.searchEverything`).
   */
  shards?: { searched: number; of: number };
  /**
   * `all`: the first results hold every word (`holdingAll` of them; when
   * fewer than a page, the claims holding some follow, most words first);
   * `some`: none holds all, these hold some, most first; `none`: nothing.
   */
  coverage: 'all' | 'some' | 'none';
  results: ClaimResult[];
  total: number;
  /** How many of `total` hold every word (the rest, after them, hold some). */
  holdingAll: number;
  /** Filter counts of the results shown, each claim once (none when the search was asked for no counts). */
  filters: Record<string, Record<string, number>>;
  /** Words of the query no claim holds. */
  missing: string[];
  /** The query with each missing word replaced by the nearest known word, when there is one. */
  suggestion: string | undefined;
  /** Missing words that stand in a brief's text outside every claim, with where to read them. */
  inText: Array<{ word: string; href: string }>;
  /**
   * Set when this is the answer to the corrected query (`query`), shown at
   * once in place of the literal one: the query as typed, one click away.
   */
  correctedFrom?: string;
}

/** How a search is asked. */
export interface SearchOptions {
  /** Compute filter counts (the search page's; the header's box shows none). */
  counts?: boolean;
  /** Answer the words as typed, never a correction ("Search instead for …"). */
  literal?: boolean;
}

/**
 * Whether the corrected query's answer replaces the literal one: the literal
 * query finds nothing, or no claim holding every word, while the correction
 * finds claims holding every word of it.
 */
export function preferCorrection(literal: ClaimAnswer, corrected: ClaimAnswer): boolean {
  if (corrected.total === 0 || corrected.coverage !== 'all') return false;
  return literal.coverage !== 'all';
}

export interface ClaimSearchOptions {
  /** Fetches the word list (`search-words.json`); called at most once, and only when a word finds nothing. */
  loadWordList: () => Promise<WordList>;
  /** The library-wide index's other shards, merged as a query needs them (none: one index, or all merged). */
  shards?: LibraryShards;
  /** Search only this brief's claims (Pagefind pointed at the brief's shard): every search chooses its BRIEF_SCOPE_FILTER. */
  briefId?: string;
}

/**
 * The index's shards past the first (src/lib/search/search-bundles.mjs),
 * merged into the library-wide search only when a query needs them: merging a
 * shard fetches its metadata (`pf_meta`, about 6 bytes a claim), so merging
 * every shard up front made the first query cost the whole library's (890 KB
 * at 1,000 briefs). Each round merges as many shards as are merged already
 * (1, 2, 4 …), at once, so a query that needs every shard waits for a few
 * rounds of fetches, not one per shard. Pagefind's `mergeIndex` adds a shard
 * to the searches that follow, and a search then ranks the merged shards'
 * claims together.
 */
export interface LibraryShards {
  /** Shards in the library, the first included. */
  total: number;
  /** Shards merged so far, the first included. */
  merged: () => number;
  /** Merges the next round of shards; false when every shard is merged already. */
  mergeMore: () => Promise<boolean>;
}

/** LibraryShards over a list of shard folders and a function that merges one (Pagefind's `mergeIndex`, bound to its options). */
export function libraryShards(folders: readonly string[], merge: (folder: string) => Promise<void>): LibraryShards {
  let next = 0;
  let merging: Promise<boolean> | undefined;
  return {
    total: folders.length + 1,
    merged: () => next + 1,
    mergeMore() {
      // One round at a time: two queries needing more at once must not merge the same shard twice.
      merging = (merging ?? Promise.resolve(true)).then(async () => {
        const round = folders.slice(next, next + next + 1);
        if (round.length === 0) return false;
        await Promise.all(round.map((folder) => merge(folder)));
        next += round.length;
        return true;
      });
      return merging;
    },
  };
}

/**
 * English function words: a claim holding only these of a query's words is
 * not listed among the claims holding some ("in" of "talks in Istanbul" is in
 * most claims). Pagefind itself indexes every word.
 */
const FUNCTION_WORDS = new Set('a an and are as at be by for from in into is it its of on or the to was were with'.split(' '));

const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
};

const asFilters = (selected: SelectedFilters) =>
  Object.fromEntries(Object.entries(selected).filter(([, values]) => values && values.length > 0).map(([name, values]) => [name, { any: values }]));

/** The part of a result that holds a word: claim, other name or note. */
/** Whether `found`, a word Pagefind matched, is a match for the query's `word` (prefix, or stem: "mediator" and "mediation"). */
function matches(found: string, word: string): boolean {
  return found.split(/[^\p{L}\p{N}]+/u).some((part) => {
    const lower = part.toLowerCase();
    return lower.startsWith(word) || commonPrefix(lower, word) >= Math.max(3, Math.min(lower.length, word.length) - 3);
  });
}

/** The words at the result's matched locations weighing more than `weight`. */
function matchedWords(data: PagefindResultData, weight: number): string[] {
  const words = data.content.split(/\s+/);
  return data.weighted_locations.filter((location) => location.weight > weight).map((location) => words[location.location] ?? '');
}

function placeOf(data: PagefindResultData, holds: string[]): MatchPlace {
  const title = data.meta.title ?? '';
  // In the claim's own words: seen in its title, or matched there by Pagefind's stemming (weights above the other names' are the title's).
  const heavy = matchedWords(data, WEIGHTS.otherNames);
  const inTitle = (word: string) => termPattern([word])!.test(title) || heavy.some((found) => matches(found, word));
  const elsewhere = holds.filter((word) => !inTitle(word));
  if (elsewhere.length === 0) return { in: 'text' };
  // The other name holding most of the words the claim's own lack.
  let best: { typed: string; written: string; covers: number } | undefined;
  for (const [written, ...others] of decodeTermNames(data.meta[META.terms])) {
    for (const typed of others) {
      // Words the claim lacks count first; the query's other words break a tie ("Pakistani Taliban" over "Tehreek-e-Taliban Pakistan").
      const parts = queryTerms(typed);
      const covers = parts.filter((part) => elsewhere.includes(part)).length * 100 + parts.filter((part) => holds.includes(part)).length;
      if (written && covers >= 100 && covers > (best?.covers ?? 0)) best = { typed, written, covers };
    }
  }
  if (best) return { in: 'other-name', typed: best.typed, written: best.written };
  const note = data.meta[META.note];
  const onlyNote = data.weighted_locations.length > 0 && data.weighted_locations.every((location) => location.weight <= WEIGHTS.note);
  const inNote = note ? elsewhere.filter((word) => termPattern([word])!.test(note)) : [];
  if (note && (onlyNote || inNote.length > 0)) return { in: 'note', note, words: inNote.length > 0 ? inNote : elsewhere };
  const before = data.meta[META.before] ?? '';
  const inBefore = elsewhere.filter((word) => termPattern([word])!.test(before));
  if (inBefore.length > 0) return { in: 'before', words: inBefore };
  return { in: 'text' };
}

export function createClaimSearch(api: PagefindApi, options: ClaimSearchOptions) {
  let wordList: Promise<WordList> | undefined;
  let filterValues: Promise<Record<string, Record<string, number>>> | undefined;
  /** Every filter value with its count over the claims of the merged shards, loaded once per shard merged. */
  const allFilters = () => (filterValues ??= api.filters());
  const { shards } = options;
  const scope = options.briefId === undefined ? {} : { [BRIEF_SCOPE_FILTER]: { any: [options.briefId] } };

  /** What to mark on landing: the query's words, and the claim's own name for a term found by another. */
  const highlightFor = (query: string, place: MatchPlace) => (place.in === 'other-name' ? `${query} ${place.written}` : query);

  async function toResult(result: PagefindResult, query: string, holds: string[]): Promise<ClaimResult> {
    const data = await result.data();
    const place = placeOf(data, holds);
    return {
      href: resultHref(data.meta[META.context] ?? data.url, highlightFor(query, place)),
      claimPage: data.url,
      title: data.meta.title ?? data.url,
      before: data.meta[META.before] ?? '',
      kind: data.filters.kind?.[0],
      brief: data.filters.brief?.[0],
      holds,
      place,
    };
  }

  async function explainMissing(missing: string[], query: string): Promise<Pick<ClaimAnswer, 'suggestion' | 'inText'>> {
    if (missing.length === 0) return { suggestion: undefined, inText: [] };
    wordList ??= options.loadWordList();
    const list = await wordList;
    let suggestion: string | undefined;
    for (const word of missing) {
      const nearest = nearestWord(word, list.words);
      if (nearest) suggestion = (suggestion ?? query.trim()).replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu'), nearest);
    }
    const inText = missing.flatMap((word) =>
      list.textOnly.filter((brief) => brief.words.some((known) => known.toLowerCase() === word)).map((brief) => ({ word, href: resultHref(brief.href, word) })),
    );
    return { suggestion, inText };
  }

  /** The words at the positions a result matched, in this search (the data object's own locations may be another search's by now). */
  async function wordsMatched(result: PagefindResult): Promise<string[]> {
    const content = (await result.data()).content.split(/\s+/);
    return result.words.map((position) => content[position] ?? '');
  }

  /**
   * Whether Pagefind's answer really holds each word. For a word it has never
   * seen, Pagefind answers with a shorter word's matches ("a" for
   * "Afganistan"), or drops it from a longer query; a match holds the word
   * when one of the matched words starts with it, or shares all but its
   * ending (stemming: "mediator", "mediation").
   */
  async function holdsWords(answer: PagefindSearch, words: string[]): Promise<boolean[]> {
    const first = answer.results.find((result) => result.score > 0);
    if (!first) return words.map(() => false);
    const found = await wordsMatched(first);
    return words.map((word) => found.some((candidate) => matches(candidate, word)));
  }

  /**
   * The claims Pagefind finds for `terms`, each once: a match only in a meta
   * value scores 0 (see RANKING) and is no match, and a claim Pagefind lists
   * twice (the same page in two merged indexes) is listed once.
   */
  async function claimsFound(terms: string | null, filters: Record<string, unknown>): Promise<PagefindSearch> {
    const answer = await api.search(terms, { filters: { ...filters, ...scope } });
    if (!answer) throw new Error('Pagefind gave no answer');
    const seen = new Set<string>();
    const results = answer.results.filter((result) => {
      if ((result.score <= 0 && terms !== null) || seen.has(result.id)) return false;
      seen.add(result.id);
      return true;
    });
    return { ...answer, results };
  }

  /**
   * Each filter value's count, computed from the results shown: how many of
   * `shown` (each claim once) carry the value. Pagefind's own counts include
   * claims matched only in a meta value (not shown), and a merge over a
   * query's words would count a claim once per word; here a value's claims
   * are found by searching again with that value chosen (for each of the
   * searched `terms`, merged) and kept only when shown, so choosing a value
   * counted N lists N claims. Only values Pagefind counts for some term are
   * searched: the others are 0.
   */
  async function countsOf(
    terms: Array<string | null>,
    selected: SelectedFilters,
    shown: PagefindResult[],
    engineCounts: Array<Record<string, Record<string, number>>>,
  ): Promise<Record<string, Record<string, number>>> {
    const shownIds = new Set(shown.map((result) => result.id));
    const candidates = new Map<string, Set<string>>();
    for (const counts of engineCounts) {
      // The filters readers choose from (not the hidden scope of a brief).
      for (const [name, values] of Object.entries(counts).filter(([name]) => (FILTER_NAMES as string[]).includes(name))) {
        const names = candidates.get(name) ?? new Set<string>();
        for (const [value, count] of Object.entries(values)) if (count > 0) names.add(value);
        candidates.set(name, names);
      }
    }
    const counts: Record<string, Record<string, number>> = {};
    const work: Array<Promise<void>> = [];
    for (const [name, values] of candidates) {
      counts[name] = {};
      for (const value of values) {
        counts[name]![value] = 0;
        if (shownIds.size === 0) continue;
        const chosen = asFilters({ ...selected, [name]: [value] });
        work.push(
          Promise.all(terms.map((term) => claimsFound(term, chosen))).then((answers) => {
            const ids = new Set(answers.flatMap((answer) => answer.results.map((result) => result.id)).filter((id) => shownIds.has(id)));
            counts[name]![value] = ids.size;
          }),
        );
      }
    }
    await Promise.all(work);
    return counts;
  }

  /**
   * Claims for `query`, best first, at most `limit` of them described; when
   * a close correction answers much better (preferCorrection), the
   * correction's claims, at once, with the typed query in `correctedFrom`.
   *
   * In a library in shards, the shards merged so far are searched, and more
   * merged (LibraryShards' rounds) while the query's words (without the chosen filters) do not
   * fill a page with claims holding every word, or the chosen filters leave
   * nothing: so a filter counted N still lists N (choosing it merges no
   * shard), and an everyday query costs one shard's metadata.
   */
  async function search(query: string, selected: SelectedFilters = {}, limit = 10, options: SearchOptions = {}): Promise<ClaimAnswer> {
    for (;;) {
      const answer = await correctedSearch(query, selected, limit, options);
      if (!shards) return answer;
      if (shards.merged() < shards.total && (await needsMore(answer, query, selected, limit, options)) && (await shards.mergeMore())) {
        // The new shard's filters load with the next search that counts.
        filterValues = undefined;
        continue;
      }
      return shards.merged() < shards.total ? { ...answer, shards: { searched: shards.merged(), of: shards.total } } : answer;
    }
  }

  /** Whether a page of claims is not full yet: see `search`. */
  async function needsMore(answer: ClaimAnswer, query: string, selected: SelectedFilters, limit: number, options: SearchOptions): Promise<boolean> {
    const chosen = Object.values(selected).some((values) => values && values.length > 0);
    if (chosen && answer.total === 0) return true;
    const words = chosen ? await correctedSearch(query, {}, limit, { ...options, counts: false }) : answer;
    return words.coverage !== 'all' || words.holdingAll < limit;
  }

  /** Every shard merged, then `query` again: the reader asked for the whole library. */
  async function searchEverything(query: string, selected: SelectedFilters = {}, limit = 10, options: SearchOptions = {}): Promise<ClaimAnswer> {
    while (shards && (await shards.mergeMore())) filterValues = undefined;
    return search(query, selected, limit, options);
  }

  async function correctedSearch(query: string, selected: SelectedFilters, limit: number, options: SearchOptions): Promise<ClaimAnswer> {
    const answer = await literalSearch(query, selected, limit, options);
    if (options.literal || !answer.suggestion) return answer;
    const corrected = await literalSearch(answer.suggestion, selected, limit, options);
    return preferCorrection(answer, corrected) ? { ...corrected, correctedFrom: query } : answer;
  }

  /**
   * The claims holding some of the `held` words (each searched alone, in
   * `alone`), most words first, then Pagefind's score summed; when the query
   * has a word other than a function word, only claims holding one.
   */
  function rankedBySome(words: string[], held: boolean[], alone: PagefindSearch[]) {
    const content = words.some((word) => !FUNCTION_WORDS.has(word));
    const merged = new Map<string, { result: PagefindResult; holds: string[]; score: number }>();
    words.forEach((word, position) => {
      if (!held[position]) return;
      for (const result of alone[position]!.results) {
        const entry = merged.get(result.id) ?? { result, holds: [], score: 0 };
        entry.holds.push(word);
        entry.score += result.score;
        merged.set(result.id, entry);
      }
    });
    return [...merged.values()]
      .filter((entry) => !content || entry.holds.some((word) => !FUNCTION_WORDS.has(word)))
      .sort((a, b) => b.holds.length - a.holds.length || b.score - a.score);
  }

  async function literalSearch(query: string, selected: SelectedFilters, limit: number, { counts: wantCounts = true }: SearchOptions): Promise<ClaimAnswer> {
    const filters = asFilters(selected);
    // Pagefind counts a search's filter values only once its filters are loaded.
    if (wantCounts) await allFilters();
    const words = queryTerms(query);
    const found = (terms: string | null) => claimsFound(terms, filters);
    const whole = await found(query.trim() || null);
    // The best claim for the whole query holds every word: the usual case, one search.
    let held = await holdsWords(whole, words);
    let alone = words.map(() => whole);
    if (words.length > 1 && held.includes(false)) {
      // Pagefind drops a word it does not know and answers for the rest, and
      // answers nothing when no claim holds every word: each word alone then
      // says which words no claim holds, and which claims hold the others.
      alone = await Promise.all(words.map((word) => found(word)));
      held = await Promise.all(words.map(async (word, position) => (await holdsWords(alone[position]!, [word]))[0]!));
    }
    const missing = words.filter((_, position) => !held[position]);
    const explained = explainMissing(missing, query);

    if (missing.length === 0 && whole.results.length > 0) {
      // Fewer claims hold every word than a page shows: the claims holding some follow them, most
      // words first, labelled (as a web search fills its page), and are counted with them. Decided
      // without the chosen filters, so that choosing a value counted N lists N claims.
      const holdingAll = Object.keys(filters).length > 0 ? (await claimsFound(query.trim() || null, {})).results.length : whole.results.length;
      const fill = words.length > 1 && holdingAll < limit;
      if (fill && alone[0] === whole) alone = await Promise.all(words.map((word) => found(word)));
      const allIds = new Set(whole.results.map((result) => result.id));
      const tail = fill ? rankedBySome(words, words.map(() => true), alone).filter((entry) => !allIds.has(entry.result.id)) : [];
      const results = [
        ...(await Promise.all(whole.results.slice(0, limit).map((result) => toResult(result, query, words)))),
        ...(await Promise.all(tail.slice(0, Math.max(0, limit - whole.results.length)).map((entry) => toResult(entry.result, query, entry.holds)))),
      ];
      const shown = [...whole.results, ...tail.map((entry) => entry.result)];
      const counts = wantCounts
        ? await countsOf([query.trim() || null, ...(fill ? words : [])], selected, shown, [whole.filters, ...(fill ? alone.map((answer) => answer.filters) : [])])
        : {};
      return { query, coverage: 'all', results, total: shown.length, holdingAll: whole.results.length, filters: counts, missing, ...(await explained) };
    }

    // No claim holds every word: merge the claims holding some, most words first, then Pagefind's score.
    const ranked = rankedBySome(words, held, alone);
    const heldWords = words.filter((_, position) => held[position]);
    const counts = wantCounts
      ? await countsOf(
          heldWords,
          selected,
          ranked.map((entry) => entry.result),
          heldWords.map((word) => alone[words.indexOf(word)]!.filters),
        )
      : {};
    const results = await Promise.all(ranked.slice(0, limit).map((entry) => toResult(entry.result, query, entry.holds)));
    return { query, coverage: ranked.length > 0 ? 'some' : 'none', results, total: ranked.length, holdingAll: 0, filters: counts, missing, ...(await explained) };
  }

  return { search, searchEverything, filters: allFilters };
}
export type ClaimSearch = ReturnType<typeof createClaimSearch>;

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const browserSearches = new Map<string, Promise<ClaimSearch>>();

/** Pagefind's module as `pagefind.js` exports it: the default instance, and more with `createInstance`. */
interface PagefindModule extends PagefindApi {
  init: () => Promise<void>;
  createInstance: (options: Record<string, unknown>) => PagefindApi;
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
}

/** A JSON file of the site, under the base path. */
async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`${BASE}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
const wordListAt = (file: string) => () => fetchJson<WordList>(file);

/**
 * The claim search of this site in the browser, Pagefind loaded once from
 * the first shard of the index (under the base path): over the library, the
 * first shard with the others merged as queries need them; given a brief's
 * id, only the shard holding that brief, every search choosing the brief's
 * scope filter, and the brief's own word list, so its first query costs one
 * shard's whatever the size of the library. One `pagefind.js` serves both: a
 * brief's instance is pointed at its shard's folder, with the site's base URL
 * (Pagefind would derive it from the folder).
 */
export function claimSearch(briefId?: string): Promise<ClaimSearch> {
  const key = briefId ?? '';
  let search = browserSearches.get(key);
  if (!search) {
    search = import(/* @vite-ignore */ `${BASE}${LIBRARY_BUNDLE}pagefind.js`).then(async (module: PagefindModule) => {
      if (briefId === undefined) {
        await module.options({ basePath: `${BASE}${LIBRARY_BUNDLE}`, baseUrl: BASE, ranking: RANKING });
        // A merged index takes no options from the first: it gets the base URL and ranking itself.
        const [shards] = await Promise.all([
          fetchJson<IndexShard[]>(LIBRARY_SHARDS_FILE),
          // Started now, on the reader's first move (focus), so the worker, WebAssembly and first shard's metadata load while the words are typed.
          module.init(),
        ]);
        const merging = libraryShards(
          shards.slice(1).map((shard) => shard.folder),
          (folder) => module.mergeIndex(`${BASE}${folder}`, { baseUrl: BASE, ranking: RANKING }),
        );
        return createClaimSearch(module, { loadWordList: wordListAt(WORD_LIST_FILE), shards: merging });
      }
      const shard = shardOfBrief(await fetchJson<IndexShard[]>(LIBRARY_SHARDS_FILE), briefId);
      const instance = module.createInstance({ basePath: `${BASE}${shard?.folder ?? LIBRARY_BUNDLE}`, baseUrl: BASE, ranking: RANKING });
      return createClaimSearch(instance, { loadWordList: wordListAt(briefWordList(briefId)), briefId });
    });
    browserSearches.set(key, search);
  }
  return search;
}
