// @ts-check
/**
 * What the tests, the benchmark and the screenshots share about running the
 * site in Chromium: the browser (found as `find-chromium.mjs` finds it), its
 * flags, the Pagefind files a first query needs, and the Lighthouse categories.
 */
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

/** Headless, and nothing that talks to the internet or to Google's services. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Lighthouse's four scored categories. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @returns {string} the Chromium to drive, or a thrown error saying how to get one */
export function chromiumPath() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found (CHROME_PATH, /usr/bin/chromium, chromium-browser): run `npm test`, which installs it, or set CHROME_PATH.');
  return path;
}

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
