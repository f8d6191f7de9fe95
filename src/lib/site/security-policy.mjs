// @ts-check
/**
 * The Content-Security-Policy, in one place: Astro writes it into every
 * page's <meta> (experimental.csp, with hashes of anything it inlines), and
 * the build writes the same policy into `_headers` for hosts that read one.
 *
 * Scripts come only from the site itself ('self'); 'wasm-unsafe-eval' lets
 * Pagefind compile its WebAssembly; nothing inline is allowed.
 */

import { dataFileHeaders, dataFiles } from './data-file-headers.mjs';

/** Directives other than script-src and style-src, which Astro composes itself. */
export const CSP_DIRECTIVES = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/**
 * The policy as an HTTP header. It differs from the <meta> in two ways only:
 * it adds frame-ancestors (a <meta> cannot forbid framing), and it has no
 * hashes (Astro adds those to the <meta> for what it inlines, which is
 * nothing). tests/build/security-policy.test.ts compares the two as built.
 */
export function headerPolicy() {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, "frame-ancestors 'none'"].join('; ');
}

/**
 * `_headers` for Netlify and Cloudflare Pages: the policy and basic security headers on every path,
 * then the data files' media types and CORS (data-file-headers.mjs).
 * @param {{ siteDir?: string, base?: string }} [site] the built site, to find its data files
 */
export function headersFile(site = {}) {
  const data = site.siteDir ? dataFileHeaders(dataFiles(site.siteDir), site.base ?? '/') : '';
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n') + (data ? `\n${data}` : '');
}
