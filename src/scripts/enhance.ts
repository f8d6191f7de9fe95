/**
 * The one script every page loads at first view, kept small: it only waits
 * for the reader, and fetches the code for what they turn to.
 *
 * - the header's search box: search code on first focus or keystroke; `/` focuses it;
 * - a citation mark reached by pointer or keyboard: the preview code;
 * - a page opened from a search result (`?highlight=`): the highlighter;
 * - a "Cite this" copy button, clicked: the copy code.
 *
 * Without JavaScript the search box is a GET form to the search page, a
 * citation mark is a link to its reference, and nothing is lost but speed.
 */
const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  let loading = false;
  const loadSearch = () => {
    if (loading) return;
    loading = true;
    void import('./search-ui').then((search) => search.attachHeaderSearch(form));
  };
  input.addEventListener('focus', loadSearch, { once: true });
  input.addEventListener('keydown', loadSearch, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
  });
}

const citationMark = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.cite') : null);
const onFirstCitation = (event: Event) => {
  const mark = citationMark(event);
  if (!mark) return;
  document.removeEventListener('focusin', onFirstCitation);
  document.removeEventListener('pointerover', onFirstCitation);
  void import('./citation-preview').then((previews) => previews.installCitationPreviews(mark));
};
if (document.querySelector('a.cite')) {
  document.addEventListener('focusin', onFirstCitation);
  document.addEventListener('pointerover', onFirstCitation);
}

// The parameter is HIGHLIGHT_PARAM of lib/search-links, spelt out here so the
// first view loads nothing of the search code.
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight-terms').then((highlighter) => highlighter.highlightSearchTerms());
}

// "Cite this" (issue 13): the copy buttons are shown, and the copy code fetched on the first click.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => void import('./copy-citation').then((copy) => copy.copyCitation(button)));
}

export {};
