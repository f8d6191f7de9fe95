/**
 * Claim search on Pagefind's JavaScript API. Each result is a claim (its
 * page is the record Pagefind indexed); its link opens the claim in the
 * reading view, at its anchor, with the searched words marked.
 *
 * Loaded on demand: by the header box on first focus or keystroke, and by
 * the search page. Pagefind itself (pagefind.js, its wasm and index) loads
 * with the first query.
 */
import { queryTerms, resultHref, termPattern } from '../lib/search-links';
import { markMatches } from './mark-terms';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's API, loaded once from the site's own bundle (under the base path). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ basePath: `${BASE}pagefind/`, baseUrl: BASE, excerptLength: 24 });
    return module;
  });
  return pagefind;
}

export type SelectedFilters = Record<string, string[]>;

export interface ClaimResult {
  href: string;
  claimPage: string;
  title: string;
  excerpt: string;
  kind: string | undefined;
  brief: string | undefined;
}

export async function searchClaims(query: string, selected: SelectedFilters = {}, limit = 10) {
  const api = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(selected).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));
  const search = await api.search(query.trim() || null, { filters });
  if (!search) return undefined;
  const results: ClaimResult[] = (await Promise.all(search.results.slice(0, limit).map((result) => result.data()))).map((data) => ({
    href: resultHref(data.meta.context ?? data.url, query),
    claimPage: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    kind: data.filters.kind?.[0],
    brief: data.filters.brief?.[0],
  }));
  return { results, total: search.results.length, filters: search.filters };
}

/** Text with the searched words marked. */
function marked(text: string, query: string): Node {
  return markMatches(text, termPattern(queryTerms(query))) ?? document.createTextNode(text);
}

/** Pagefind's excerpt is HTML with <mark>; only its text is kept, marked by our own rule. */
function excerptText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

export function renderResults(list: HTMLElement, results: ClaimResult[], query: string): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const link = document.createElement('a');
      link.href = result.href;
      link.className = 'search-result-link';
      link.append(marked(result.title, query));
      item.append(link);
      const excerpt = excerptText(result.excerpt);
      if (!link.querySelector('mark') && excerpt) {
        const more = document.createElement('p');
        more.className = 'search-excerpt';
        more.append(marked(excerpt, query));
        item.append(more);
      }
      const meta = document.createElement('p');
      meta.className = 'search-meta';
      if (result.kind) {
        const kind = document.createElement('span');
        kind.className = 'kind-badge';
        kind.dataset.kind = result.kind;
        kind.textContent = result.kind;
        meta.append(kind, ' ');
      }
      if (result.brief) meta.append(`${result.brief} · `);
      const page = document.createElement('a');
      page.href = result.claimPage;
      page.textContent = 'claim page';
      page.tabIndex = -1;
      meta.append(page);
      item.append(meta);
      return item;
    }),
  );
}

/** Arrow keys move between the results' links and the box; Escape goes back to the box. */
export function handleResultKeys(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (links.length === 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  } else if (event.key === 'Escape') {
    onEscape();
    input.focus();
  }
}

/** The header's box: results drop down under it as the reader types. */
export function attachHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-results';
  const all = document.createElement('a');
  all.className = 'search-all';
  all.textContent = 'All results, with filters';
  panel.append(status, list, all);
  form.after(panel);

  const close = () => {
    panel.hidden = true;
  };
  let latest = 0;
  const update = async () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) return close();
    const found = await searchClaims(query, {}, 8);
    if (ticket !== latest || !found) return;
    status.textContent = found.total === 0 ? `No claim matches “${query}”.` : `${found.total} ${found.total === 1 ? 'claim' : 'claims'} match “${query}”.`;
    renderResults(list, found.results, query);
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    panel.hidden = false;
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
  const onKeys = (event: KeyboardEvent) => handleResultKeys(event, input, list, close);
  input.addEventListener('keydown', onKeys);
  panel.addEventListener('keydown', onKeys);
  // Enter in the box opens the first claim found; the form's own submit
  // (to the search page) stays for when nothing is shown yet.
  form.addEventListener('submit', (event) => {
    const first = panel.hidden ? null : list.querySelector<HTMLAnchorElement>('a.search-result-link');
    if (!first) return;
    event.preventDefault();
    location.assign(first.href);
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) close();
  });
  if (input.value.trim()) void update();
}

/** The search page: reads ?q= and filters from the URL, shows claim results with filter counts. */
export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const form = root.querySelector<HTMLFormElement>('form.search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('.search-filters')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLElement>('.search-results')!;
  input.value = params.get('q') ?? '';

  const api = await loadPagefind();
  const all = await api.filters();
  const names: Array<[string, string]> = [['kind', 'Kind'], ['topic', 'Topic'], ['source', 'Source'], ['brief', 'Brief']];
  const selected = (): SelectedFilters =>
    Object.fromEntries(names.map(([name]) => [name, [...filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value)]));

  filtersBox.replaceChildren(
    ...names
      .filter(([name]) => all[name])
      .map(([name, label]) => {
        const set = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = label;
        set.append(legend);
        for (const value of Object.keys(all[name]!).sort()) {
          const option = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = params.getAll(name).includes(value);
          const count = document.createElement('span');
          count.className = 'filter-count';
          count.dataset.filter = `${name}:${value}`;
          option.append(box, ` ${value} `, count);
          set.append(option);
        }
        return set;
      }),
  );

  /** Each filter value's count, from all claims or from the current results. */
  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const count of filtersBox.querySelectorAll<HTMLElement>('.filter-count')) {
      const [name, value] = count.dataset.filter!.split(/:(.*)/s) as [string, string];
      count.textContent = `(${counts[name]?.[value] ?? 0})`;
    }
  };

  const run = async () => {
    const query = input.value;
    const chosen = selected();
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [name, values] of Object.entries(chosen)) for (const value of values) url.searchParams.append(name, value);
    history.replaceState(null, '', url);
    if (!query.trim() && Object.values(chosen).every((values) => values.length === 0)) {
      // Nothing asked yet: show what the filters hold, load no results.
      showCounts(all);
      status.textContent = 'Type words to find in the claims, or choose a filter.';
      list.replaceChildren();
      return;
    }
    const found = await searchClaims(query, chosen, 20);
    if (!found) return;
    showCounts(found.filters);
    status.textContent = found.total === 0 ? 'No claim matches.' : `${found.total} ${found.total === 1 ? 'claim' : 'claims'}${found.total > found.results.length ? `, the first ${found.results.length} shown` : ''}.`;
    renderResults(list, found.results, query);
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  filtersBox.addEventListener('change', () => void run());
  const onKeys = (event: KeyboardEvent) => handleResultKeys(event, input, list, () => undefined);
  input.addEventListener('keydown', onKeys);
  list.addEventListener('keydown', onKeys);
  await run();
}
