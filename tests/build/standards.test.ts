import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/lib/security-policy.mjs';
import { listFiles, page, select, selectAll } from '../support/dist';
import { distDir } from '../support/site';

const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));

describe('every page of dist/', () => {
  it('passes html-validate’s recommended rules', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(join(distDir, file), 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('declares its language, a title, a description and Open Graph tags', () => {
    for (const file of pages) {
      const tree = page(distDir, file);
      expect(select('html', tree)?.properties.lang, file).toBe('en');
      expect(select('title', tree), file).toBeDefined();
      expect(String(select('meta[name="description"]', tree)?.properties.content ?? '').length, file).toBeGreaterThan(20);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
        expect(select(`meta[property="${property}"]`, tree), `${file} ${property}`).toBeDefined();
      }
    }
  });

  it('carries a Content-Security-Policy without unsafe-inline, allowing WebAssembly for search', () => {
    for (const file of pages) {
      const policy = String(select('meta[http-equiv="content-security-policy"]', page(distDir, file))?.properties.content ?? '');
      expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('inlines no script or style, so the _headers policy (which has no hashes) holds too', () => {
    for (const file of pages) {
      const tree = page(distDir, file);
      // The one inline exception: JSON-LD data blocks, which browsers never run.
      expect(selectAll('script:not([src]):not([type="application/ld+json"])', tree).length, file).toBe(0);
      for (const block of selectAll('script[type="application/ld+json"]', tree)) {
        const json = toString(block);
        expect(json, file).not.toMatch(/[<>]/);
        expect(() => JSON.parse(json), file).not.toThrow();
      }
      expect(selectAll('style', tree).length, file).toBe(0);
      expect(selectAll('[style]', tree).length, file).toBe(0);
    }
  });

  it('writes _headers with the same policy and basic security headers', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/frame-ancestors 'none'/);
  });

  it('opens every external link with rel="noopener noreferrer"', () => {
    for (const file of pages) {
      for (const link of selectAll('a[href^="http"]', page(distDir, file))) {
        expect(link.properties.rel, `${file} ${link.properties.href}`).toEqual(['noopener', 'noreferrer']);
      }
    }
  });

  it('has a 404 page', () => {
    expect(pages).toContain('404.html');
  });
});
