/**
 * On every page: the header's search box loads the search code only when the
 * reader turns to it (focus or a keystroke in it). `/` focuses it.
 * Without JavaScript the box is a plain GET form to the search page.
 */
const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    void import('./search-ui').then((search) => search.attachHeaderSearch(form));
  };
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('keydown', load, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
  });
}

export {};
