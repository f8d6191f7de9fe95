import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileHeaders, dataFiles } from '../../../src/lib/site/data-file-headers.mjs';
import { headersFile } from '../../../src/lib/site/security-policy.mjs';

const site = mkdtempSync(join(tmpdir(), 'reader-headers-'));
for (const file of ['index.html', 'references.bib', 'references/a.ris', 'references/a/index.html', 'data/claims.csv', 'pagefind/pagefind-entry.json', '_astro/x.json', 'sitemap.xml', 'rss.xml', 'annotations.jsonld', 'search-words.json', 'brief-one/search-words.json']) {
  mkdirSync(join(site, file, '..'), { recursive: true });
  writeFileSync(join(site, file), '');
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('_headers for the data files', () => {
  it('finds the data files, not pages, scripts, the search index and word lists, or the sitemap', () => {
    expect(dataFiles(site)).toEqual(['annotations.jsonld', 'data/claims.csv', 'references.bib', 'references/a.ris', 'rss.xml']);
  });

  it('gives each its media type and CORS, under the base path', () => {
    const headers = dataFileHeaders(['references.bib', 'references/a.ris'], '/briefs');
    expect(headers).toBe(
      '/briefs/references.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n  Access-Control-Allow-Origin: *\n\n' +
        '/briefs/references/a.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n  Access-Control-Allow-Origin: *\n',
    );
  });

  it('adds them after the site-wide policy', () => {
    const file = headersFile({ siteDir: site, base: '/' });
    expect(file.indexOf('/*\n  Content-Security-Policy')).toBe(0);
    expect(file).toContain('/data/claims.csv\n  Content-Type: text/csv; charset=utf-8\n  Access-Control-Allow-Origin: *');
    expect(headersFile()).not.toContain('Access-Control-Allow-Origin');
  });
});
