/**
 * Citation previews in the reading view. A citation group ("[1][2]") shows
 * each reference it holds, how it bears on the claim before it and its link
 * out:
 * - on hover with a mouse, or keyboard focus on the group's mark, beside it;
 *   moving away or Escape dismisses it;
 * - on a tap, in place of the jump to the reference list; a tap outside, or
 *   leaving the page, dismisses it, so it never stays stuck after Back.
 * Without JavaScript the mark is a plain link to the reference entry, which
 * holds the same information. Loaded by `enhance.ts` the first time a reader
 * reaches a citation mark.
 */
import { EVIDENCE_LABELS } from '../lib/labels';
import type { EvidenceRelation } from '../lib/schema';

interface Bearing {
  claim: string;
  relation: EvidenceRelation;
  note?: string;
}

const preview = document.createElement('div');
preview.id = 'citation-preview';
preview.className = 'citation-preview';
preview.setAttribute('role', 'tooltip');
preview.hidden = true;

let current: HTMLElement | undefined;
let hideTimer: number | undefined;
let touching = false;

const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite') : null);

/** One reference of the group: its number, its citation as the reference list gives it, how it bears on the claim. */
function referenceBlock(mark: HTMLAnchorElement, withLink: boolean): HTMLElement {
  const block = document.createElement('div');
  block.className = 'preview-reference';
  const entry = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
  const number = document.createElement('p');
  number.className = 'preview-number';
  number.textContent = mark.getAttribute('aria-label') ?? mark.textContent ?? '';
  block.append(number);
  const citation = entry?.querySelector('.citation')?.cloneNode(true);
  if (citation) block.append(citation);
  const bearings = JSON.parse(mark.dataset.bearing ?? '[]') as Bearing[];
  for (const bearing of bearings) {
    const relation = document.createElement('p');
    relation.className = 'preview-relation';
    const strong = document.createElement('strong');
    strong.textContent = `${EVIDENCE_LABELS[bearing.relation]?.label ?? bearing.relation} this claim`;
    relation.append(strong);
    if (bearing.note) relation.append(`: ${bearing.note}`);
    block.append(relation);
  }
  if (withLink) {
    const link = document.createElement('a');
    link.href = mark.hash;
    link.className = 'preview-entry-link';
    link.textContent = 'Go to the reference list';
    link.addEventListener('click', () => hide());
    block.append(link);
  }
  return block;
}

function show(mark: HTMLAnchorElement, how: 'focus' | 'hover' | 'tap'): void {
  const group = mark.closest<HTMLElement>('.cites');
  if (!group) return;
  window.clearTimeout(hideTimer);
  if (current === group && !preview.hidden) return;
  current?.querySelector('a.cite')?.removeAttribute('aria-describedby');
  current = group;
  const marks = [...group.querySelectorAll<HTMLAnchorElement>('a.cite')];
  preview.replaceChildren(...marks.map((each) => referenceBlock(each, how === 'tap')));
  preview.hidden = false;
  marks[0]!.setAttribute('aria-describedby', preview.id);

  const box = group.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const width = Math.min(352, viewport - 16);
  const left = Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + viewport - width - 8));
  preview.style.width = `${width}px`;
  preview.style.left = `${left}px`;
  preview.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide(): void {
  preview.hidden = true;
  current?.querySelector('a.cite')?.removeAttribute('aria-describedby');
  current = undefined;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

/** Starts the previews, showing the one the reader has just reached. */
export function installCitationPreviews(first: HTMLAnchorElement, how: 'focus' | 'hover' | 'tap'): void {
  document.body.append(preview);
  listen();
  touching = how === 'tap';
  show(first, how);
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
    if (current === mark.closest('.cites') && !preview.hidden) hide();
    else show(mark, 'tap');
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark && !touching) show(mark, 'focus');
    else if (!mark && !preview.contains(event.target as Node)) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (markOf(event.target) && !touching) hideSoon();
  });
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const mark = markOf(event.target);
    if (mark) show(mark, 'hover');
    else if (preview.contains(event.target as Node)) window.clearTimeout(hideTimer);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
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
