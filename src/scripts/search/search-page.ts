/**
 * The search page: reads `?q=` and filters from the URL, shows the claims
 * found with filter counts, and keeps the URL and the header's box in step
 * with the query, so a search can be shared and the reader sees what was asked.
 */
import { FILTERS, FILTER_NAMES, type FilterName } from '../../lib/search/search-contract';

/** Filters shown as a checkbox per value; the others (the brief) as a list to choose one from. */
const LISTED_FILTERS = new Set<FilterName>(['kind', 'topic', 'source']);
import { claimSearch, type SelectedFilters } from './search-client';
import { LITERAL_PARAM } from '../../lib/search/header-search';
import { handleResultKeys, renderAnswer, statusText } from './search-results';

export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const form = root.querySelector<HTMLFormElement>('form.search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('.search-filters')!;
  /**
   * "Narrow the results": the filters and their counts, computed only while it is open or a filter
   * is chosen (issue 25, item 4: filters load lazily). It holds its place, invisible
   * (`data-waiting`), until there is an answer to narrow, so showing it shifts nothing.
   */
  const narrow = root.querySelector<HTMLDetailsElement>('details.search-narrow')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLElement>('.search-results')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const headerBox = document.querySelector<HTMLInputElement>('form.search-form input[name="q"]');
  input.value = params.get('q') ?? '';
  /** The reader chose "Search instead for …": answer the words as typed until they change. */
  let literal = params.get(LITERAL_PARAM) === '1';
  /** The header's box shows the query of this page (and is not taken for words typed into it). */
  const showInHeader = (query: string) => {
    if (headerBox && document.activeElement !== headerBox) headerBox.value = headerBox.defaultValue = query;
  };
  showInHeader(input.value);

  // Nothing asked in the URL: Pagefind, its index and the filters load on the reader's first
  // move in the search form (focus, a key, a pointer), so the page's own weight stays flat
  // however large the library (issue 25, item 4).
  const filtered = [...params.keys()].some((name) => (FILTER_NAMES as string[]).includes(name));
  const asked = filtered || params.has('q');
  narrow.open = filtered;
  if (!asked) {
    status.textContent = 'Type words to find in the claims.';
    await new Promise<void>((resolve) => {
      const start = () => {
        for (const type of ['focusin', 'pointerdown', 'keydown'] as const) root.removeEventListener(type, start);
        resolve();
      };
      for (const type of ['focusin', 'pointerdown', 'keydown'] as const) root.addEventListener(type, start);
    });
  }

  const search = await claimSearch();
  /** The values chosen: from the URL until the filters are drawn, then from the form. */
  let drawn = false;
  const selected = (): SelectedFilters =>
    Object.fromEntries(
      FILTER_NAMES.map((name) => [
        name,
        drawn
          ? [...filtersBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`input[name="${name}"]:checked, select[name="${name}"]`)].map((field) => field.value).filter(Boolean)
          : params.getAll(name),
      ]),
    );
  /** The filters' values as drawn, to draw them again only when they change. */
  let drawnValues = '';

  /**
   * The filters, drawn from an answer's counts: the values its claims carry
   * (and any chosen), never the whole library's list of briefs, which is
   * loaded with no query's help (issue 25, item 4: lists loaded lazily).
   */
  function drawFilters(counts: Record<string, Record<string, number>>) {
    const chosen = selected();
    const all: Record<string, Record<string, number>> = {};
    for (const name of FILTER_NAMES) {
      const values = { ...counts[name] };
      for (const value of chosen[name] ?? []) values[value] ??= 0;
      if (Object.keys(values).length > 0) all[name] = values;
    }
    const key = JSON.stringify(Object.entries(all).map(([name, values]) => [name, Object.keys(values).sort()]));
    if (key === drawnValues) return;
    drawnValues = key;
    filtersBox.replaceChildren(...FILTER_NAMES.filter((name) => all[name]).map((name) => (LISTED_FILTERS.has(name) ? checkboxes(name, all[name]!, chosen[name] ?? []) : choice(name, all[name]!, chosen[name] ?? []))));
    drawn = true;
  }

  /** A filter as a checkbox per value, each with its count: for the few values of kind, topic, source. */
  function checkboxes(name: FilterName, values: Record<string, number>, chosen: string[]): HTMLElement {
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTERS[name];
    set.append(legend);
    for (const value of Object.keys(values).sort()) {
      const option = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.includes(value);
      const count = document.createElement('span');
      count.className = 'filter-count';
      count.dataset.filter = `${name}:${value}`;
      option.append(box, ` ${value} `, count);
      set.append(option);
    }
    return set;
  }

  /**
   * A filter as one choice in a list: the brief, of which an answer may hold
   * hundreds (a checkbox each would be a page of them). "All briefs" first;
   * `?brief=` chooses one, as the header's box links here from a brief.
   */
  function choice(name: FilterName, values: Record<string, number>, wanted: string[]): HTMLElement {
    const label = document.createElement('label');
    label.className = 'filter-choice';
    const legend = document.createElement('span');
    legend.className = 'filter-legend';
    legend.textContent = FILTERS[name];
    const select = document.createElement('select');
    select.name = name;
    const any = document.createElement('option');
    any.value = '';
    any.textContent = `All ${FILTERS[name].toLowerCase()}s`;
    select.append(any);
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b))) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      option.dataset.filter = `${name}:${value}`;
      option.className = 'filter-count';
      option.selected = wanted.includes(value);
      select.append(option);
    }
    label.append(legend, select);
    return label;
  }

  /** Each filter value's count, from the current results. */
  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const count of filtersBox.querySelectorAll<HTMLElement>('.filter-count')) {
      const [name, value] = count.dataset.filter!.split(/:(.*)/s) as [string, string];
      const number = `(${counts[name]?.[value] ?? 0})`;
      // An option of a list holds its value and its count; a checkbox's count is a span of its own.
      count.textContent = count instanceof HTMLOptionElement ? `${value} ${number}` : number;
    }
  };

  const pageFor = (query: string) => {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (query && literal) url.searchParams.set(LITERAL_PARAM, '1');
    for (const [name, values] of Object.entries(selected())) for (const value of values ?? []) url.searchParams.append(name, value);
    return url;
  };

  let latest = 0;
  /** The reader asked for every brief ("Search every brief"): merge all of the library's shards for the next answer. */
  let everything = false;
  const run = async () => {
    const query = input.value;
    const chosen = selected();
    const ticket = ++latest;
    history.replaceState(null, '', pageFor(query));
    showInHeader(query);
    if (!query.trim() && Object.values(chosen).every((values) => !values || values.length === 0)) {
      // Nothing asked yet: no results, and no filters (they are drawn from an answer's claims).
      drawFilters({});
      narrow.setAttribute('data-waiting', '');
      status.textContent = 'Type words to find in the claims.';
      list.replaceChildren();
      help.hidden = true;
      return;
    }
    // Counts cost each shard's filter data and a search per value: only when the reader looks at them.
    const counts = narrow.open || Object.values(chosen).some((values) => values && values.length > 0);
    const answer = await (everything ? search.searchEverything : search.search)(query, chosen, 20, { literal, counts });
    everything = false;
    if (ticket !== latest) return;
    narrow.removeAttribute('data-waiting');
    drawFilters(counts ? answer.filters : {});
    showCounts(answer.filters);
    status.textContent = statusText(answer);
    renderAnswer(list, help, answer, {
      suggestionHref: (suggested) => pageFor(suggested).href,
      onSuggestion: (suggested) => {
        input.value = suggested;
        literal = false;
        void run();
      },
      literalHref: (typed) => {
        const url = pageFor(typed);
        url.searchParams.set(LITERAL_PARAM, '1');
        return url.href;
      },
      onLiteral: (typed) => {
        input.value = typed;
        literal = true;
        void run();
      },
      onEverything: () => {
        everything = true;
        void run();
      },
    });
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    literal = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run();
  });
  filtersBox.addEventListener('change', () => void run());
  narrow.addEventListener('toggle', () => {
    if (narrow.open) void run();
  });
  const onKeys = (event: KeyboardEvent) => handleResultKeys(event, input, list, () => undefined);
  input.addEventListener('keydown', onKeys);
  list.addEventListener('keydown', onKeys);
  await run();
}
