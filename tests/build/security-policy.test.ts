/**
 * One Content-Security-Policy, however it reaches the browser: the <meta> in
 * every page (which Astro writes, with hashes of what it inlines) and the
 * header in dist/_headers (which Netlify and Cloudflare Pages send). The two
 * are compared directive by directive, each read from the built files, never
 * from the function that wrote them. The only differences allowed are the
 * documented ones: the header adds frame-ancestors (a <meta> cannot forbid
 * framing), the <meta> adds Astro's sha256 hashes.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/cli/host-headers.mjs';
import { DATA_FILE_TYPES, dataFiles } from '../../src/lib/site/data-file-headers.mjs';
import { listFiles, page, select, selectAll } from '../support/dist';
import { distDir, projectRoot } from '../support/site';

const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
const hostHeaders = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/** A policy as directive → sorted sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';').map((text) => text.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    map.set(name!, sources.sort());
  }
  return map;
}

const metaPolicy = (file: string) => String(select('meta[http-equiv="content-security-policy"]', page(distDir, file))?.properties.content ?? '');
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

describe('the Content-Security-Policy', () => {
  it('in every page’s <meta>: scripts from the site and WebAssembly for search, nothing inline or eval', () => {
    for (const file of pages) {
      const script = directives(metaPolicy(file)).get('script-src') ?? [];
      expect(script.filter((source) => !isHash(source)), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(metaPolicy(file), file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('in _headers, as the host sends it for every page, matches the <meta> directive by directive but for frame-ancestors and the hashes', () => {
    for (const file of pages) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const header = directives(headersForPath(hostHeaders, path)['content-security-policy'] ?? '');
      const meta = directives(metaPolicy(file));
      expect(header.get('frame-ancestors'), path).toEqual(["'none'"]);
      header.delete('frame-ancestors');
      const metaWithoutHashes = new Map([...meta].map(([name, sources]) => [name, sources.filter((source) => !isHash(source))]));
      expect(Object.fromEntries(header), path).toEqual(Object.fromEntries(metaWithoutHashes));
    }
  });

  it('needs no hash: no page inlines a script, a style element or a style attribute (JSON-LD data blocks aside)', () => {
    for (const file of pages) {
      const tree = page(distDir, file);
      // The one inline exception: JSON-LD data blocks, which browsers never run; they must parse and hold no markup.
      expect(selectAll('script:not([src]):not([type="application/ld+json"]), style, [style]', tree).length, file).toBe(0);
      for (const block of selectAll('script[type="application/ld+json"]', tree)) {
        const json = toString(block);
        expect(json, file).not.toMatch(/[<>]/);
        expect(() => JSON.parse(json), file).not.toThrow();
      }
    }
  });

  it('comes with the basic security headers on every path', () => {
    for (const path of ['/', '/about/', '/pagefind/pagefind.js', '/no-such-page/', '/references.json', '/data/claims.csv']) {
      expect(headersForPath(hostHeaders, path), path).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'permissions-policy': expect.stringMatching(/^camera=\(\), microphone=\(\), geolocation=\(\)/),
      });
    }
  });

  it('gives every data file of the build its media type, with the security headers too', () => {
    const files = dataFiles(distDir);
    const extensions = new Set(files.map((file) => extname(file)));
    for (const extension of ['.json', '.csv', '.bib', '.ris', '.jsonl']) expect(extensions, extension).toContain(extension);
    for (const file of files) {
      const headers = headersForPath(hostHeaders, `/${file}`);
      expect(headers['content-type'], file).toBe(DATA_FILE_TYPES[extname(file) as keyof typeof DATA_FILE_TYPES]);
      expect(headers['x-content-type-options'], file).toBe('nosniff');
    }
  });

  it('has the README’s nginx example send the same media types as dist/_headers, from the same table', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const types = /types \{([\s\S]*?)\}/.exec(nginx)?.[1] ?? '';
    const byExtension = Object.fromEntries([...types.matchAll(/([\w+.-]+\/[\w+.-]+) ([\w ]+);/g)].flatMap(([, type, extensions]) => extensions!.trim().split(/\s+/).map((extension) => [`.${extension}`, type])));
    const charsetTypes = /charset_types ([^;]+);/.exec(nginx)?.[1]?.split(/\s+/) ?? [];
    for (const [extension, type] of Object.entries(DATA_FILE_TYPES)) {
      const [mediaType] = type.split(';');
      expect(byExtension[extension], extension).toBe(mediaType);
      expect(charsetTypes, extension).toContain(mediaType);
    }
  });

  it('stands in the README’s nginx example exactly as in dist/_headers', () => {
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const added = Object.fromEntries([...nginx.matchAll(/add_header ([\w-]+) "?(.*?)"? always;/g)].map(([, name, value]) => [name!.toLowerCase(), value]));
    expect(added).toEqual(headersForPath(hostHeaders, '/'));
  });
});
