/**
 * A glossary term's definition, opened in place: a term marked in the text
 * (`rehype-glossary-terms.ts`, made a control by `enhance.ts`) opens its
 * one-line definition right after itself, with a link to its glossary entry,
 * by click, tap, Enter or Space; the same again, Escape, or a tap outside
 * closes it. The definition is read from the glossary page, the one place
 * that holds it, fetched once when a term is first opened.
 */
import { createPopup, openPopupAfter } from './inline-popup';

const popup = createPopup('term-definition', 'term-definition');
let current: HTMLElement | undefined;
let listening = false;
let glossaryPage: Promise<Document> | undefined;

/** The glossary page's address as the site's own navigation has it, so the base path is never spelt here. */
const glossaryUrl = () => document.querySelector<HTMLAnchorElement>('a[href$="/glossary/"]')?.getAttribute('href') ?? undefined;

function glossary(url: string): Promise<Document> {
  glossaryPage ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    })
    .then((html) => new DOMParser().parseFromString(html, 'text/html'));
  glossaryPage.catch(() => (glossaryPage = undefined));
  return glossaryPage;
}

/** Opens the definition of `term`, or closes it if it is the one open. */
export function toggleDefinition(term: HTMLElement): void {
  listen();
  if (current === term && !popup.hidden) {
    close();
    return;
  }
  current?.setAttribute('aria-expanded', 'false');
  current = term;
  const id = term.dataset.term ?? '';
  const url = glossaryUrl();
  const name = document.createElement('strong');
  name.textContent = term.textContent ?? '';
  const definition = document.createElement('span');
  definition.textContent = ': …';
  const parts: Array<Node | string> = [name, definition];
  if (url) {
    const link = document.createElement('a');
    link.href = `${url}#${encodeURIComponent(id)}`;
    link.textContent = 'In the glossary';
    parts.push(' ', link);
  }
  popup.setAttribute('aria-label', `${term.textContent ?? ''}: definition`);
  popup.replaceChildren(...parts);
  term.setAttribute('aria-controls', popup.id);
  term.setAttribute('aria-expanded', 'true');
  openPopupAfter(term, popup, 320);
  if (!url) return;
  glossary(url)
    .then((page) => {
      // The entry's definition: the first words of its <dd>, before its other names and links.
      const entry = page.getElementById(id)?.nextElementSibling;
      definition.textContent = `: ${entry?.firstChild?.textContent?.trim() ?? 'see the glossary.'}`;
    })
    .catch(() => {
      definition.textContent = ': the definition could not be loaded; see the glossary.';
    })
    .finally(() => {
      if (current === term && !popup.hidden) openPopupAfter(term, popup, 320);
    });
}

function close(): void {
  if (popup.hidden) return;
  const returnFocus = popup.contains(document.activeElement) ? current : undefined;
  popup.hidden = true;
  current?.setAttribute('aria-expanded', 'false');
  returnFocus?.focus();
  current = undefined;
}

function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (!popup.hidden && !popup.contains(target) && !current?.contains(target)) close();
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  document.addEventListener('focusin', (event) => {
    const target = event.target as Node;
    if (!popup.contains(target) && target !== current) close();
  });
  window.addEventListener('pagehide', close);
}
