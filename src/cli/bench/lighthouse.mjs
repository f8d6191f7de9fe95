// @ts-check
/**
 * Step 5: Lighthouse 12, default (mobile) config, four categories, one page
 * type at a time. Each page gets its own Chromium from chrome-launcher, so a
 * run that errors or hangs cannot spoil the next; the pages are all on
 * loopback and background networking is off, so nothing reaches the internet.
 */
import * as chromeLauncher from 'chrome-launcher';
import { messageOf, withTimeout } from './util.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUN_TIMEOUT_MS = 3 * 60_000;

/** @typedef {{ id: string, title: string, score: number | null, why?: string }} AuditNote */
/**
 * @typedef {{
 *   page: string, url: string, seconds: number, error?: string,
 *   scores?: Record<string, number | null>, lcpMs?: number, tbtMs?: number, cls?: number,
 *   runWarnings?: string[], failingAudits?: AuditNote[], offOriginRequests?: string[]
 * }} LighthouseResult
 */

/**
 * Every URL the audited page requested outside the local server: the proof
 * that the run stayed on loopback (it should be an empty list).
 * @param {import('lighthouse').Result} lhr
 * @param {string} url
 * @returns {string[]}
 */
function offOriginRequests(lhr, url) {
  const origin = new URL(url).origin;
  const details = /** @type {{ items?: Array<{ url?: unknown }> } | undefined} */ (lhr.audits['network-requests']?.details);
  return (details?.items ?? []).map((item) => String(item.url ?? '')).filter((request) => request && !request.startsWith(origin) && !request.startsWith('data:'));
}

/**
 * Audits that cost points in a scored category (score below 1) or could not
 * run at all (`error`), with Lighthouse's own reason, for the report.
 * @param {import('lighthouse').Result} lhr
 * @returns {AuditNote[]}
 */
function failingAudits(lhr) {
  const ids = new Set(CATEGORIES.flatMap((category) => lhr.categories[category]?.auditRefs.filter((ref) => ref.weight > 0 || lhr.audits[ref.id]?.scoreDisplayMode === 'error').map((ref) => ref.id) ?? []));
  /** @type {AuditNote[]} */
  const notes = [];
  for (const id of ids) {
    const audit = lhr.audits[id];
    if (!audit) continue;
    const errored = audit.scoreDisplayMode === 'error';
    if (!errored && (audit.score === null || audit.score >= 1)) continue;
    notes.push({ id, title: audit.title, score: audit.score, ...(errored ? { why: audit.errorMessage ?? 'error' } : audit.displayValue ? { why: audit.displayValue } : {}) });
  }
  return notes;
}

/**
 * @param {string} page  the page type's name in the report
 * @param {string} url
 * @returns {Promise<LighthouseResult>}
 */
async function auditPage(page, url) {
  const { default: lighthouse } = await import('lighthouse');
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  /** @type {chromeLauncher.LaunchedChrome | undefined} */
  let chrome;
  try {
    chrome = await withTimeout(chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' }), 30_000, 'launching Chromium');
    const run = await withTimeout(
      lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
      RUN_TIMEOUT_MS,
      `Lighthouse on ${url}`,
    );
    if (!run) return { page, url, seconds: seconds(), error: 'Lighthouse returned no result' };
    const { lhr } = run;
    /** @type {Record<string, number | null>} */
    const scores = {};
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
    }
    return {
      page,
      url,
      seconds: seconds(),
      ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
      scores,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      runWarnings: lhr.runWarnings.map(String),
      failingAudits: failingAudits(lhr),
      offOriginRequests: offOriginRequests(lhr, url),
    };
  } catch (error) {
    return { page, url, seconds: seconds(), error: messageOf(error) };
  } finally {
    // kill() is bounded too: a Chromium that will not die must not hold the run.
    if (chrome) await withTimeout(Promise.resolve(chrome.kill()), 10_000, 'closing Chromium').catch(() => undefined);
  }
}

/**
 * Runs the pages one after another (Lighthouse's simulated throttling assumes
 * the machine is otherwise quiet) and never throws: an error is a result.
 * @param {Array<{ page: string, url: string }>} pages
 * @param {(line: string) => void} progress
 * @returns {Promise<LighthouseResult[]>}
 */
export async function runLighthouse(pages, progress) {
  /** @type {LighthouseResult[]} */
  const results = [];
  for (const { page, url } of pages) {
    progress(`  Lighthouse: ${page} …`);
    results.push(await auditPage(page, url));
  }
  return results;
}
