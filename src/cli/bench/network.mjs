// @ts-check
/**
 * Counts what goes over the wire for one browser context, in phases (page
 * load, first query, …). It listens at the context, not through a page's CDP
 * session, because Pagefind 1.6 fetches its wasm and index from a Web Worker
 * and a page's CDP session never sees a worker's requests.
 *
 * Sizes come from Playwright's `request.sizes()`, which reports the encoded
 * (gzipped) body as Chromium received it, plus the response headers.
 */
import { sleep } from './util.mjs';

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Request} Request */
/** @typedef {'html' | 'css' | 'js' | 'fonts' | 'other'} Kind */
/** @typedef {{ url: string, kind: Kind, status: number, body: number, headers: number, failed: boolean }} Transfer */
/** @typedef {{ requests: number, bytes: number, bodyBytes: number, byKind: Record<Kind, { requests: number, bytes: number }>, transfers: Transfer[] }} TransferSummary */

/** Playwright's resource types, folded into the report's five kinds. @param {string} resourceType @returns {Kind} */
function kindOf(resourceType) {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'fonts';
    default:
      return 'other';
  }
}

/**
 * Bytes of one finished request. Chromium reports no encoded length for a
 * dedicated worker's own script (`pagefind-worker.js` shows 0); the server
 * always sends an exact `content-length` of the (gzipped) body, so that
 * header stands in when the reported body is 0.
 * @param {Request} request
 * @param {boolean} failed
 * @returns {Promise<Transfer>}
 */
async function transferOf(request, failed) {
  const base = { url: request.url(), kind: kindOf(request.resourceType()), failed };
  if (failed) return { ...base, status: 0, body: 0, headers: 0 };
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  let body = sizes.responseBodySize;
  if (body === 0 && response) body = Number((await response.headerValue('content-length')) ?? 0) || 0;
  return { ...base, status: response?.status() ?? 0, body, headers: sizes.responseHeadersSize };
}

export class NetworkRecorder {
  /** @type {string} */
  phase = 'start';
  /** @type {Set<Request>} */
  #inFlight = new Set();
  #lastActivity = performance.now();
  /** @type {Map<Request, string>} */
  #phaseOf = new Map();
  /** @type {Array<{ phase: string, transfer: Promise<Transfer> }>} */
  #done = [];

  /** @param {BrowserContext} context */
  constructor(context) {
    context.on('request', (request) => {
      this.#inFlight.add(request);
      this.#phaseOf.set(request, this.phase);
      this.#lastActivity = performance.now();
    });
    context.on('requestfinished', (request) => this.#finish(request, false));
    context.on('requestfailed', (request) => this.#finish(request, true));
  }

  /** @param {Request} request @param {boolean} failed */
  #finish(request, failed) {
    this.#inFlight.delete(request);
    this.#lastActivity = performance.now();
    // A request is charged to the phase in which it started.
    const phase = this.#phaseOf.get(request) ?? this.phase;
    this.#done.push({ phase, transfer: transferOf(request, failed).catch(() => ({ url: request.url(), kind: kindOf(request.resourceType()), status: 0, body: 0, headers: 0, failed: true })) });
  }

  /**
   * Waits until no request has been in flight for `quietMs`, so late fetches
   * (Pagefind's fragments) land in the phase that caused them. Bounded: gives
   * up after `timeoutMs` and says so.
   * @param {number} [quietMs]
   * @param {number} [timeoutMs]
   * @returns {Promise<boolean>} whether the network went quiet in time
   */
  async waitForQuiet(quietMs = 500, timeoutMs = 15_000) {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (this.#inFlight.size === 0 && performance.now() - this.#lastActivity >= quietMs) return true;
      await sleep(25);
    }
    return false;
  }

  /** @param {string} phase @returns {Promise<TransferSummary>} */
  async summary(phase) {
    const transfers = await Promise.all(this.#done.filter((entry) => entry.phase === phase).map((entry) => entry.transfer));
    /** @type {Record<Kind, { requests: number, bytes: number }>} */
    const byKind = { html: { requests: 0, bytes: 0 }, css: { requests: 0, bytes: 0 }, js: { requests: 0, bytes: 0 }, fonts: { requests: 0, bytes: 0 }, other: { requests: 0, bytes: 0 } };
    for (const transfer of transfers) {
      byKind[transfer.kind].requests += 1;
      byKind[transfer.kind].bytes += transfer.body + transfer.headers;
    }
    return {
      requests: transfers.length,
      bytes: transfers.reduce((sum, transfer) => sum + transfer.body + transfer.headers, 0),
      bodyBytes: transfers.reduce((sum, transfer) => sum + transfer.body, 0),
      byKind,
      transfers,
    };
  }
}
