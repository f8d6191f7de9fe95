/**
 * The measures of the annotated reading (issue 22), taken in Chromium as a
 * new reader would meet the page. The browser tests assert them
 * (`tests/browser/annotated-layer.test.ts`), and the same functions, run on
 * an older `dist/`, give the "before" column of README's table. They read
 * only what any version of the reading view has: claims (`.claim`), their
 * annotations (`.claim-note`, `a.claim-control`), citation marks (`a.cite`
 * in `sup.cites`), the claim panel (`.claim-panel`), the switch.
 */
import type { Page } from 'playwright-core';

/** The brief's own words, for counts per word: the text without what the editors added around it. */
const AUTHORS_WORDS = `(() => {
  const text = document.getElementById('brief-text');
  const words = [];
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[data-editorial], .cites, .claim-extents')) continue;
    for (const match of node.data.matchAll(/\\S+/g)) words.push({ node, parent, start: match.index });
  }
  return words;
})()`;

/**
 * Share of the author's words that carry a decoration at rest (an underline,
 * a background, a border, from their element or an ancestor up to the text),
 * with the pointer away from the text.
 */
export async function decoratedShare(page: Page): Promise<number> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return page.evaluate(`(() => {
    const text = document.getElementById('brief-text');
    const memo = new Map();
    const decorated = (element) => {
      if (memo.has(element)) return memo.get(element);
      let result = false;
      if (element !== text && element.parentElement) {
        const style = getComputedStyle(element);
        const background = style.backgroundColor;
        result =
          style.textDecorationLine !== 'none' ||
          (background !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(background)) ||
          ['Top', 'Bottom', 'Left', 'Right'].some((side) => parseFloat(style['border' + side + 'Width']) > 0 && style['border' + side + 'Style'] !== 'none') ||
          decorated(element.parentElement);
      }
      memo.set(element, result);
      return result;
    };
    const words = ${AUTHORS_WORDS};
    return words.filter((word) => decorated(word.parent)).length / words.length;
  })()`);
}

/** Marks in the text at rest per 100 of the author's words: citation groups, and any decorated element within a sentence (a glossary term). */
export function marksPer100Words(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const text = document.getElementById('brief-text');
    const words = ${AUTHORS_WORDS};
    const groups = text.querySelectorAll('sup.cites').length;
    const decoratedInline = [...text.querySelectorAll('abbr, .glossary-term, span:not(.claim):not([data-editorial])')].filter((element) => {
      if (element.closest('[data-editorial], .cites')) return false;
      const style = getComputedStyle(element);
      return style.textDecorationLine !== 'none' || parseFloat(style.borderBottomWidth) > 0;
    }).length;
    return ((groups + decoratedInline) / words.length) * 100;
  })()`);
}

export interface MarginMeasure {
  notes: number;
  /** Annotations cut: an ellipsis shown, or text clipped by an overflow. */
  cut: number;
  /** Annotations with an editors' note whose note is wholly shown. */
  wholeNotes: number;
  withNotes: number;
  /** Annotations without a note that show a stub of the claim's opening words. */
  stubs: number;
  /** Pairs of annotations that overlap. */
  overlaps: number;
  /** How far, in px, annotations stand below their claim's first line: median and largest. */
  medianDrift: number;
  maxDrift: number;
}

/** The margin's annotations on a wide screen, annotations on (they must already be laid out). */
export function marginNotes(page: Page): Promise<MarginMeasure> {
  return page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    };
    const notes = [...document.querySelectorAll<HTMLElement>('#brief-text .claim-note')];
    let cut = 0;
    let wholeNotes = 0;
    let withNotes = 0;
    let stubs = 0;
    const drifts: number[] = [];
    for (const note of notes) {
      const elements = [note, ...note.querySelectorAll<HTMLElement>('*')].filter(shown);
      const clipped = elements.some((element) => {
        const style = getComputedStyle(element);
        return style.overflow !== 'visible' && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      });
      const texts: string[] = [];
      const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (shown(parent) && !parent.closest('.visually-hidden')) texts.push((node as Text).data);
      }
      const visible = texts.join('');
      if (clipped || visible.includes('…')) cut += 1;
      const noteText = note.querySelector<HTMLElement>('.note-text');
      if (noteText) {
        withNotes += 1;
        const style = getComputedStyle(noteText);
        if (shown(noteText) && style.overflow === 'visible' && !clipped && noteText.scrollHeight <= noteText.clientHeight + 1) wholeNotes += 1;
      } else {
        const opening = [...note.querySelectorAll('.claim-opening')].find(shown);
        if (opening) stubs += 1;
      }
      const claim = document.getElementById(note.dataset.claim ?? '');
      const line = claim?.getClientRects()[0];
      if (line) drifts.push(note.getBoundingClientRect().top - line.top);
    }
    let overlaps = 0;
    const boxes = notes.map((note) => note.getBoundingClientRect());
    boxes.forEach((box, index) => {
      for (const other of boxes.slice(index + 1)) {
        if (box.left < other.right && other.left < box.right && box.top < other.bottom - 1 && other.top < box.bottom - 1) overlaps += 1;
      }
    });
    drifts.sort((a, b) => a - b);
    return {
      notes: notes.length,
      cut,
      wholeNotes,
      withNotes,
      stubs,
      overlaps,
      medianDrift: Math.round(drifts[Math.floor(drifts.length / 2)] ?? 0),
      maxDrift: Math.round(drifts[drifts.length - 1] ?? 0),
    };
  });
}

/** The share of an element's box inside the viewport (0 to 1). */
export function shareInView(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
    const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
    return box.width * box.height === 0 ? 0 : (width * height) / (box.width * box.height);
  });
}

/**
 * Opens a claim's details as a reader does on seeing it: the claim is
 * scrolled to `at` (a share of the viewport's height, for its first line),
 * then its words are clicked or tapped. Waits for the details to load.
 */
export async function openDetails(page: Page, claimId: string, at: number, how: 'click' | 'tap' = 'click'): Promise<void> {
  const point = await page.evaluate(
    async ([id, share]) => {
      const claim = document.getElementById(id)!;
      const first = () => claim.getClientRects()[0]!;
      window.scrollBy(0, first().top - innerHeight * share);
      // Measured after the scroll has been laid out and painted: on a loaded machine the line
      // could still move in the frame after the scroll, and the tap then missed the claim.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const line = first();
      return { x: line.left + Math.min(30, line.width / 2), y: line.top + line.height / 2 };
    },
    [claimId, at] as const,
  );
  if (how === 'tap') await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  await page.locator('.claim-panel:not([hidden]) .claim-panel-body > *:not(:empty)').first().waitFor();
  // The panel settles once its content is in.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export interface SheetMeasure {
  /** The sheet's height as a share of the viewport's. */
  heightShare: number;
  /** Whether any of the claim's first line is under the sheet or off screen. */
  claimCovered: boolean;
  /** How far the reader must scroll inside the sheet before the first evidence item shows (px). */
  scrollToEvidence: number;
}

/** The phone's sheet, open on a claim. */
export function sheet(page: Page, claimId: string): Promise<SheetMeasure> {
  return page.evaluate((id) => {
    const panel = document.querySelector<HTMLElement>('.claim-panel')!;
    const sheetBox = panel.getBoundingClientRect();
    const line = document.getElementById(id)!.getClientRects()[0]!;
    const top = Math.max(0, sheetBox.top);
    const covered = line.bottom > top || line.top < 0;
    // Something in a sticky bar at the top may cover the line too.
    const atLine = document.elementFromPoint(line.left + Math.min(20, line.width / 2), line.top + line.height / 2);
    const hidden = !atLine || !(atLine === document.getElementById(id) || document.getElementById(id)!.contains(atLine));
    const evidence = panel.querySelector('.evidence-list > li, .no-evidence');
    const evidenceTop = evidence ? evidence.getBoundingClientRect().top + 24 : Number.POSITIVE_INFINITY;
    return {
      heightShare: sheetBox.height / innerHeight,
      claimCovered: covered || hidden,
      scrollToEvidence: Math.max(0, Math.round(evidenceTop - Math.min(sheetBox.bottom, innerHeight))),
    };
  }, claimId);
}

/**
 * Tabs through the brief's text from its start, as a keyboard reader does,
 * and returns which references (by their entry's id) the focused marks
 * lead to, and how many marks took no Tab stop.
 */
export async function referencesByKeyboard(page: Page): Promise<{ reached: string[]; listed: string[]; untabbable: number }> {
  await page.locator('#brief-text').focus();
  const reached = new Set<string>();
  for (let step = 0; step < 400; step++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || !document.getElementById('brief-text')!.contains(focused)) return { done: true, href: null };
      return { done: false, href: focused.matches('a.cite') ? (focused as HTMLAnchorElement).hash.slice(1) : null };
    });
    if (where.done) break;
    if (where.href) reached.add(decodeURIComponent(where.href));
  }
  const listed = await page.locator('.references > ol > li').evaluateAll((entries) => entries.map((entry) => entry.id));
  const untabbable = await page.locator('#brief-text a.cite').evaluateAll((marks) => marks.filter((mark) => (mark as HTMLElement).tabIndex < 0).length);
  return { reached: [...reached].sort(), listed: listed.sort(), untabbable };
}

/**
 * Citation groups that stand after a different claim than any their sources
 * back: the claim whose words end last before the group, against the claims
 * named in its marks' bearings.
 */
export function groupsAfterAnotherClaim(page: Page): Promise<Array<{ index: number; follows: string; backs: string[] }>> {
  return page.evaluate(() => {
    const claims = [...document.querySelectorAll<HTMLElement>('#brief-text .claim')];
    return [...document.querySelectorAll<HTMLElement>('#brief-text sup.cites')].flatMap((group, index) => {
      const before = claims.filter((claim) => claim.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING && !claim.contains(group));
      const follows = before[before.length - 1]?.id ?? '';
      const backs = [...group.querySelectorAll<HTMLElement>('a.cite')].flatMap((mark) => (JSON.parse(mark.dataset.bearing ?? '[]') as Array<{ claim: string }>).map((bearing) => bearing.claim));
      return backs.includes(follows) ? [] : [{ index, follows, backs: [...new Set(backs)] }];
    });
  });
}

/** Focuses the mark at `index` and returns its preview: its text, the claims it links, and whether it follows the mark in the DOM or is controlled by it. */
export async function previewOf(page: Page, index: number): Promise<{ text: string; claimLinks: string[]; afterMark: boolean }> {
  const mark = page.locator('#brief-text a.cite').nth(index);
  await mark.focus();
  await page.locator('.citation-preview:not([hidden])').waitFor();
  return mark.evaluate((element) => {
    const preview = document.querySelector<HTMLElement>('.citation-preview')!;
    const controlled = element.getAttribute('aria-controls') === preview.id && element.getAttribute('aria-expanded') === 'true';
    const links = [...preview.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => decodeURIComponent(link.hash.slice(1)));
    return {
      text: preview.textContent ?? '',
      claimLinks: links.filter((id) => document.getElementById(id)?.classList.contains('claim')),
      afterMark: element.nextElementSibling === preview || controlled,
    };
  });
}

/** Citation groups that start a line of their own, at the current width: the group's top below the line of the character before it. */
export function loneGroups(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#brief-text sup.cites')].filter((group) => {
      const walker = document.createTreeWalker(document.getElementById('brief-text')!, NodeFilter.SHOW_TEXT);
      let previous: Text | null = null;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (group.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (node.data.trim() && !node.parentElement?.closest('[data-editorial]')) previous = node;
      }
      if (!previous) return false;
      const range = document.createRange();
      const end = previous.data.trimEnd().length;
      range.setStart(previous, end - 1);
      range.setEnd(previous, end);
      const character = range.getBoundingClientRect();
      const mark = group.querySelector('a.cite')!.getClientRects()[0]!;
      // Same line: the mark's middle lies within the character's line box.
      const middle = (mark.top + mark.bottom) / 2;
      return middle > character.bottom + 2;
    }).length,
  );
}

/** Whether the annotations switch is on screen and not covered, wherever the reader is in the article. */
export function switchInReach(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const control = document.getElementById('annotations-switch')!;
    const box = control.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight || box.width === 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit === control || (hit instanceof HTMLLabelElement && hit.htmlFor === control.id);
  });
}

/** Room kept empty beside the text on the right, for annotations that are not there (px): the main column's right padding beyond its usual 1rem. */
export function emptyGutter(page: Page): Promise<number> {
  return page.evaluate(() => {
    const text = document.getElementById('brief-text')!;
    const notesInMargin = [...document.querySelectorAll('#brief-text .claim-note')].some((note) => note.getBoundingClientRect().left >= text.getBoundingClientRect().right);
    const padding = parseFloat(getComputedStyle(document.querySelector('main')!).paddingRight) - 16;
    return notesInMargin ? 0 : Math.round(padding);
  });
}

/**
 * On a phone: each citation mark, scrolled near the bottom of the screen
 * (where a preview has least room below) and tapped; the number of previews
 * that run past the viewport's edges.
 */
export async function phonePreviewsOutside(page: Page, near = 0.9): Promise<number> {
  const marks = page.locator('#brief-text a.cite');
  const count = await marks.count();
  let outside = 0;
  for (let index = 0; index < count; index++) {
    const point = await marks.nth(index).evaluate((mark, share) => {
      window.scrollBy(0, mark.getBoundingClientRect().top - innerHeight * share);
      const box = mark.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, near);
    await page.touchscreen.tap(point.x, point.y);
    const preview = page.locator('.citation-preview:not([hidden])');
    await preview.waitFor();
    const box = (await preview.boundingBox())!;
    const viewport = page.viewportSize()!;
    if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height) outside += 1;
    // A tap outside closes it.
    await page.touchscreen.tap(2, viewport.height / 2);
    await preview.waitFor({ state: 'hidden' });
  }
  return outside;
}
