/**
 * Where a popup of the reading view goes: a citation's preview, a glossary
 * term's definition. It is inserted right after the control that opens it,
 * so its links come next in the Tab order and a screen reader meets it
 * there; it is drawn in place, below the control where there is room and
 * above it otherwise, never wider than the viewport nor past its edges.
 */

import { EDITORIAL_ATTRIBUTE } from '../lib/content/reading-ids';

const EDGE = 8;

/** A popup element, hidden until opened: a labelled group, marked as the editors' (never copied with the text). */
export function createPopup(id: string, className: string): HTMLElement {
  const popup = document.createElement('span');
  popup.id = id;
  popup.className = className;
  popup.setAttribute('role', 'group');
  popup.setAttribute(EDITORIAL_ATTRIBUTE, '');
  popup.hidden = true;
  return popup;
}
const GAP = 6;

/** Shows `popup` right after `control` in the document and places it within the viewport. */
export function openPopupAfter(control: Element, popup: HTMLElement, maxWidth = 352): void {
  if (control.nextElementSibling !== popup) control.after(popup);
  popup.hidden = false;
  const viewport = document.documentElement.clientWidth;
  const width = Math.min(maxWidth, viewport - 2 * EDGE);
  popup.style.width = `${width}px`;
  const anchor = control.getBoundingClientRect();
  const height = popup.offsetHeight;
  const left = Math.max(EDGE, Math.min(anchor.left + anchor.width / 2 - width / 2, viewport - width - EDGE));
  const fitsBelow = anchor.bottom + GAP + height <= window.innerHeight - EDGE;
  const fitsAbove = anchor.top - GAP - height >= EDGE;
  const top = fitsBelow || !fitsAbove ? anchor.bottom + GAP : anchor.top - GAP - height;
  // Absolute positions count from the popup's containing block: a positioned ancestor, or the document.
  const parent = popup.offsetParent;
  const origin = parent && parent !== document.body ? parent.getBoundingClientRect() : { left: -window.scrollX, top: -window.scrollY };
  const border = parent instanceof HTMLElement && parent !== document.body ? { left: parent.clientLeft, top: parent.clientTop } : { left: 0, top: 0 };
  popup.style.left = `${Math.round(left - origin.left - border.left)}px`;
  popup.style.top = `${Math.round(top - origin.top - border.top)}px`;
}
