/**
 * The annotated reading, loaded by `enhance.ts` when the reader turns the
 * annotations on:
 * - on wide screens, each claim's annotation moves into the margin, level
 *   with the claim's first line (`lib/margin-layout.ts`);
 * - hovering or focusing a claim or its annotation highlights both;
 * - activating a claim, or its control, opens its details (`claim-panel.ts`).
 * Without it, the annotations sit under their paragraph and each control is
 * a link to the claim's page.
 */
import { placeMarginNotes } from '../lib/margin-layout';
import { BRIEF_TEXT_ID, noteId } from '../lib/reading-ids';
import { openClaimPanel } from './claim-panel';
import { keepPlace, readingPlace, type ReadingPlace } from './reading-place';

const WIDE = window.matchMedia('(min-width: 75rem)');
let started = false;

/** Starts (or, on later calls, re-lays) the annotated reading; `before` is the reader's place before the switch was turned. */
export function startAnnotatedReading(annotationsSwitch: HTMLInputElement, before?: ReadingPlace): void {
  const text = document.getElementById(BRIEF_TEXT_ID);
  if (!text) return;
  layOut(text, annotationsSwitch, before);
  if (started) return;
  started = true;

  const relayout = () => layOut(text, annotationsSwitch);
  annotationsSwitch.removeEventListener('change', relayout);
  let scrolling = false;
  window.addEventListener('scroll', () => {
    if (scrolling) return;
    scrolling = true;
    requestAnimationFrame(() => {
      scrolling = false;
      place = readingPlace();
    });
  }, { passive: true });
  WIDE.addEventListener('change', relayout);
  window.addEventListener('resize', relayout);
  void document.fonts?.ready.then(relayout);

  const claimOf = (target: EventTarget | null): HTMLElement | null => {
    if (!(target instanceof Element) || !annotationsSwitch.checked) return null;
    const note = target.closest<HTMLElement>('.claim-note');
    if (note) return document.getElementById(note.dataset.claim ?? '');
    return target.closest<HTMLElement>('.brief-text .claim');
  };
  let active: HTMLElement | null = null;
  const activate = (claim: HTMLElement | null) => {
    if (claim === active) return;
    for (const element of document.querySelectorAll('.is-active')) element.classList.remove('is-active');
    active = claim;
    if (!claim) return;
    claim.classList.add('is-active');
    document.getElementById(noteId(claim.id))?.classList.add('is-active');
  };
  text.addEventListener('pointerover', (event) => activate(claimOf(event.target)));
  text.addEventListener('pointerleave', () => activate(null));
  text.addEventListener('focusin', (event) => activate(claimOf(event.target)));

  text.addEventListener('click', (event) => {
    if (!annotationsSwitch.checked || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element;
    const control = target.closest<HTMLAnchorElement>('a.claim-control');
    if (control) {
      event.preventDefault();
      openClaimPanel(control, control);
      return;
    }
    // A click on a claim's words opens it too, unless the reader is selecting text or following a link.
    if (target.closest('a') || !getSelection()?.isCollapsed) return;
    const claim = target.closest<HTMLElement>('.claim');
    const claimControl = claim && document.querySelector<HTMLAnchorElement>(`#${CSS.escape(noteId(claim.id))} a.claim-control`);
    if (claimControl) openClaimPanel(claimControl, claimControl);
  });
}

/** Moves each annotation beside its claim on wide screens; back under its paragraph otherwise. */
function layOut(text: HTMLElement, annotationsSwitch: HTMLInputElement, before = place ?? readingPlace()): void {
  const notes = [...text.querySelectorAll<HTMLElement>('.claim-note')];
  const inMargin = WIDE.matches && annotationsSwitch.checked;
  text.classList.toggle('margin-layout', inMargin);
  if (inMargin) placeInMargin(text, notes);
  else for (const note of notes) note.style.removeProperty('top');
  keepPlace(before);
  place = readingPlace();
}

/** The reader's place, kept up to date as they scroll. */
let place: ReadingPlace | undefined;

function placeInMargin(text: HTMLElement, notes: HTMLElement[]): void {
  const origin = text.getBoundingClientRect().top;
  const items = notes.map((note) => {
    const claim = document.getElementById(note.dataset.claim ?? '');
    const firstLine = claim?.getClientRects()[0];
    return { wanted: firstLine ? firstLine.top - origin : 0, height: note.getBoundingClientRect().height };
  });
  placeMarginNotes(items).forEach((top, index) => notes[index]!.style.setProperty('top', `${Math.round(top)}px`));
}
