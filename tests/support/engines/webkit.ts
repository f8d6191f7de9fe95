/**
 * WebKit behind the engine interface: Debian's WebKitGTK (webkit2gtk-driver's
 * WebKitWebDriver driving MiniBrowser) under a virtual display (Xvfb, as xvfb-run would start it),
 * spoken to with our own small WebDriver client. One session per test file;
 * each page is a new tab with the site's storage cleared (a WebDriver
 * session has one profile). WebDriver classic reports no console messages,
 * so `errors()` is null here: the journeys check the scripts' visible effects instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { DESKTOP, seedAndLoad, type Engine, type EnginePage, type Key, type OpenOptions, type Viewport } from './engine';
import { WebDriverSession } from './webdriver';
import { freePort } from '../free-port';

const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
/** WebDriver's key codes (https://www.w3.org/TR/webdriver2/#keyboard-actions). */
const KEYS: Record<Key, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: '\uE00D', '/': '/' };

/** MiniBrowser, the browser webkit2gtk-driver drives, under the multiarch library folder. */
function miniBrowser(): string | undefined {
  for (const dir of readdirSync('/usr/lib')) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  return undefined;
}

async function waitForDriver(server: string, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}) before it was ready`);
    try {
      const status = (await (await fetch(`${server}/status`)).json()) as { value: { ready: boolean } };
      if (status.value.ready) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not answer on /status within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function launchWebKitEngine(siteUrl: string): Promise<Engine> {
  const binary = miniBrowser();
  if (!existsSync(DRIVER) || !existsSync(XVFB) || !binary) {
    throw new Error("WebKit needs Debian's webkit2gtk-driver and xvfb (bash .ci/run installs them), or leave webkit out of READER_ENGINES.");
  }
  // A virtual display of our own (Xvfb picks a free display number and writes it to fd 3), then the driver on it;
  // both are children of this process, ended by their ids.
  const display = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const displayNumber = await new Promise<string>((resolve, reject) => {
    let out = '';
    display.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    display.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: `:${displayNumber}` } });
  const stopDriver = () =>
    Promise.all(
      [driver, display].map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        return exited;
      }),
    );
  const server = `http://127.0.0.1:${port}`;
  let session: WebDriverSession;
  try {
    await waitForDriver(server, driver);
    session = await WebDriverSession.start(server, { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } });
  } catch (error) {
    await stopDriver();
    throw error;
  }
  const version = `WebKitGTK ${String(session.capabilities.browserVersion)} (MiniBrowser)`;

  /** Sizes the window so that its content (innerWidth × innerHeight) is the viewport, as far as the window manager allows. */
  async function size({ width, height }: Viewport) {
    await session.setWindowRect({ width, height });
    const [innerWidth, innerHeight] = await session.execute<[number, number]>('return [innerWidth, innerHeight]');
    if (innerWidth !== width || innerHeight !== height) await session.setWindowRect({ width: width + (width - innerWidth), height: height + (height - innerHeight) });
  }

  const pointer = (actions: unknown[]) => ({ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions });

  return {
    name: 'webkit',
    version,
    // WebKitGTK's window takes no less than about 450 px (its own minimum; asked for 320, it gives 447).
    narrowest: 450,
    async open(path: string, { viewport = DESKTOP, storage }: OpenOptions = {}) {
      // A fresh tab for each page, the others closed.
      const old = await session.windowHandles();
      const { handle } = await session.newWindow();
      await session.switchToWindow(handle);
      for (const other of old) {
        await session.switchToWindow(other);
        await session.closeWindow();
      }
      await session.switchToWindow(handle);
      await size(viewport);
      const page: EnginePage = {
        async goto(target) {
          await session.navigate(new URL(target, siteUrl).href);
        },
        url: () => session.currentUrl(),
        evaluate: (fn, arg) => session.execute(`return (${fn.toString()})(arguments[0]);`, [arg ?? null]),
        async run(source) {
          await session.execute(source);
        },
        async click(selector) {
          await session.clickElement(await session.findElement(selector));
        },
        async clickAt(x, y) {
          const at = { x: Math.round(x), y: Math.round(y) };
          await session.performActions([pointer([{ type: 'pointerMove', duration: 0, origin: 'viewport', ...at }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }])]);
          await session.releaseActions();
        },
        async hover(selector) {
          const element = await session.findElement(selector);
          await session.execute('arguments[0].scrollIntoView({ block: "center" })', [element]);
          await session.performActions([pointer([{ type: 'pointerMove', duration: 0, origin: element, x: 0, y: 0 }])]);
        },
        async press(key) {
          const value = KEYS[key];
          await session.performActions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }]);
        },
        async type(text) {
          const actions = [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]);
          await session.performActions([{ type: 'key', id: 'keyboard', actions }]);
        },
        errors: () => null,
        async close() {
          // The next open closes this tab; a session must keep one window.
        },
      };
      await seedAndLoad(page, path, storage, true);
      return page;
    },
    async close() {
      try {
        await session.end();
      } finally {
        await stopDriver();
      }
    },
  };
}
