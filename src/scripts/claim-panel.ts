/**
 * A claim's details, where the reader's eyes are: on wide screens a panel
 * beside the text, fixed in the viewport at the height of the claim's first
 * line as far as it fits, never taller than the viewport; on phones a sheet
 * over the lower 60% of the screen, with the claim scrolled into the part
 * above it. It holds what the claim's own page holds (kind, topics, evidence
 * and how each source bears on it, note, related claims: evidence first, so
 * it shows without scrolling), taken from that page, so there is one place
 * for a claim's details; plus its permalink in the reading view.
 *
 * It closes with Escape, its close button or a click or tap outside, and
 * focus goes back where it was.
 */
const panel = document.createElement('div');
panel.className = 'claim-panel';
panel.id = 'claim-panel';
panel.setAttribute('role', 'dialog');
panel.setAttribute('aria-labelledby', 'claim-panel-title');
panel.hidden = true;
const WIDE = window.matchMedia('(min-width: 75rem)');
/** The order of the claim page's parts in the panel: what backs the claim comes before the editors' note on it. */
const PART_ORDER = ['kind', 'evidence', 'note', 'related'];

let returnTo: HTMLElement | undefined;
let openControl: HTMLAnchorElement | undefined;
let openClaim: HTMLElement | undefined;
let installed = false;
const pages = new Map<string, Promise<Document>>();

function claimPage(url: string): Promise<Document> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.text();
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    pages.set(url, page);
    page.catch(() => pages.delete(url));
  }
  return page;
}

function install(): void {
  if (installed) return;
  installed = true;
  document.body.append(panel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  // A tap or click outside closes it; on a phone the sheet leaves the claim above it in view, not dimmed.
  document.addEventListener('pointerdown', (event) => {
    if (panel.hidden) return;
    const target = event.target as Node;
    // A tap on the open claim's own words or control is left to the click, which closes it (a toggle).
    if (panel.contains(target) || openControl?.contains(target) || openClaim?.contains(target)) return;
    // Focus goes back to where it was once the tap or click is done, unless it landed on something focusable:
    // a tap on plain text blurs to the body after this event, so focusing now would be undone.
    const back = returnTo;
    close(false);
    const restore = () => {
      if (!document.activeElement || document.activeElement === document.body) back?.focus({ preventScroll: true });
    };
    document.addEventListener('click', restore, { once: true });
    window.setTimeout(() => document.removeEventListener('click', restore), 1000);
  });
  window.addEventListener('resize', () => {
    if (!panel.hidden && openClaim) place(openClaim);
  });
  window.addEventListener('pagehide', () => close(false));
}

/** Opens the details of the claim whose control this is, or closes them if they are open; `from` gets focus back on close. */
export function openClaimPanel(control: HTMLAnchorElement, from: HTMLElement): void {
  install();
  if (openControl === control && !panel.hidden) {
    close();
    return;
  }
  openControl?.setAttribute('aria-expanded', 'false');
  openControl = control;
  returnTo = from;
  control.setAttribute('aria-expanded', 'true');
  control.setAttribute('aria-controls', panel.id);

  const note = control.closest<HTMLElement>('.claim-note');
  const claimId = note?.dataset.claim ?? '';
  const claim = document.getElementById(claimId);
  const title = document.createElement('h2');
  title.id = 'claim-panel-title';
  title.tabIndex = -1;
  // The kind, then the claim's own opening words: which claim these details are about.
  const kind = note?.querySelector('.claim-kind')?.textContent ?? 'Claim';
  title.textContent = claim ? `${kind}: “${openingOf(claim.textContent ?? '')}”` : kind;
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'claim-panel-close';
  closeButton.setAttribute('aria-label', 'Close the claim’s details');
  closeButton.textContent = '×';
  closeButton.addEventListener('click', () => close());
  const body = document.createElement('div');
  body.className = 'claim-panel-body';
  body.textContent = 'Loading…';
  const links = document.createElement('p');
  links.className = 'claim-panel-links';
  const permalink = document.createElement('a');
  permalink.href = `${location.pathname}#${encodeURIComponent(claimId)}`;
  permalink.textContent = 'Permalink to this claim';
  permalink.addEventListener('click', () => close(false));
  const pageLink = document.createElement('a');
  pageLink.href = control.href;
  pageLink.textContent = 'The claim’s page';
  links.append(permalink, pageLink);
  panel.replaceChildren(closeButton, title, body, links);

  panel.hidden = false;
  document.querySelector('.claim.is-open')?.classList.remove('is-open');
  claim?.classList.add('is-open');
  openClaim = claim ?? control;
  place(openClaim, true);
  title.focus({ preventScroll: true });

  claimPage(control.href)
    .then((page) => {
      if (openControl !== control) return;
      // The parts of the claim's page marked for the panel: kind and topics, note, evidence, related claims.
      const rank = (part: Element) => PART_ORDER.indexOf(part.getAttribute('data-claim-details') ?? '');
      const parts = [...page.querySelectorAll('[data-claim-details]')]
        .sort((a, b) => rank(a) - rank(b))
        .map((part) => document.importNode(part, true));
      // Headings inside the panel sit under its own title; the page's ids are not this page's.
      for (const heading of parts.flatMap((part) => [...part.querySelectorAll('h2')])) {
        const smaller = document.createElement('h3');
        smaller.append(...heading.childNodes);
        heading.replaceWith(smaller);
      }
      for (const labelled of parts.flatMap((part) => [part, ...part.querySelectorAll('[id], [aria-labelledby]')])) {
        labelled.removeAttribute('id');
        labelled.removeAttribute('aria-labelledby');
      }
      // A related claim of this brief is right here in the text: its link leads there, not away.
      for (const part of parts) {
        for (const link of part.querySelectorAll<HTMLAnchorElement>('a[href*="/claims/"]')) {
          const id = decodeURIComponent(new URL(link.href).pathname.split('/').filter(Boolean).pop() ?? '');
          if (!document.getElementById(id)?.classList.contains('claim')) continue;
          link.href = `#${encodeURIComponent(id)}`;
          link.addEventListener('click', () => close(false));
        }
      }
      body.replaceChildren(...parts);
      if (openClaim) place(openClaim);
    })
    .catch(() => {
      if (openControl !== control) return;
      body.textContent = 'The details could not be loaded. ';
      body.append(Object.assign(document.createElement('a'), { href: control.href, textContent: 'Open the claim’s page' }));
    });
}

/** The first words of a claim, for the panel's title. */
function openingOf(text: string, count = 12): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/**
 * Wide screens: beside the text column, its top level with the claim's
 * first line, moved up as far as needed to end inside the viewport (the
 * stylesheet caps its height). Phones: the sheet is placed by the
 * stylesheet; the page is scrolled, once, on opening, so the claim stands
 * just under the reading bar, above the sheet.
 */
function place(claim: HTMLElement, opening = false): void {
  const margin = 16;
  if (WIDE.matches) {
    document.body.classList.remove('has-claim-sheet');
    const text = document.querySelector<HTMLElement>('.brief-text');
    const line = claim.getClientRects()[0] ?? claim.getBoundingClientRect();
    const column = text?.getBoundingClientRect() ?? line;
    const left = Math.min(column.right + margin, document.documentElement.clientWidth - panel.offsetWidth - margin);
    const top = Math.max(margin, Math.min(line.top, window.innerHeight - panel.offsetHeight - margin));
    panel.style.setProperty('left', `${Math.round(left)}px`);
    panel.style.setProperty('top', `${Math.round(top)}px`);
    return;
  }
  panel.style.removeProperty('top');
  panel.style.removeProperty('left');
  document.body.classList.add('has-claim-sheet');
  if (!opening) return;
  // The bar sticks to the top once the page scrolls, so its height is what the claim must clear.
  const bar = document.querySelector<HTMLElement>('.reading-controls')?.offsetHeight ?? 0;
  const line = claim.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + line.top - bar - 8, behavior: 'instant' });
}

function close(restoreFocus = true): void {
  if (panel.hidden) return;
  panel.hidden = true;
  document.body.classList.remove('has-claim-sheet');
  openClaim = undefined;
  document.querySelector('.claim.is-open')?.classList.remove('is-open');
  openControl?.setAttribute('aria-expanded', 'false');
  openControl = undefined;
  if (restoreFocus) returnTo?.focus();
  returnTo = undefined;
}
