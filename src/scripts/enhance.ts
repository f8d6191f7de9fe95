/**
 * The one script every page loads at first view, kept small: it only waits
 * for the reader, and fetches the code for what they turn to.
 *
 * - the header's search box: search code on first focus or keystroke; `/` focuses it;
 * - a citation mark reached by pointer, keyboard or tap: the preview code;
 * - the annotations switch of the reading view: remembered, and the
 *   annotated reading's code loaded when it is on;
 * - a page opened from a search result (`?highlight=`): the highlighter;
 * - a "Cite this" copy button, clicked: the copy code;
 * - a glossary term of the text: made a control at once, its definition's
 *   code fetched when it is first opened;
 * - a selection in the brief's text: the reader's own highlights and notes
 *   (at once, where this page has some).
 *
 * Without JavaScript the search box is a GET form to the search page, a
 * citation mark is a link to its reference, the switch still works for the
 * page at hand, and nothing is lost but speed and memory.
 */
import { ANNOTATIONS_SWITCH_ID, BRIEF_TEXT_ID, READER_NOTES_KEY } from '../lib/content/reading-ids';
import { keepPlace, readingPlace, type ReadingPlace } from './reading-place';

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');

if (form && input) {
  let loading = false;
  const loadSearch = () => {
    if (loading) return;
    loading = true;
    void import('./search/search-header').then((search) => search.attachHeaderSearch(form));
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

if (document.querySelector('a.cite')) {
  let touching = false;
  const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.cite') : null);
  const start = (mark: HTMLAnchorElement, how: 'focus' | 'hover' | 'tap') => {
    stop();
    void import('./citation-preview').then((previews) => previews.installCitationPreviews(mark, how));
  };
  const onPointerDown = (event: PointerEvent) => {
    touching = event.pointerType !== 'mouse';
  };
  const onFocus = (event: Event) => {
    const mark = markOf(event);
    if (mark && !touching) start(mark, 'focus');
  };
  const onHover = (event: PointerEvent) => {
    const mark = markOf(event);
    if (mark && event.pointerType === 'mouse') start(mark, 'hover');
  };
  // A tap opens the preview in place; it does not jump to the reference list.
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event);
    if (!mark || !touching) return;
    event.preventDefault();
    start(mark, 'tap');
  };
  const stop = () => {
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('pointerover', onHover);
    document.removeEventListener('click', onClick);
  };
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('focusin', onFocus);
  document.addEventListener('pointerover', onHover);
  document.addEventListener('click', onClick);
}

const annotationsSwitch = document.getElementById(ANNOTATIONS_SWITCH_ID);
if (annotationsSwitch instanceof HTMLInputElement) {
  const STORAGE_KEY = 'reader.annotations';
  // Taken as the reader reaches for the switch, before the text reflows.
  let before: ReadingPlace | undefined;
  const notePlace = () => {
    before = readingPlace();
  };
  for (const control of [annotationsSwitch, ...(annotationsSwitch.labels ?? [])]) {
    control.addEventListener('pointerdown', notePlace);
    control.addEventListener('keydown', notePlace);
  }
  let reading: typeof import('./annotated-reading') | undefined;
  const startIfOn = () => {
    if (reading) reading.startAnnotatedReading(annotationsSwitch, before);
    else if (annotationsSwitch.checked) {
      void import('./annotated-reading').then((module) => {
        reading = module;
        module.startAnnotatedReading(annotationsSwitch, before);
      });
    } else keepPlace(before);
  };
  try {
    if (localStorage.getItem(STORAGE_KEY) === 'on') annotationsSwitch.checked = true;
  } catch {
    // Storage refused (private mode, policy): the switch still works for this page.
  }
  annotationsSwitch.addEventListener('change', () => {
    try {
      localStorage.setItem(STORAGE_KEY, annotationsSwitch.checked ? 'on' : 'off');
    } catch {
      // As above: not remembered, still switched.
    }
    startIfOn();
  });
  startIfOn();
}

// The parameter is HIGHLIGHT_PARAM of lib/search-links, spelt out here so the
// first view loads nothing of the search code.
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight-terms').then((highlighter) => highlighter.highlightSearchTerms());
}

// Glossary terms: each a control that opens its definition in place, by click, tap, Enter or Space.
for (const term of document.querySelectorAll('.glossary-term')) {
  term.setAttribute('tabindex', '0');
  term.setAttribute('role', 'button');
  term.setAttribute('aria-expanded', 'false');
}
const openTerm = (event: Event) => {
  const term = (event.target as Element).closest?.<HTMLElement>('.glossary-term');
  if (!term || (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  void import('./glossary-definition').then((glossary) => glossary.toggleDefinition(term));
};
document.addEventListener('click', openTerm);
document.addEventListener('keydown', openTerm);

// The reader's own highlights and notes: their code on the first selection in the text, at once where this page has some.
const briefText = document.getElementById(BRIEF_TEXT_ID);
if (briefText) {
  const startNotes = () => void import('./reader-notes').then((notes) => notes.startReaderNotes());
  let stored = '';
  try {
    stored = localStorage.getItem(READER_NOTES_KEY) ?? '';
  } catch {
    // Storage refused: no highlights to show, and none can be kept.
  }
  if (stored.includes(`"${location.origin}${location.pathname}"`)) startNotes();
  else {
    const onSelect = () => {
      const selection = getSelection();
      if (!selection || selection.isCollapsed || !briefText.contains(selection.anchorNode)) return;
      document.removeEventListener('selectionchange', onSelect);
      startNotes();
    };
    document.addEventListener('selectionchange', onSelect);
  }
}

// "Cite this": the copy buttons are shown, and the copy code fetched on the first click.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => void import('./copy-citation').then((copy) => copy.copyCitation(button)));
}

export {};
