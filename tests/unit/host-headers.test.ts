import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/cli/host-headers.mjs';

// After the examples in Netlify's and Cloudflare's documentation of `_headers`.
const file = `# a comment
/*
  X-Frame-Options: DENY
  Link: </style.css>; rel=preload

/templates/index.html
  X-Robots-Tag: noindex

/blog/:slug/
  Cache-Control: max-age=60
/*.wasm
  Cache-Control: immutable
`;

describe('a _headers file, read as Netlify and Cloudflare Pages read it', () => {
  const rules = parseHeadersFile(file);

  it('sends the headers of every rule whose pattern matches the path', () => {
    expect(headersForPath(rules, '/templates/index.html')).toEqual({ 'x-frame-options': 'DENY', link: '</style.css>; rel=preload', 'x-robots-tag': 'noindex' });
    expect(headersForPath(rules, '/templates/other.html')).toEqual({ 'x-frame-options': 'DENY', link: '</style.css>; rel=preload' });
  });

  it('matches :name to one path segment and * to anything', () => {
    expect(headersForPath(rules, '/blog/first-post/')['cache-control']).toBe('max-age=60');
    expect(headersForPath(rules, '/blog/a/b/')['cache-control']).toBeUndefined();
    expect(headersForPath(rules, '/pagefind/wasm.en.pagefind.wasm')['cache-control']).toBe('immutable');
  });

  it('joins values of one header from several rules', () => {
    const joined = parseHeadersFile('/*\n  Cache-Control: public\n/a/\n  Cache-Control: max-age=1\n');
    expect(headersForPath(joined, '/a/')['cache-control']).toBe('public, max-age=1');
  });

  it('keeps colons inside a value and takes regex characters in a path literally', () => {
    const rules = parseHeadersFile('/a.b/\n  Content-Security-Policy: default-src https://example.org:443\n');
    expect(headersForPath(rules, '/a.b/')['content-security-policy']).toBe('default-src https://example.org:443');
    expect(headersForPath(rules, '/axb/')).toEqual({});
  });

  it('refuses a header line with no path above it, naming the line', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/line 1: expected "Name: value" under a path/);
  });
});
