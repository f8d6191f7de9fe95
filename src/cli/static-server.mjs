// @ts-check
/**
 * A plain static file server for `dist/`, as a typical host serves it:
 * directory URLs map to `index.html`, unknown paths get `404.html` with a
 * 404 status, text is gzipped when the client asks. The site can be mounted
 * under a base path (`/briefs/`), so a sub-path deployment is tested as such.
 * The headers in `_headers` are sent as Netlify and Cloudflare Pages send
 * them (`host-headers.mjs`), so the tests see the header CSP too.
 * Used by `npm start`, the tests and the benchmark; not for production.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from './host-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * @param {{ root: string, base?: string, port?: number, host?: string, gzip?: boolean }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1', gzip = true }) {
  const siteRoot = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // Read once: the tests and `npm start` serve a finished dist/.
  const headerRules = parseHeadersFile(await readFile(join(siteRoot, '_headers'), 'utf8').catch(() => ''));

  /** @param {string} file */
  const readIfFile = async (file) => {
    try {
      return (await stat(file)).isFile() ? await readFile(file) : undefined;
    } catch {
      return undefined;
    }
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let status = 200;
    let file;
    let body;
    if (pathname.startsWith(prefix) || `${pathname}/` === prefix) {
      const relative = normalize(pathname.slice(prefix.length)).replace(/^(\.\.(\/|$))+/, '');
      file = join(siteRoot, relative);
      if (!file.startsWith(siteRoot)) file = siteRoot;
      body = await readIfFile(file);
      if (!body && !extname(file)) {
        if (!pathname.endsWith('/')) {
          // Directory without its slash: redirect, as static hosts do.
          if (await readIfFile(join(file, 'index.html'))) {
            response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
            return;
          }
        }
        file = join(file, 'index.html');
        body = await readIfFile(file);
      }
    }
    if (!body) {
      status = 404;
      file = join(siteRoot, '404.html');
      body = (await readIfFile(file)) ?? Buffer.from('Not found');
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file ?? '.txt'))] ?? 'application/octet-stream';
    // The host's rules match paths from the site's root, which is the base path here.
    const sitePath = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
    /** @type {Record<string, string>} */
    const headers = { ...headersForPath(headerRules, sitePath), 'content-type': type, 'cache-control': 'no-cache' };
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise((done) => server.listen(port, host, () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise((done) => server.close(() => done()).closeAllConnections()),
  };
}
