/**
 * One small driver interface over three browser engines, so that the same
 * journey code runs in Chromium (playwright-core), Firefox (puppeteer-core
 * over WebDriver BiDi) and WebKit (WebKitGTK's WebDriver server): only what
 * the journeys need, a page at a time, each in a fresh context.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export const ENGINE_NAMES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** Keys the journeys press. */
export type Key = 'Tab' | 'Enter' | 'Escape' | 'Space' | '/';

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenOptions {
  /** The window's content size; the desktop window when left out. */
  viewport?: Viewport;
  /** localStorage entries set before the page's own scripts run (e.g. the annotations switch remembered on). */
  storage?: Record<string, string>;
}

export interface EnginePage {
  /** Loads a path of the site (or a full URL) and waits for its load event. */
  goto(path: string): Promise<void>;
  url(): Promise<string>;
  /** Runs a function in the page with one serialisable argument and returns its (awaited) serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source as is (axe-core's): through the driver, not subject to the page's Content-Security-Policy as an eval would be. */
  run(source: string): Promise<void>;
  /** A real pointer click on the first element matching the selector, scrolled into view. */
  click(selector: string): Promise<void>;
  /** A real pointer click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** Moves the mouse over the first element matching the selector, scrolled into view. */
  hover(selector: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types text into whatever has focus, key by key. */
  type(text: string): Promise<void>;
  /** Script errors (console errors and uncaught exceptions) so far, or null where the engine's driver does not report them. */
  errors(): string[] | null;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The browser's name and version as it reports them. */
  version: string;
  /** The narrowest content width the engine's window can take. */
  narrowest: number;
  open(path: string, options?: OpenOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

/** The desktop window every journey starts from unless it says otherwise. */
export const DESKTOP: Viewport = { width: 1280, height: 900 };

/**
 * Polls a condition in the page until it holds (a truthy result, returned),
 * or fails after `timeout` ms naming what was awaited. A wait for a
 * condition, never for a fixed time.
 */
export async function waitFor<R, A = undefined>(page: EnginePage, what: string, fn: (arg: A) => R | Promise<R>, arg?: A, timeout = 10_000): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(fn, arg);
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      // A navigation in flight destroys the page's context: try again.
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Loads the path in a fresh page with its localStorage seeded: where there is
 * something to set (or, in an engine whose pages share one profile, to
 * clear), the page is loaded, its storage cleared and set, and loaded again,
 * so that the site's scripts see the entries from their first run on, in
 * every engine alike.
 */
export async function seedAndLoad(page: EnginePage, path: string, storage: Record<string, string> | undefined, clear: boolean): Promise<void> {
  await page.goto(path);
  if (!storage && !clear) return;
  await page.evaluate((entries) => {
    localStorage.clear();
    sessionStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage ?? {});
  await page.goto(path);
}
