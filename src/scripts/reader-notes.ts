/**
 * The reader's own layer on a brief: select words and a small toolbar
 * offers to copy them as a quotation with the brief's citation and a link
 * that lands on them, to highlight them, or to highlight them with a note.
 * Highlights are W3C Web Annotations (`lib/reading/reader-annotations.ts`) kept in
 * this browser's localStorage; nothing leaves the device. They show as
 * `<mark>` in both readings, the notes beside them in the annotated one.
 * When the brief's text has changed, each is placed again by the editors'
 * fuzzy re-anchoring (`lib/anchor/reanchor.ts`, loaded only then); one that cannot
 * be placed is listed as orphaned under the text, never dropped.
 *
 * Keyboard: select with Shift and the arrow keys (caret browsing, F7, where
 * the browser needs it), then Alt+Shift+C copies the quote, Alt+Shift+H
 * highlights, Alt+Shift+N highlights with a note.
 *
 * Loaded by `enhance.ts` on the first selection in the brief's text, or at
 * once where this page has highlights.
 */
import { BLOCK_TAGS } from '../lib/anchor/text-blocks';
import { describeHighlight, fragmentLink, movedTo, noteOf, placeExactly, quotation, quoteOf, type ReaderAnnotation } from '../lib/reading/reader-annotations';
import { BRIEF_TEXT_ID, EDITORIAL_ATTRIBUTE, READER_NOTES_KEY, RELAYOUT_EVENT } from '../lib/content/reading-ids';
import { offsetsOf, pageText, piecesOf } from './page-text';

const text = document.getElementById(BRIEF_TEXT_ID)!;
const source = `${location.origin}${location.pathname}`;
const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;

/** Every highlight of every brief, as stored. */
export function loadNotes(): ReaderAnnotation[] {
  try {
    return JSON.parse(localStorage.getItem(READER_NOTES_KEY) ?? '[]') as ReaderAnnotation[];
  } catch {
    return [];
  }
}

export function saveNotes(notes: readonly ReaderAnnotation[]): void {
  localStorage.setItem(READER_NOTES_KEY, JSON.stringify(notes));
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...content: Array<Node | string>) => {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...content);
  return made;
};

/** Wraps the highlight's words in `<mark>`s, and puts its note after its block. */
function show(annotation: ReaderAnnotation, start: number, end: number): void {
  for (const { node, from, to } of piecesOf(pageText(text), start, end)) {
    const piece = from > 0 ? node.splitText(from) : node;
    if (to - from < piece.data.length) piece.splitText(to - from);
    const mark = element('mark', 'reader-highlight');
    mark.dataset.highlight = annotation.id;
    piece.replaceWith(mark);
    mark.append(piece);
  }
  const note = noteOf(annotation);
  const first = text.querySelector(`mark[data-highlight="${CSS.escape(annotation.id)}"]`);
  if (!note || !first) return;
  const aside = element('aside', 'reader-note', element('strong', '', 'Your note: '), note);
  aside.dataset.highlight = annotation.id;
  aside.setAttribute(EDITORIAL_ATTRIBUTE, '');
  aside.setAttribute('aria-label', 'Your note');
  let block: Element = first;
  while (block.parentElement && block.parentElement !== text && !BLOCK_TAGS.has(block.tagName.toLowerCase())) block = block.parentElement;
  // After the block, and after the editors' annotations on it.
  let after: Element = block;
  while (after.nextElementSibling?.matches('[data-editorial]')) after = after.nextElementSibling;
  if (block.tagName === 'LI') block.append(aside);
  else after.after(aside);
}

/** Places every highlight of this page; those that cannot be placed are listed, never dropped. */
async function showStored(): Promise<void> {
  const all = loadNotes();
  const mine = all.filter((annotation) => annotation.target.source.id === source);
  const orphans: ReaderAnnotation[] = [];
  let changed = false;
  for (const annotation of mine) {
    const current = pageText(text).text;
    let place = placeExactly(current, annotation);
    let placed = annotation;
    if (!place) {
      const [{ reanchorClaims }, { findQuote }] = await Promise.all([import('../lib/anchor/reanchor'), import('../lib/anchor/anchor-quotes')]);
      const { exact, prefix, suffix } = quoteOf(annotation);
      const [outcome] = reanchorClaims(current, [{ id: annotation.id, quote: { exact, prefix, suffix } }]);
      const quote = outcome?.status === 'reanchored' ? outcome.after : outcome?.status === 'unchanged' ? outcome.before : undefined;
      const match = quote && findQuote(current, quote);
      if (match && match.status === 'found') {
        place = { start: match.start, end: match.end };
        placed = movedTo(annotation, current, match.start, match.end, new Date().toISOString());
        all[all.indexOf(annotation)] = placed;
        changed = true;
      }
    }
    if (place) show(placed, place.start, place.end);
    else orphans.push(annotation);
  }
  if (changed) saveNotes(all);
  if (orphans.length > 0) {
    const list = element('ul', '', ...orphans.map((orphan) => element('li', '', element('q', '', quoteOf(orphan).exact), ...(noteOf(orphan) ? [' — ', noteOf(orphan)!] : []))));
    const box = element('section', 'orphaned-notes', element('h2', '', 'Your highlights that no longer fit the text'), element('p', '', 'The brief’s text has changed and these words are no longer in it. They are kept, and listed on ', Object.assign(element('a', '', 'My notes'), { href: document.querySelector<HTMLAnchorElement>('a[href$="/notes/"]')?.href ?? '' }), '.'), list);
    box.setAttribute(EDITORIAL_ATTRIBUTE, '');
    text.after(box);
  }
  document.dispatchEvent(new Event(RELAYOUT_EVENT));
}

// The toolbar, for the words selected in the brief's text.
const toolbar = element('div', 'reader-toolbar');
toolbar.setAttribute('role', 'toolbar');
toolbar.setAttribute('aria-label', 'Your selection');
toolbar.setAttribute(EDITORIAL_ATTRIBUTE, '');
toolbar.hidden = true;
const status = element('span', 'visually-hidden');
status.setAttribute('role', 'status');
const button = (label: string, action: () => void, shortcut?: string) => {
  const made = element('button', '', label);
  made.type = 'button';
  if (shortcut) made.setAttribute('aria-keyshortcuts', shortcut);
  made.addEventListener('click', action);
  return made;
};
const noteForm = element('form', 'reader-note-form');
const noteField = element('textarea', '');
noteField.rows = 3;
noteField.setAttribute('aria-label', 'Your note, kept in this browser only');
const save = element('button', '', 'Save');
noteForm.append(noteField, save, button('Cancel', () => hideToolbar()));
noteForm.hidden = true;
noteForm.addEventListener('submit', (event) => {
  event.preventDefault();
  highlight(noteField.value);
});
toolbar.append(
  button('Copy quote', () => copyQuote(), 'Alt+Shift+C'),
  button('Highlight', () => highlight(), 'Alt+Shift+H'),
  button('Add a note', () => askForNote(), 'Alt+Shift+N'),
  noteForm,
);

let selected: { start: number; end: number; range: Range } | undefined;

/** The selection, if it lies in the brief's text and holds some of the author's words. */
function selection(): typeof selected {
  const current = getSelection();
  if (!current || current.isCollapsed || current.rangeCount === 0) return undefined;
  const range = current.getRangeAt(0);
  if (!text.contains(range.commonAncestorContainer)) return undefined;
  const offsets = offsetsOf(range, pageText(text));
  if (!offsets) return undefined;
  // Without the whitespace at its edges.
  const words = pageText(text).text;
  let { start, end } = offsets;
  while (start < end && /\s/.test(words[start]!)) start++;
  while (end > start && /\s/.test(words[end - 1]!)) end--;
  return end > start ? { start, end, range: range.cloneRange() } : undefined;
}

function showToolbar(): void {
  const current = selection();
  if (!current) {
    // Typing a note moves the selection into the note's field: the words chosen stay chosen.
    if (!toolbar.contains(document.activeElement)) hideToolbar();
    return;
  }
  selected = current;
  noteForm.hidden = true;
  toolbar.hidden = false;
  const box = selected.range.getBoundingClientRect();
  // On a touch screen the system's own menu stands above the words: the toolbar goes below them.
  const below = matchMedia('(pointer: coarse)').matches || box.top < toolbar.offsetHeight + 8;
  const top = below ? box.bottom + 8 : box.top - toolbar.offsetHeight - 8;
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - toolbar.offsetWidth - 8));
  toolbar.style.top = `${Math.round(top + window.scrollY)}px`;
  toolbar.style.left = `${Math.round(left + window.scrollX)}px`;
}

function hideToolbar(): void {
  toolbar.hidden = true;
  noteForm.hidden = true;
  noteField.value = '';
}

/** The brief's citation, from the page's own metadata. */
function citation() {
  const meta = (name: string) => [...document.querySelectorAll<HTMLMetaElement>(`meta[name="${name}"]`)].map((tag) => tag.content);
  const written = document.querySelector('.brief header .meta dd')?.textContent?.trim() ?? '';
  return { author: meta('citation_author').join('; ') || 'author unknown', title, date: meta('citation_publication_date')[0] ?? written };
}

function copyQuote(): void {
  const chosen = selected ?? selection();
  if (!chosen) return;
  const words = pageText(text).text.slice(chosen.start, chosen.end);
  const container = chosen.range.commonAncestorContainer;
  const claim = (container instanceof Element ? container : container.parentElement)?.closest<HTMLElement>('.claim[id]');
  const { text: plain, html } = quotation(words, { ...citation(), url: fragmentLink(source, words, claim?.id) });
  // The copy event lets the page set both forms, with no permission to ask. The deprecated
  // execCommand('copy') is the one way to raise it; navigator.clipboard.write() needs a secure
  // origin, and a plain-HTTP host is one this site must serve.
  document.addEventListener('copy', (event) => {
    event.preventDefault();
    event.clipboardData?.setData('text/plain', plain);
    event.clipboardData?.setData('text/html', html);
  }, { once: true });
  document.execCommand('copy');
  status.textContent = 'Copied, with the brief’s citation and a link to these words.';
  hideToolbar();
}

function askForNote(): void {
  if (!selected) return;
  noteForm.hidden = false;
  noteField.focus();
}

function highlight(note?: string): void {
  const chosen = selected;
  if (!chosen) return;
  const now = new Date().toISOString();
  const annotation = describeHighlight({ text: pageText(text).text, start: chosen.start, end: chosen.end, source, title, note, id: `urn:uuid:${newId()}`, created: now });
  saveNotes([...loadNotes(), annotation]);
  show(annotation, chosen.start, chosen.end);
  getSelection()?.removeAllRanges();
  hideToolbar();
  status.textContent = note ? 'Highlighted, with your note.' : 'Highlighted.';
  document.dispatchEvent(new Event(RELAYOUT_EVENT));
}

/** A random UUID; `crypto.randomUUID` is only there on secure origins, so a plain-HTTP host gets one made by hand. */
function newId(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let started = false;

/** Shows this page's highlights and starts offering the toolbar. */
export function startReaderNotes(): void {
  if (started) return;
  started = true;
  // Inside the page's main landmark, where a screen reader looks for what belongs to the text.
  (document.querySelector('main') ?? document.body).append(toolbar, status);
  void showStored();
  let timer: number | undefined;
  document.addEventListener('selectionchange', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(showToolbar, 200);
  });
  showToolbar();
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !toolbar.hidden) hideToolbar();
    if (!event.altKey || !event.shiftKey) return;
    const action = { KeyC: copyQuote, KeyH: () => highlight(), KeyN: askForNote }[event.code];
    if (!action) return;
    selected = selection() ?? selected;
    if (!selected) return;
    event.preventDefault();
    if (event.code === 'KeyN') showToolbar();
    action();
  });
}
