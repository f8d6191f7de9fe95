/**
 * Citation previews in the reading view. Each mark ("[5]") is its own Tab
 * stop and opens a preview of its one reference: the citation as the
 * reference list gives it, with its link out where the address is known;
 * the claim or claims it backs, named in their own words with a link, and
 * how it bears on each; and a link to the reference list.
 * - On hover with a mouse, or keyboard focus on the mark, the preview opens
 *   right after the mark in the document (`inline-popup.ts`), so Tab moves
 *   into its links next; moving away, or Escape, closes it.
 * - On a tap, in place of the jump to the reference list; a tap outside, or
 *   leaving the page, closes it, so it never stays stuck after Back.
 * Without JavaScript the mark is a plain link to the reference entry, which
 * holds the same information. Loaded by `enhance.ts` the first time a reader
 * reaches a citation mark.
 */
import { EVIDENCE_LABELS } from '../lib/render/labels';
import type { EvidenceRelation } from '../lib/content/schema';
import { createPopup, openPopupAfter } from './inline-popup';

interface Bearing {
  claim: string;
  relation: EvidenceRelation;
  note?: string;
}

const preview = createPopup('citation-preview', 'citation-preview');

let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
let touching = false;
let returning = false;

const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite') : null);

/** A block of the preview: a span drawn as a block, since the preview sits inside the sentence's markup. */
function line(className: string, ...content: Array<Node | string>): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.append(...content);
  return element;
}

/** A claim's first words, as a link to it in the text. */
function claimLink(id: string): HTMLElement | string {
  const claim = document.getElementById(id);
  if (!claim) return 'a claim of the brief';
  const words = (claim.textContent ?? '').trim().split(/\s+/);
  const link = document.createElement('a');
  link.href = `#${encodeURIComponent(id)}`;
  link.textContent = `“${words.length <= 10 ? words.join(' ') : `${words.slice(0, 10).join(' ')}…`}”`;
  link.addEventListener('click', () => hide());
  return link;
}

/** The preview of one mark: its number, citation, the claims it backs and how, where it stands if that misleads. */
function fill(mark: HTMLAnchorElement): void {
  const entry = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
  const parts: HTMLElement[] = [line('preview-number', mark.getAttribute('aria-label') ?? mark.textContent ?? '')];
  const citation = entry?.querySelector('.citation')?.cloneNode(true);
  if (citation instanceof HTMLElement) parts.push(line('preview-citation', ...citation.childNodes));
  const bearings = JSON.parse(mark.dataset.bearing ?? '[]') as Bearing[];
  for (const bearing of bearings) {
    const how = document.createElement('strong');
    how.textContent = `${capitalised(EVIDENCE_LABELS[bearing.relation]?.label ?? bearing.relation)}:`;
    parts.push(line('preview-relation', how, ' ', claimLink(bearing.claim), ...(bearing.note ? [` ${bearing.note}`] : [])));
  }
  // The group stands at the end of a sentence; when the words just before it are another claim's, say so.
  const follows = mark.closest<HTMLElement>('.cites')?.dataset.follows;
  if (follows && !bearings.some((bearing) => bearing.claim === follows)) {
    parts.push(line('preview-placement', 'The mark stands after ', claimLink(follows), ', which it does not back: it ends the sentence of the claim above.'));
  }
  const toList = document.createElement('a');
  toList.href = mark.hash;
  toList.className = 'preview-entry-link';
  toList.textContent = 'Go to the reference list';
  toList.addEventListener('click', () => hide());
  parts.push(line('preview-links', toList));
  preview.setAttribute('aria-label', mark.getAttribute('aria-label') ?? 'Reference');
  preview.replaceChildren(...parts);
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function show(mark: HTMLAnchorElement): void {
  window.clearTimeout(hideTimer);
  if (current === mark && !preview.hidden) return;
  current?.setAttribute('aria-expanded', 'false');
  current = mark;
  fill(mark);
  mark.setAttribute('aria-controls', preview.id);
  mark.setAttribute('aria-expanded', 'true');
  openPopupAfter(mark, preview);
}

function hide(): void {
  window.clearTimeout(hideTimer);
  if (preview.hidden) return;
  // Focus inside the preview goes back to its mark, so the reader keeps their place in the text.
  const returnFocus = preview.contains(document.activeElement) ? current : undefined;
  preview.hidden = true;
  current?.setAttribute('aria-expanded', 'false');
  current = undefined;
  // Focus going back to the mark must not open its preview again.
  returning = true;
  returnFocus?.focus();
  returning = false;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

/** Starts the previews, showing the one the reader has just reached. */
export function installCitationPreviews(first: HTMLAnchorElement, how: 'focus' | 'hover' | 'tap'): void {
  listen();
  touching = how === 'tap';
  show(first);
}

function listen(): void {
  document.addEventListener('pointerdown', (event) => {
    touching = event.pointerType !== 'mouse';
    // A tap or click outside the preview and the marks closes it.
    if (!preview.hidden && !preview.contains(event.target as Node) && !markOf(event.target)) hide();
  }, true);
  document.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (!mark || !touching) return;
    event.preventDefault();
    if (current === mark && !preview.hidden) hide();
    else show(mark);
  });
  // Focus on a mark opens its preview; focus moving into the preview keeps it; focus anywhere else closes it.
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (returning) return;
    if (mark && !touching) show(mark);
    else if (!mark && !preview.contains(event.target as Node)) hide();
  });
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const mark = markOf(event.target);
    if (mark) show(mark);
    else if (preview.contains(event.target as Node)) window.clearTimeout(hideTimer);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse' || preview.contains(document.activeElement) || document.activeElement === current) return;
    if (markOf(event.target) || preview.contains(event.target as Node)) hideSoon();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !preview.hidden) hide();
  });
  // Never stuck after navigating: leaving the page, or moving within it, closes it.
  window.addEventListener('pagehide', hide);
  window.addEventListener('hashchange', hide);
  window.addEventListener('popstate', hide);
}
