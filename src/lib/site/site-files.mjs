// @ts-check
/**
 * Files a host reads beside the pages, written by the build once the pages
 * exist: `_headers` always; `sitemap.xml` and `robots.txt` pointing to it
 * only when the site's public URL is known (SITE_URL), since a sitemap needs
 * absolute URLs.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { headersFile } from './security-policy.mjs';

/** @param {string} dir @returns {string[]} the HTML pages under dir, as URL paths relative to it, sorted */
export function pagePaths(dir) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.push(relative(dir, folder).split(sep).filter(Boolean).map((part) => `${part}/`).join(''));
    }
  };
  walk(dir);
  return pages.sort();
}

/** @param {string} text */
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {string[]} paths @param {string} siteUrl @param {string} base */
export function sitemapXml(paths, siteUrl, base) {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, siteUrl);
  const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, root).href)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** @param {string | undefined} siteUrl @param {string} base */
export function robotsTxt(siteUrl, base) {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl) lines.push(`Sitemap: ${new URL(`${base.endsWith('/') ? base : `${base}/`}sitemap.xml`, siteUrl).href}`);
  return `${lines.join('\n')}\n`;
}

/** @param {string} siteDir @param {{ siteUrl?: string, base: string }} options */
export function writeSiteFiles(siteDir, { siteUrl, base }) {
  writeFileSync(join(siteDir, '_headers'), headersFile({ siteDir, base }));
  if (!siteUrl) return;
  writeFileSync(join(siteDir, 'robots.txt'), robotsTxt(siteUrl, base));
  writeFileSync(join(siteDir, 'sitemap.xml'), sitemapXml(pagePaths(siteDir), siteUrl, base));
}
