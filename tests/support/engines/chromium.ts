/** Chromium behind the engine interface: Debian's Chromium through playwright-core, as every other browser test drives it. */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../../src/cli/chromium-settings.mjs';
import { collectErrors } from '../chromium';
import { DESKTOP, seedAndLoad, type Engine, type EnginePage, type Key, type OpenOptions } from './engine';

const KEYS: Record<Key, string> = { Tab: 'Tab', Enter: 'Enter', Escape: 'Escape', Space: 'Space', '/': '/' };

export async function launchChromiumEngine(siteUrl: string): Promise<Engine> {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    narrowest: 320,
    async open(path: string, { viewport = DESKTOP, storage }: OpenOptions = {}) {
      const context = await browser.newContext({ viewport });
      const page: Page = await context.newPage();
      const errors = collectErrors(page);
      const enginePage: EnginePage = {
        async goto(target) {
          await page.goto(new URL(target, siteUrl).href);
        },
        url: async () => page.url(),
        evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
        async run(source) {
          await page.evaluate(source);
        },
        click: (selector) => page.locator(selector).first().click(),
        clickAt: (x, y) => page.mouse.click(x, y),
        hover: (selector) => page.locator(selector).first().hover(),
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
