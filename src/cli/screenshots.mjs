// @ts-check
/**
 * `npm run screenshots` (after the build): the pictures in the README, taken
 * in Chromium from `dist/` served on loopback, into tests/screenshots/. A
 * script, not a test: it compares nothing, so it runs when the look changes,
 * and `npm test` never rewrites these tracked files.
 */
import { resolve } from 'node:path';
import { launchChromium } from './chromium-settings.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const reading = 'pakistan-afghanistan-2025/';
const wide = { width: 1400, height: 900 };

/** @type {Array<{ file: string, path: string, options: import('playwright-core').BrowserContextOptions, print?: boolean, annotated?: boolean, open?: { claim: string, tap?: boolean } }>} */
const shots = [
  { file: 'reading-phone.png', path: `${reading}#analysis`, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 } },
  { file: 'reading-phone-annotated.png', path: `${reading}#analysis`, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 }, annotated: true },
  { file: 'reading-desktop.png', path: `${reading}#analysis`, options: { viewport: wide } },
  { file: 'reading-desktop-annotated.png', path: `${reading}#kabul-river-irrigation`, options: { viewport: wide }, annotated: true },
  { file: 'reading-dark.png', path: `${reading}#october-2025-clashes-crossings`, options: { viewport: wide, colorScheme: 'dark' }, annotated: true },
  // A claim's details open, as a reader opens them: the brief's last claim on a wide screen, a long one on a phone.
  { file: 'reading-desktop-panel.png', path: reading, options: { viewport: wide }, annotated: true, open: { claim: 'cooperation-reduces-spoilers' } },
  { file: 'reading-phone-sheet.png', path: reading, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true }, annotated: true, open: { claim: 'captured-militants-external-facilitation', tap: true } },
  { file: 'reading-print.png', path: reading, options: { viewport: { width: 794, height: 1123 } }, print: true },
  // The window the map's height is measured against (tests/browser/argument-map.test.ts), scrolled to the picture.
  { file: 'map-desktop.png', path: `${reading}map/#map-picture`, options: { viewport: { width: 1400, height: 1000 } } },
];

const server = await startStaticServer({ root: resolve(root, 'dist') });
const browser = await launchChromium();
try {
  for (const { file, path, options, print, annotated, open } of shots) {
    // Reduced motion: the picture never catches the arrival flash mid-way, so it is the same each run.
    const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
    // The annotated reading, as a reader who switched it on before finds it.
    if (annotated) await context.addInitScript(() => localStorage.setItem('reader.annotations', 'on'));
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href);
    if (print) await page.emulateMedia({ media: 'print' });
    // The annotations find their place in the margin once the page's scripts have run.
    await page.waitForLoadState('networkidle');
    if (open) {
      // The claim low on the screen, where a panel has least room, then its words clicked or tapped.
      const control = page.locator(`#note-${open.claim} a.claim-control`);
      await page.locator(`#${open.claim}`).evaluate((claim) => window.scrollBy(0, claim.getBoundingClientRect().top - innerHeight * 0.7));
      await (open.tap ? page.locator(`#${open.claim}`).tap({ position: { x: 20, y: 10 } }) : control.click());
      await page.locator('.claim-panel .evidence-list, .claim-panel .no-evidence').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    const out = resolve(root, 'tests/screenshots', file);
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
