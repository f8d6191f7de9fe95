/**
 * The search page: reads `?q=` and filters from the URL, shows the claims
 * found with filter counts, and keeps the URL and the header's box in step
 * with the query, so a search can be shared and the reader sees what was asked.
 */
import { FILTERS, FILTER_NAMES, type FilterName } from '../../lib/search-contract';
import { claimSearch, type SelectedFilters } from './search-client';
import { handleResultKeys, renderAnswer, statusText } from './search-results';

export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const form = root.querySelector<HTMLFormElement>('form.search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filtersBox = root.querySelector<HTMLElement>('.search-filters')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const list = root.querySelector<HTMLElement>('.search-results')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const headerBox = document.querySelector<HTMLInputElement>('form.search-form input[name="q"]');
  input.value = params.get('q') ?? '';
  /** The header's box shows the query of this page (and is not taken for words typed into it). */
  const showInHeader = (query: string) => {
    if (headerBox && document.activeElement !== headerBox) headerBox.value = headerBox.defaultValue = query;
  };
  showInHeader(input.value);

  const search = await claimSearch();
  const all = await search.filters();
  const selected = (): SelectedFilters =>
    Object.fromEntries(FILTER_NAMES.map((name) => [name, [...filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value)]));

  filtersBox.replaceChildren(
    ...FILTER_NAMES.filter((name) => all[name]).map((name: FilterName) => {
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = FILTERS[name];
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

  const pageFor = (query: string) => {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [name, values] of Object.entries(selected())) for (const value of values ?? []) url.searchParams.append(name, value);
    return url;
  };

  let latest = 0;
  const run = async () => {
    const query = input.value;
    const chosen = selected();
    const ticket = ++latest;
    history.replaceState(null, '', pageFor(query));
    showInHeader(query);
    if (!query.trim() && Object.values(chosen).every((values) => !values || values.length === 0)) {
      // Nothing asked yet: show what the filters hold, load no results.
      showCounts(all);
      status.textContent = 'Type words to find in the claims, or choose a filter.';
      list.replaceChildren();
      help.hidden = true;
      return;
    }
    const answer = await search.search(query, chosen, 20);
    if (ticket !== latest) return;
    showCounts(answer.filters);
    status.textContent = statusText(answer);
    renderAnswer(list, help, answer, {
      suggestionHref: (suggested) => pageFor(suggested).href,
      onSuggestion: (suggested) => {
        input.value = suggested;
        void run();
      },
    });
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void run();
  });
  filtersBox.addEventListener('change', () => void run());
  const onKeys = (event: KeyboardEvent) => handleResultKeys(event, input, list, () => undefined);
  input.addEventListener('keydown', onKeys);
  list.addEventListener('keydown', onKeys);
  await run();
}
