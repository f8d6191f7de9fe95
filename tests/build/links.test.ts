import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForPath, idsOf, listFiles, page, selectAll } from '../support/dist';
import { distDir } from '../support/site';

describe('internal links of dist/', () => {
  const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('every internal link, asset and fragment resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const from = new URL(`http://site/${file.replace(/index\.html$/, '')}`);
      for (const element of selectAll('a[href], link[href], script[src], img[src]', page(distDir, file))) {
        const target = String(element.properties.href ?? element.properties.src);
        const url = new URL(target, from);
        if (url.origin !== from.origin) continue;
        checked++;
        const targetFile = fileForPath(url.pathname);
        if (!targetFile || !existsSync(join(distDir, targetFile))) {
          broken.push(`${file}: ${target} (no file)`);
          continue;
        }
        // A text fragment (`#:~:text=`) is a directive, not an id; only what precedes `:~:` names an element.
        const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
        if (id && targetFile.endsWith('.html')) {
          if (!idsOf(page(distDir, targetFile)).includes(id)) broken.push(`${file}: ${target} (no element #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
