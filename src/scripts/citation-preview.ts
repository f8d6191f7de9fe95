/**
 * Citation previews in the reading view. Hovering or focusing a citation
 * mark shows the reference's citation, how it bears on this claim and its
 * link out; Escape or moving away dismisses it. Without JavaScript the mark
 * is a plain link to the reference entry, which holds the same information.
 * Loaded by `enhance.ts` the first time a reader reaches a citation mark.
 */
const preview = document.createElement('div');
preview.id = 'citation-preview';
preview.className = 'citation-preview';
preview.setAttribute('role', 'tooltip');
preview.hidden = true;

let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function show(mark: HTMLAnchorElement): void {
  const entry = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
  if (!entry) return;
  window.clearTimeout(hideTimer);
  current?.removeAttribute('aria-describedby');
  current = mark;

  const citation = entry.querySelector('.citation')?.cloneNode(true) as HTMLElement | undefined;
  const relation = document.createElement('p');
  relation.className = 'preview-relation';
  const strong = document.createElement('strong');
  strong.textContent = `${mark.dataset.relation ?? 'context'} this claim`;
  relation.append(strong);
  if (mark.dataset.note) relation.append(`: ${mark.dataset.note}`);
  const number = document.createElement('p');
  number.className = 'preview-number';
  number.textContent = `Reference ${mark.textContent}`;
  preview.replaceChildren(number, ...(citation ? [citation] : []), relation);

  preview.hidden = false;
  mark.setAttribute('aria-describedby', preview.id);
  const box = mark.getBoundingClientRect();
  const width = Math.min(352, document.documentElement.clientWidth - 16);
  const left = Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
  preview.style.width = `${width}px`;
  preview.style.left = `${left}px`;
  preview.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide(): void {
  preview.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function hideSoon(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite') : null);

/** Starts the previews, showing the one for the mark the reader has just reached. */
export function installCitationPreviews(first: HTMLAnchorElement): void {
  document.body.append(preview);
  listen();
  show(first);
}

function listen(): void {
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
    else if (!preview.contains(event.target as Node)) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (markOf(event.target)) hideSoon();
  });
  document.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
    else if (preview.contains(event.target as Node)) window.clearTimeout(hideTimer);
  });
  document.addEventListener('pointerout', (event) => {
    if (markOf(event.target) || preview.contains(event.target as Node)) hideSoon();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !preview.hidden) hide();
  });
}
