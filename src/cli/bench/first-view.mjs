// @ts-check
/**
 * What goes over the wire in Chromium: the reading view's first view, and
 * search queries on the search page. Every page gets a fresh context, so
 * nothing comes from a cache. Requests are counted at the context, not
 * through a page's CDP session, because Pagefind fetches its wasm and index
 * from a Web Worker, whose requests a page's session never sees.
 */

/** @typedef {'html' | 'css' | 'js' | 'fonts' | 'other'} Kind */
/** @typedef {{ requests: number, bytes: number, byKind: Record<Kind, { requests: number, bytes: number }> }} Transfer */

/** @type {Record<string, Kind>} Playwright's resource types, folded into five kinds */
const KINDS = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' };

/**
 * Records every finished request of a context. Chromium reports no encoded
 * length for a dedicated worker's own script, so the server's exact
 * content-length stands in when the reported body is 0.
 * @param {import('playwright-core').BrowserContext} context
 */
function recordTransfers(context) {
  /** @type {Array<Promise<{ kind: Kind, bytes: number }>>} */
  let finished = [];
  let lastActivity = performance.now();
  let inFlight = 0;
  context.on('request', () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  const done = (/** @type {import('playwright-core').Request} */ request) => {
    inFlight -= 1;
    lastActivity = performance.now();
    finished.push(
      Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => {
        const body = sizes.responseBodySize || Number((await response?.headerValue('content-length')) ?? 0);
        return { kind: KINDS[request.resourceType()] ?? 'other', bytes: body + sizes.responseHeadersSize };
      }),
    );
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  return {
    /** Waits until no request has been in flight for half a second (at most 15 s). */
    async quiet() {
      const deadline = performance.now() + 15_000;
      while (performance.now() < deadline && (inFlight > 0 || performance.now() - lastActivity < 500)) await new Promise((wake) => setTimeout(wake, 25));
    },
    /** The transfers since the last call. @returns {Promise<Transfer>} */
    async take() {
      const transfers = await Promise.all(finished);
      finished = [];
      /** @type {Transfer['byKind']} */
      const byKind = { html: { requests: 0, bytes: 0 }, css: { requests: 0, bytes: 0 }, js: { requests: 0, bytes: 0 }, fonts: { requests: 0, bytes: 0 }, other: { requests: 0, bytes: 0 } };
      for (const { kind, bytes } of transfers) {
        byKind[kind].requests += 1;
        byKind[kind].bytes += bytes;
      }
      return { requests: transfers.length, bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0), byKind };
    },
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function openFresh(browser, url) {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(url, { waitUntil: 'networkidle' });
  await recorder.quiet();
  return { context, page, recorder };
}

/**
 * The page as a reader first sees it: every byte until it is loaded and
 * idle, by kind, and bytes per character of text on screen.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
export async function measureFirstView(browser, url) {
  const { context, page, recorder } = await openFresh(browser, url);
  const visibleCharacters = await page.evaluate(() => document.body.innerText.length);
  const transfer = await recorder.take();
  await context.close();
  return { url, ...transfer, visibleCharacters, bytesPerVisibleCharacter: transfer.bytes / visibleCharacters };
}

/** The search index's data, as Pagefind fetches it: metadata, word chunks, fragments and filters (not its code, worker or WebAssembly). */
const INDEX_DATA = /\/pagefind\/(.*\.pf_meta$|(index|fragment|filter)\/)/;

/**
 * Records, per request, its path and bytes, to split a step's transfer into
 * the library-wide index's data and the rest (Pagefind's code, the site's).
 * @param {import('playwright-core').BrowserContext} context
 */
function recordIndexData(context) {
  /** @type {Array<Promise<{ path: string, bytes: number }>>} */
  let finished = [];
  context.on('requestfinished', (request) => {
    finished.push(
      Promise.all([request.sizes(), request.response()]).then(async ([sizes, response]) => ({
        path: new URL(request.url()).pathname,
        bytes: (sizes.responseBodySize || Number((await response?.headerValue('content-length')) ?? 0)) + sizes.responseHeadersSize,
      })),
    );
  });
  return {
    /** The library-wide index's data fetched since the last call. */
    async take() {
      const transfers = (await Promise.all(finished)).filter(({ path }) => INDEX_DATA.test(path));
      finished = [];
      return { requests: transfers.length, bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0), metaFiles: transfers.filter(({ path }) => path.endsWith('.pf_meta')).length };
    },
  };
}

/**
 * The search page's load; then the reader's first move into its form (focus,
 * which loads the search code and starts Pagefind: the page loads nothing of
 * it before); then each query typed in turn: the time until the first result
 * mentions a searched word (taken from Node, so it includes a few
 * milliseconds of round trips and the page's debounce), and its bytes. Each
 * step also says how much of it was the library-wide index's data
 * (`indexData`: pf_meta, word chunks, fragments, filters) as against code.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string[]} queries
 */
export async function measureSearch(browser, url, queries) {
  const { context, page, recorder } = await openFresh(browser, url);
  const pageLoad = await recorder.take();
  const indexData = recordIndexData(context);
  await page.focus('#search-page-query');
  await recorder.quiet();
  const firstMove = { ...(await recorder.take()), indexData: await indexData.take() };
  const results = [];
  for (const query of queries) {
    const word = query.split(' ')[0] ?? query;
    const started = performance.now();
    await page.fill('#search-page-query', query);
    await page.locator('.search-results .search-result', { hasText: new RegExp(word, 'i') }).first().waitFor({ timeout: 15_000 });
    const ms = performance.now() - started;
    await recorder.quiet();
    results.push({ query, ms, ...(await recorder.take()), indexData: await indexData.take() });
  }
  await context.close();
  return { url, pageLoad, firstMove, queries: results };
}

/**
 * The header's search box on a page (a brief's page searches that brief):
 * the page loaded and idle first, then everything the first query fetches,
 * from the box's focus (which loads the search code) to the first result and
 * quiet: code, Pagefind's worker and WebAssembly, its metadata and index
 * chunks. `metaFiles` counts the shards' metadata files fetched (a brief's
 * page opens only its brief's shard: one).
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} query
 */
export async function measureHeaderSearch(browser, url, query) {
  const { context, page, recorder } = await openFresh(browser, url);
  await recorder.take();
  const fetched = /** @type {string[]} */ ([]);
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const word = query.split(' ')[0] ?? query;
  const started = performance.now();
  await page.locator('#site-search').focus();
  await page.locator('#site-search').fill(query);
  await page.locator('.search-panel .search-result', { hasText: new RegExp(word, 'i') }).first().waitFor({ timeout: 15_000 });
  const ms = performance.now() - started;
  await recorder.quiet();
  const transfer = await recorder.take();
  const metaFiles = fetched.filter((path) => INDEX_DATA.test(path) && path.endsWith('.pf_meta')).length;
  await context.close();
  return { url, query, ms, ...transfer, metaFiles };
}
