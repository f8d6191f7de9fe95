/**
 * The header's search box: claims drop down under it as the reader types,
 * and Enter opens the first claim found for the words in the box at that
 * moment. Loaded by `enhance.ts` on the box's first focus or keystroke.
 *
 * On a brief's pages (its form names the brief, SCOPE_ATTRIBUTE) the box
 * searches that brief's claims only, and its panel offers the search page
 * twice: within the brief (the brief filter set) and over every brief.
 */
import { searchPageHref } from '../../lib/search/header-search';
import { SCOPE_ATTRIBUTE } from '../../lib/search/search-contract';
import { claimSearch, type ClaimAnswer } from './search-client';
import { handleResultKeys, renderAnswer, statusText } from './search-results';

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
  const help = document.createElement('div');
  help.className = 'search-help';
  help.hidden = true;
  const briefId = form.getAttribute(SCOPE_ATTRIBUTE) ?? undefined;
  // The brief filter the form sends without JavaScript (header-search.ts), kept on the search page's links.
  const scope = [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((field) => ({ name: field.name, value: field.value }));
  const all = document.createElement('a');
  all.className = 'search-all';
  all.textContent = briefId === undefined ? 'All results, with filters' : 'All results in this brief, with filters';
  const links = document.createElement('p');
  links.className = 'search-more';
  links.append(all);
  const wide = document.createElement('a');
  if (briefId !== undefined) {
    wide.className = 'search-wide';
    wide.textContent = 'Search all briefs';
    links.append(wide);
  }
  panel.append(status, list, help, links);
  form.after(panel);

  const searchPage = (query: string) => searchPageHref(form.action, query, scope);
  const search = () => claimSearch(briefId);
  const close = () => {
    panel.hidden = true;
  };
  /** The query whose answer is on screen: Enter may follow it only while the box still holds that query. */
  let shown: string | undefined;
  /** The reader chose "Search instead for …": the words as typed, until they change. */
  let literal = false;
  let latest = 0;
  const show = (answer: ClaimAnswer) => {
    // The placeholder said where the box searches; once words are typed, the answer says it.
    status.textContent = briefId === undefined ? statusText(answer) : `In this brief: ${statusText(answer)}`;
    renderAnswer(list, help, answer, {
      suggestionHref: searchPage,
      onSuggestion: (query) => {
        input.value = query;
        literal = false;
        void update();
        input.focus();
      },
      literalHref: (query) => searchPageHref(form.action, query, scope, true),
      onLiteral: (query) => {
        input.value = query;
        literal = true;
        void update();
        input.focus();
      },
    });
    all.href = searchPage(answer.query);
    wide.href = searchPageHref(form.action, answer.query);
    panel.hidden = false;
    shown = answer.correctedFrom ?? answer.query;
  };
  const update = async () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      shown = undefined;
      return close();
    }
    const answer = await (await search()).search(query, {}, 8, { counts: false, literal });
    if (ticket === latest) show(answer);
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    literal = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 120);
  });
  const onKeys = (event: KeyboardEvent) => handleResultKeys(event, input, list, close);
  input.addEventListener('keydown', onKeys);
  panel.addEventListener('keydown', onKeys);

  // Enter opens the first claim for the words in the box now: the results on
  // screen only if they answer exactly these words, otherwise a fresh search
  // (under load, the screen may still show the answer to an earlier prefix).
  // Without JavaScript, or when nothing is found, the form goes to the search page.
  let entering = false;
  form.addEventListener('submit', (event) => {
    const query = input.value;
    if (!query.trim()) return;
    event.preventDefault();
    window.clearTimeout(timer);
    const onScreen = shown === query && !panel.hidden ? list.querySelector<HTMLAnchorElement>('a.search-result-link') : null;
    if (onScreen) return location.assign(onScreen.href);
    if (entering) return;
    entering = true;
    latest++;
    void search()
      .then((claims) => claims.search(query, {}, 8, { counts: false, literal }))
      .then((answer) => {
        const first = answer.results[0];
        if (first) location.assign(first.href);
        else show(answer);
      })
      .finally(() => {
        entering = false;
      });
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) close();
  });
  // Words typed before this code arrived; not a query the page itself put there (the search page's).
  if (input.value.trim() && input.value !== input.defaultValue) void update();
}
