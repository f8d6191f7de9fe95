// @ts-check
/**
 * Lighthouse 13, default (mobile) config, on one page type at a time, each in
 * its own Chromium from chrome-launcher (Lighthouse's own launcher), so a run
 * that errors cannot spoil the next. Pages are on loopback and background
 * networking is off, so nothing reaches the internet. It never throws: an
 * error is a result.
 */
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, LIGHTHOUSE_CATEGORIES, chromiumPath } from '../chromium-settings.mjs';

/** @typedef {{ page: string, url: string, error?: string, scores?: Record<string, number | null>, lcpMs?: number, tbtMs?: number, cls?: number, errored?: string[] }} LighthouseResult */

/** @param {string} page @param {string} url @returns {Promise<LighthouseResult>} */
async function auditPage(page, url) {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag)), logLevel: 'silent' });
  try {
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: LIGHTHOUSE_CATEGORIES });
    if (!run) return { page, url, error: 'Lighthouse returned no result' };
    const { lhr } = run;
    return {
      page,
      url,
      ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
      scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, lhr.categories[category]?.score == null ? null : Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      // Audits that could not run (see the README's Limits: Chromium's newer trace events).
      errored: Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error').map((audit) => audit.id),
    };
  } catch (error) {
    return { page, url, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    chrome.kill();
  }
}

/** One page after another: Lighthouse's simulated throttling assumes an otherwise quiet machine. @param {Array<{ page: string, url: string }>} pages */
export async function runLighthouse(pages) {
  const results = [];
  for (const { page, url } of pages) {
    process.stderr.write(`  Lighthouse: ${page} …\n`);
    results.push(await auditPage(page, url));
  }
  return results;
}
