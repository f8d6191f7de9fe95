/**
 * "My notes": every highlight and note the reader keeps in this browser,
 * grouped by brief, each with a link back to its words; exported as a W3C
 * AnnotationCollection (.jsonld) or as Markdown, imported from such a file
 * (merged by id), deleted one by one or all at once.
 */
import { fragmentLink, fromImport, ImportError, merge, noteOf, quoteOf, toCollection, toMarkdown, type ReaderAnnotation } from '../lib/reading/reader-annotations';
const list = document.getElementById('my-notes')!;
/** READER_NOTES_KEY of lib/reading-ids, as the page gives it. */
const READER_NOTES_KEY = list.dataset.storageKey!;
const actions = document.getElementById('my-notes-actions')!;
const status = document.getElementById('notes-status')!;

function load(): ReaderAnnotation[] {
  try {
    return JSON.parse(localStorage.getItem(READER_NOTES_KEY) ?? '[]') as ReaderAnnotation[];
  } catch {
    return [];
  }
}

const save = (notes: readonly ReaderAnnotation[]) => localStorage.setItem(READER_NOTES_KEY, JSON.stringify(notes));

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...content: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.append(...content);
  return element;
}

function render(): void {
  const notes = load();
  if (notes.length === 0) {
    list.replaceChildren(make('p', '', 'No highlights yet. Select words in a brief and choose “Highlight” or “Add a note”.'));
    return;
  }
  const bySource = new Map<string, ReaderAnnotation[]>();
  for (const note of notes) bySource.set(note.target.source.id, [...(bySource.get(note.target.source.id) ?? []), note]);
  list.replaceChildren(
    ...[...bySource].map(([source, items]) =>
      make(
        'section',
        '',
        make('h2', '', Object.assign(make('a', '', items[0]!.target.source.label), { href: source })),
        make(
          'ul',
          'card-list',
          ...items.map((item) => {
            const remove = make('button', '', 'Delete');
            remove.type = 'button';
            remove.addEventListener('click', () => {
              save(load().filter((other) => other.id !== item.id));
              status.textContent = 'Deleted.';
              render();
            });
            const note = noteOf(item);
            return make(
              'li',
              'my-note',
              make('blockquote', '', make('p', '', quoteOf(item).exact)),
              ...(note ? [make('p', '', note)] : []),
              make('p', 'meta', Object.assign(make('a', '', 'Read it in the brief'), { href: fragmentLink(source, quoteOf(item).exact) }), ' ', remove),
            );
          }),
        ),
      ),
    ),
  );
}

function download(name: string, type: string, content: string): void {
  const link = make('a', '');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

actions.hidden = false;
for (const button of actions.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
  button.addEventListener('click', () => {
    const notes = load();
    const day = new Date().toISOString().slice(0, 10);
    if (button.dataset.export === 'markdown') download(`my-notes-${day}.md`, 'text/markdown', toMarkdown(notes));
    else download(`my-notes-${day}.jsonld`, 'application/ld+json', `${JSON.stringify(toCollection(notes, new Date().toISOString()), null, 2)}\n`);
  });
}
document.getElementById('import-notes')!.addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  try {
    const added = fromImport(await file.text());
    save(merge(load(), added));
    status.textContent = `Imported ${added.length} highlight${added.length === 1 ? '' : 's'}.`;
  } catch (error) {
    status.textContent = error instanceof ImportError ? error.message : 'The file could not be read.';
  }
  render();
});
document.getElementById('clear-notes')!.addEventListener('click', () => {
  if (!confirm('Delete every highlight and note kept in this browser?')) return;
  save([]);
  status.textContent = 'All deleted.';
  render();
});
render();
