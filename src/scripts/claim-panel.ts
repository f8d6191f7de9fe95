/**
 * A claim's details, next to the text: a panel in the margin on wide
 * screens, a sheet from the bottom on phones. It holds what the claim's own
 * page holds (kind, topics, note, evidence and how each source bears on it,
 * related claims), taken from that page, so there is one place for a claim's
 * details; plus its permalink in the reading view.
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
const backdrop = document.createElement('div');
backdrop.className = 'claim-panel-backdrop';
backdrop.hidden = true;

let returnTo: HTMLElement | undefined;
let openControl: HTMLAnchorElement | undefined;
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
  document.body.append(backdrop, panel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  // On a phone the sheet's backdrop takes the tap, so the words under it are not clicked as well.
  backdrop.addEventListener('click', () => close());
  document.addEventListener('pointerdown', (event) => {
    if (panel.hidden) return;
    const target = event.target as Node;
    if (panel.contains(target) || backdrop.contains(target) || openControl?.contains(target)) return;
    close();
  });
  window.addEventListener('pagehide', () => close(false));
}

/** Opens the details of the claim whose control this is; `from` gets focus back on close. */
export function openClaimPanel(control: HTMLAnchorElement, from: HTMLElement): void {
  install();
  if (openControl === control && !panel.hidden) return;
  openControl?.setAttribute('aria-expanded', 'false');
  openControl = control;
  returnTo = from;
  control.setAttribute('aria-expanded', 'true');
  control.setAttribute('aria-controls', panel.id);

  const note = control.closest<HTMLElement>('.claim-note');
  const claimId = note?.dataset.claim ?? '';
  const title = document.createElement('h2');
  title.id = 'claim-panel-title';
  title.tabIndex = -1;
  title.textContent = control.textContent?.replace(/\s+/g, ' ').trim() ?? 'Claim';
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
  backdrop.hidden = false;
  const claim = document.getElementById(claimId);
  document.querySelector('.claim.is-open')?.classList.remove('is-open');
  claim?.classList.add('is-open');
  place(claim ?? control);
  title.focus();

  claimPage(control.href)
    .then((page) => {
      if (openControl !== control) return;
      // The parts of the claim's page marked for the panel: kind and topics, note, evidence, related claims.
      const parts = [...page.querySelectorAll('[data-claim-details]')].map((part) => document.importNode(part, true));
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
    })
    .catch(() => {
      if (openControl !== control) return;
      body.textContent = 'The details could not be loaded. ';
      body.append(Object.assign(document.createElement('a'), { href: control.href, textContent: 'Open the claim’s page' }));
    });
}

/** Beside the claim, in the margin, on wide screens; phones get the sheet from the stylesheet. */
function place(claim: HTMLElement): void {
  panel.style.removeProperty('top');
  panel.style.removeProperty('left');
  if (!window.matchMedia('(min-width: 75rem)').matches) return;
  const text = document.querySelector<HTMLElement>('.brief-text');
  const line = claim.getClientRects()[0] ?? claim.getBoundingClientRect();
  const column = text?.getBoundingClientRect() ?? line;
  panel.style.setProperty('top', `${Math.round(line.top + window.scrollY)}px`);
  panel.style.setProperty('left', `${Math.round(column.right + window.scrollX + 16)}px`);
}

function close(restoreFocus = true): void {
  if (panel.hidden) return;
  panel.hidden = true;
  backdrop.hidden = true;
  document.querySelector('.claim.is-open')?.classList.remove('is-open');
  openControl?.setAttribute('aria-expanded', 'false');
  openControl = undefined;
  if (restoreFocus) returnTo?.focus();
  returnTo = undefined;
}
