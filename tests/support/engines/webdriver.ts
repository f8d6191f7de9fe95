/**
 * A tiny W3C WebDriver client over fetch: the handful of commands the
 * journeys use (session, navigation, windows, script, element click, actions).
 * https://www.w3.org/TR/webdriver2/
 */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export interface WebElement {
  [ELEMENT]: string;
}

export class WebDriverSession {
  private constructor(
    private readonly server: string,
    readonly id: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  static async start(server: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = (await request(server, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } })) as { sessionId: string; capabilities: Record<string, unknown> };
    return new WebDriverSession(server, value.sessionId, value.capabilities);
  }

  command<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return request(this.server, method, `/session/${this.id}${path}`, body) as Promise<T>;
  }

  navigate(url: string) {
    return this.command('POST', '/url', { url });
  }

  currentUrl() {
    return this.command<string>('GET', '/url');
  }

  /** Runs a function body with `arguments`; a returned promise is awaited (WebDriver's execute script does so). */
  execute<T>(body: string, args: unknown[] = []) {
    return this.command<T>('POST', '/execute/sync', { script: body, args });
  }

  findElement(selector: string) {
    return this.command<WebElement>('POST', '/element', { using: 'css selector', value: selector });
  }

  clickElement(element: WebElement) {
    return this.command('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  performActions(actions: unknown[]) {
    return this.command('POST', '/actions', { actions });
  }

  releaseActions() {
    return this.command('DELETE', '/actions');
  }

  setWindowRect(rect: { width: number; height: number }) {
    return this.command('POST', '/window/rect', rect);
  }

  windowHandles() {
    return this.command<string[]>('GET', '/window/handles');
  }

  newWindow() {
    return this.command<{ handle: string }>('POST', '/window/new', { type: 'tab' });
  }

  switchToWindow(handle: string) {
    return this.command('POST', '/window', { handle });
  }

  closeWindow() {
    return this.command<string[]>('DELETE', '/window');
  }

  end() {
    return request(this.server, 'DELETE', `/session/${this.id}`);
  }
}

async function request(server: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const error = answer.value as { error?: string; message?: string };
    throw new Error(`WebDriver ${method} ${path}: ${error?.error ?? response.status}: ${error?.message ?? ''}`);
  }
  return answer.value;
}
