/** Debian's Chromium, driven by playwright-core; no test downloads a browser. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/cli/chromium-settings.mjs';

/** Collects console errors and page errors, to assert there are none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export interface OpenedPage {
  page: Page;
  /** Console and page errors so far. */
  errors: string[];
  /** Paths of every request the page made. */
  requests: string[];
  status: number | undefined;
  /** The response headers of the page itself (lower-case names). */
  headers: Record<string, string>;
  close: () => Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** A script to run in the page before any of its own (Playwright's addInitScript). */
  initScript?: () => void;
}

/**
 * One Chromium for a test file, launched before its tests and closed after.
 * `open` loads a path of the site (or a full URL) in a fresh context:
 * desktop-sized, light, JavaScript on, unless the options say otherwise.
 */
export function useChromium(siteUrl: string) {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, { initScript, ...options }: OpenOptions = {}): Promise<OpenedPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    if (initScript) await page.addInitScript(initScript);
    const response = await page.goto(new URL(path, siteUrl).href);
    return { page, errors, requests, status: response?.status(), headers: response?.headers() ?? {}, close: () => context.close() };
  }
  return { open };
}
