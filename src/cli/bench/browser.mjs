// @ts-check
/**
 * Steps 3 and 4, in Debian's Chromium driven by playwright-core: the reading
 * view's first view, and two search queries on the search page. Every page
 * gets a fresh context, so nothing comes from a cache.
 */
import { chromium } from 'playwright-core';
import { NetworkRecorder } from './network.mjs';
import { withTimeout } from './util.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./network.mjs').TransferSummary} TransferSummary */

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const NAVIGATION_TIMEOUT_MS = 30_000;
const QUERY_TIMEOUT_MS = 15_000;

/** @returns {Promise<Browser>} */
export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: NAVIGATION_TIMEOUT_MS });
}

/**
 * Opens `url` in a fresh context and waits for `load`, then for the network to
 * go quiet, so late requests (fonts, deferred scripts) count.
 * @param {Browser} browser
 * @param {string} url
 * @param {string} phase
 */
async function openFresh(browser, url, phase) {
  const context = await browser.newContext();
  const recorder = new NetworkRecorder(context);
  recorder.phase = phase;
  const page = await context.newPage();
  page.setDefaultTimeout(NAVIGATION_TIMEOUT_MS);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const settled = await recorder.waitForQuiet();
  return { context, recorder, page, settled };
}

/**
 * The reading view as a reader first sees it: every byte over the wire until
 * the page is loaded and idle, by kind; the JavaScript among them, fetched
 * before any interaction; and bytes per character of text on screen.
 * @param {Browser} browser
 * @param {string} url
 */
export async function measureFirstView(browser, url) {
  const { context, recorder, page, settled } = await openFresh(browser, url, 'first-view');
  try {
    const visibleCharacters = await page.evaluate(() => document.body.innerText.length);
    const transfer = await recorder.summary('first-view');
    return {
      url,
      settled,
      ...transfer,
      jsBeforeInteraction: transfer.byKind.js.bytes,
      visibleCharacters,
      bytesPerVisibleCharacter: visibleCharacters > 0 ? transfer.bytes / visibleCharacters : undefined,
    };
  } finally {
    await context.close();
  }
}

/**
 * Arms an observer in the page, then types `query` with `fill`, and returns the
 * time from the input event to the first result link whose result mentions a
 * searched word. Both ends are taken in the page (performance.now), so the
 * Node ↔ browser round trips are not counted. The search page's own 120 ms
 * debounce is part of what a reader waits, so it is included.
 * @param {Page} page
 * @param {string} query
 * @returns {Promise<{ ms: number, firstResult: string }>}
 */
async function timeQuery(page, query) {
  const terms = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 1);
  await page.evaluate((words) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector('#search-page-query'));
    const list = /** @type {HTMLElement} */ (document.querySelector('.search-results'));
    /** @type {number | undefined} */
    let typedAt;
    input.addEventListener('input', () => (typedAt ??= performance.now()), { once: true, capture: true });
    /** @type {any} */ (window).__benchQuery = new Promise((resolve) => {
      // Only changes after the typing count: results already on screen are stale.
      const observer = new MutationObserver(() => {
        if (typedAt === undefined) return;
        const link = list.querySelector('.search-result-link');
        const text = (link?.closest('.search-result') ?? link)?.textContent?.toLowerCase() ?? '';
        if (link && words.some((word) => text.includes(word))) {
          observer.disconnect();
          resolve({ ms: performance.now() - typedAt, firstResult: link.textContent ?? '' });
        }
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
  }, terms);
  await page.fill('#search-page-query', query);
  return withTimeout(
    page.evaluate(() => /** @type {Promise<{ ms: number, firstResult: string }>} */ (/** @type {any} */ (window).__benchQuery)),
    QUERY_TIMEOUT_MS,
    `search for "${query}"`,
  );
}

/**
 * The search page: its own load (which already fetches Pagefind's runtime,
 * wasm and filters, as the page mounts), then each query in turn, timed and
 * with the bytes it caused.
 * @param {Browser} browser
 * @param {string} url
 * @param {string[]} queries
 */
export async function measureSearch(browser, url, queries) {
  const { context, recorder, page, settled } = await openFresh(browser, url, 'page-load');
  try {
    // The box's listener is attached once Pagefind's filters have loaded.
    await page.locator('#search-page-query').waitFor({ state: 'visible' });
    const pageLoad = summarizeLoad(await recorder.summary('page-load'), settled);
    const results = [];
    for (const query of queries) {
      const phase = `query:${query}`;
      recorder.phase = phase;
      try {
        const timed = await timeQuery(page, query);
        const quiet = await recorder.waitForQuiet();
        const transfer = await recorder.summary(phase);
        const status = (await page.locator('.search-status').textContent({ timeout: 5_000 })) ?? '';
        results.push({ query, ...timed, status: status.trim(), settled: quiet, requests: transfer.requests, bytes: transfer.bytes, transfers: transfer.transfers });
      } catch (error) {
        results.push({ query, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return { url, pageLoad, queries: results };
  } finally {
    await context.close();
  }
}

/**
 * Pagefind's runtime, which any first query needs: the script, its worker,
 * the entry, the language's meta and wasm (not the filters and fragments the
 * page's own empty-query listing asks for).
 */
const PAGEFIND_RUNTIME = /\/pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/;

/** @param {import('./network.mjs').Transfer[]} transfers */
const bytesOf = (transfers) => transfers.reduce((sum, transfer) => sum + transfer.body + transfer.headers, 0);

/** The search page's load, with Pagefind's share and its runtime shown apart. @param {TransferSummary} load @param {boolean} settled */
function summarizeLoad(load, settled) {
  const pagefind = load.transfers.filter((transfer) => new URL(transfer.url).pathname.includes('/pagefind/'));
  const runtime = load.transfers.filter((transfer) => PAGEFIND_RUNTIME.test(new URL(transfer.url).pathname));
  return {
    settled,
    requests: load.requests,
    bytes: load.bytes,
    byKind: load.byKind,
    pagefindRequests: pagefind.length,
    pagefindBytes: bytesOf(pagefind),
    pagefindRuntimeRequests: runtime.length,
    pagefindRuntimeBytes: bytesOf(runtime),
    transfers: load.transfers,
  };
}
