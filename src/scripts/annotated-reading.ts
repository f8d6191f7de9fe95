/**
 * The annotated reading, loaded by `enhance.ts` when the reader turns the
 * annotations on:
 * - on wide screens, each claim's annotation moves into the margin, level
 *   with the claim's first line (`lib/reading/margin-layout.ts`), and a thin rule in
 *   the gutter shows the claim's extent, first line to last;
 * - hovering or focusing a claim or its annotation highlights both;
 * - activating a claim, or its control, opens its details (`claim-panel.ts`).
 * Without it, the annotations sit under their paragraph and each control is
 * a link to the claim's page.
 */
import { placeMarginNotes } from '../lib/reading/margin-layout';
import { BRIEF_TEXT_ID, EDITORIAL_ATTRIBUTE, RELAYOUT_EVENT, noteId } from '../lib/content/reading-ids';
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
  // The reader's own notes (reader-notes.ts) take their place in the margin too.
  document.addEventListener(RELAYOUT_EVENT, relayout);
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
    extents.get(claim.id)?.classList.add('is-active');
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
    if (target.closest('a, .glossary-term, .citation-preview, .term-definition') || !getSelection()?.isCollapsed) return;
    const claim = target.closest<HTMLElement>('.claim');
    const claimControl = claim && document.querySelector<HTMLAnchorElement>(`#${CSS.escape(noteId(claim.id))} a.claim-control`);
    if (claimControl) openClaimPanel(claimControl, claimControl);
  });
}

/** Moves each annotation beside its claim on wide screens; back under its paragraph otherwise. */
function layOut(text: HTMLElement, annotationsSwitch: HTMLInputElement, before = place ?? readingPlace()): void {
  const notes = [...text.querySelectorAll<HTMLElement>('.claim-note, .reader-note')];
  const inMargin = WIDE.matches && annotationsSwitch.checked;
  text.classList.toggle('margin-layout', inMargin);
  if (inMargin) {
    placeInMargin(text, notes);
    drawExtents(text, notes.filter((note) => note.classList.contains('claim-note')));
  } else {
    for (const note of notes) note.style.removeProperty('top');
    extentLayer?.remove();
    extents.clear();
  }
  keepPlace(before);
  place = readingPlace();
}

/** Each claim's rule in the gutter, by claim id. */
const extents = new Map<string, HTMLElement>();
let extentLayer: HTMLElement | undefined;

/**
 * A rule in the gutter beside each claim, from its first line to its last:
 * the claim's extent, shown without decorating its words. Claims that follow
 * each other in a block alternate between two lanes, so a claim that starts
 * on the line where the one before it ends is still seen as its own.
 */
function drawExtents(text: HTMLElement, notes: HTMLElement[]): void {
  extentLayer ??= Object.assign(document.createElement('div'), { className: 'claim-extents' });
  extentLayer.setAttribute('aria-hidden', 'true');
  extentLayer.setAttribute(EDITORIAL_ATTRIBUTE, '');
  const box = text.getBoundingClientRect();
  const rules: HTMLElement[] = [];
  let lane = 0;
  let previousBlock: Element | null = null;
  for (const note of notes) {
    const claim = document.getElementById(note.dataset.claim ?? '');
    const lines = claim ? [...claim.getClientRects()].filter((line) => line.width > 0) : [];
    if (!claim || lines.length === 0) continue;
    const block = note.parentElement;
    lane = block === previousBlock ? 1 - lane : 0;
    previousBlock = block;
    const rule = extents.get(claim.id) ?? document.createElement('span');
    rule.className = claim.classList.contains('is-active') ? 'claim-extent is-active' : 'claim-extent';
    rule.dataset.kind = note.dataset.kind;
    rule.style.top = `${Math.round(lines[0]!.top - box.top + 3)}px`;
    rule.style.height = `${Math.max(8, Math.round(lines[lines.length - 1]!.bottom - lines[0]!.top - 6))}px`;
    rule.style.left = `${Math.round(box.width + 10 + lane * 7)}px`;
    extents.set(claim.id, rule);
    rules.push(rule);
  }
  extentLayer.replaceChildren(...rules);
  if (extentLayer.parentElement !== text) text.append(extentLayer);
}

/** The reader's place, kept up to date as they scroll. */
let place: ReadingPlace | undefined;

/** What a margin note is about: its claim, or the first mark of the reader's highlight. */
const anchorOf = (text: HTMLElement, note: HTMLElement) =>
  note.dataset.claim ? document.getElementById(note.dataset.claim) : text.querySelector(`mark[data-highlight="${CSS.escape(note.dataset.highlight ?? '')}"]`);

function placeInMargin(text: HTMLElement, notes: HTMLElement[]): void {
  const origin = text.getBoundingClientRect().top;
  // In the order of the lines they belong to: the reader's notes among the editors'.
  const items = notes
    .map((note) => {
      const firstLine = anchorOf(text, note)?.getClientRects()[0];
      return { note, wanted: firstLine ? firstLine.top - origin : 0, height: note.getBoundingClientRect().height };
    })
    .sort((a, b) => a.wanted - b.wanted);
  placeMarginNotes(items).forEach((top, index) => items[index]!.note.style.setProperty('top', `${Math.round(top)}px`));
}
