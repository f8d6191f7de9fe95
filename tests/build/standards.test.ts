import { describe, expect, it } from 'vitest';
import { listFiles, page, select, selectAll } from '../support/dist';
import { htmlValidateProblems } from '../support/html-validate';
import { distDir } from '../support/site';

const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));

describe('every page of dist/', () => {
  it('passes html-validate’s recommended rules', async () => {
    expect(await htmlValidateProblems(distDir, pages)).toEqual([]);
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
