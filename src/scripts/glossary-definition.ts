/**
 * A glossary term's definition, opened in place: a term marked in the text
 * (`rehype-glossary-terms.ts`, made a control by `enhance.ts`) opens its
 * one-line definition right after itself, with a link to its glossary entry,
 * by click, tap, Enter or Space; the same again, Escape, or a tap outside
 * closes it. Loaded on the first use of a term.
 */
import { createPopup, openPopupAfter } from './inline-popup';

const popup = createPopup('term-definition', 'term-definition');
let current: HTMLElement | undefined;
let listening = false;

/** Opens the definition of `term`, or closes it if it is the one open. */
export function toggleDefinition(term: HTMLElement): void {
  listen();
  if (current === term && !popup.hidden) {
    close();
    return;
  }
  current?.setAttribute('aria-expanded', 'false');
  current = term;
  const name = document.createElement('strong');
  name.textContent = term.textContent ?? '';
  const parts: Array<Node | string> = [name, `: ${term.dataset.definition ?? ''}`];
  if (term.dataset.entry) {
    const link = document.createElement('a');
    link.href = term.dataset.entry;
    link.textContent = 'In the glossary';
    parts.push(' ', link);
  }
  popup.setAttribute('aria-label', `${term.textContent ?? ''}: definition`);
  popup.replaceChildren(...parts);
  term.setAttribute('aria-controls', popup.id);
  term.setAttribute('aria-expanded', 'true');
  openPopupAfter(term, popup, 320);
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
