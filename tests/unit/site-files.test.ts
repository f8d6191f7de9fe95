import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePaths, robotsTxt, sitemapXml } from '../../src/lib/site/site-files.mjs';

describe('sitemapXml', () => {
  it('lists every page as an absolute URL under the base path', () => {
    const xml = sitemapXml(['', 'about/', 'topics/water/'], 'https://example.org', '/briefs/');
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/briefs/</loc></url>',
        '  <url><loc>https://example.org/briefs/about/</loc></url>',
        '  <url><loc>https://example.org/briefs/topics/water/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('takes a base without its final slash and escapes XML', () => {
    expect(sitemapXml(['a&b/'], 'https://example.org', '/briefs')).toContain('<loc>https://example.org/briefs/a&amp;b/</loc>');
  });
});

describe('robotsTxt', () => {
  it('allows everything and points to the sitemap under the base path', () => {
    expect(robotsTxt('https://example.org', '/briefs')).toBe('User-agent: *\nAllow: /\nSitemap: https://example.org/briefs/sitemap.xml\n');
    expect(robotsTxt('https://example.org', '/')).toContain('Sitemap: https://example.org/sitemap.xml');
  });

  it('names no sitemap without a public URL', () => {
    expect(robotsTxt(undefined, '/')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('pagePaths', () => {
  it('finds every index.html as a directory URL, sorted, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-pages-'));
    for (const folder of ['topics/water', 'about', '_astro']) mkdirSync(join(dir, folder), { recursive: true });
    for (const file of ['index.html', 'topics/water/index.html', 'about/index.html', '404.html', '_astro/a.js']) writeFileSync(join(dir, file), '');
    expect(pagePaths(dir)).toEqual(['', 'about/', 'topics/water/']);
  });
});
