/**
 * Firefox behind the engine interface: Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi. Each page gets its own user context
 * (a fresh profile's storage), console errors and uncaught exceptions come
 * as events.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type ConsoleMessage, type KeyInput } from 'puppeteer-core';
import { DESKTOP, seedAndLoad, type Engine, type EnginePage, type Key, type OpenOptions } from './engine';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const KEYS: Record<Key, KeyInput> = { Tab: 'Tab', Enter: 'Enter', Escape: 'Escape', Space: ' ', '/': '/' };

export async function launchFirefoxEngine(siteUrl: string): Promise<Engine> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr (bash .ci/run does), set FIREFOX_PATH, or leave firefox out of READER_ENGINES.`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, 'Firefox ESR '),
    narrowest: 320,
    async open(path: string, { viewport = DESKTOP, storage }: OpenOptions = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const errors: string[] = [];
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
      const enginePage: EnginePage = {
        async goto(target) {
          await page.goto(new URL(target, siteUrl).href, { waitUntil: 'load' });
        },
        url: async () => page.url(),
        evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
        async run(source) {
          await page.evaluate(source);
        },
        async click(selector) {
          await page.locator(selector).click();
        },
        clickAt: (x, y) => page.mouse.click(x, y),
        async hover(selector) {
          await page.locator(selector).hover();
        },
        press: (key) => page.keyboard.press(KEYS[key]),
        type: (text) => page.keyboard.type(text),
        errors: () => errors,
        close: () => context.close(),
      };
      await seedAndLoad(enginePage, path, storage, false);
      return enginePage;
    },
    close: () => browser.close(),
  };
}
