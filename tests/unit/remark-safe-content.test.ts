import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isSafeUrl } from '../../src/lib/render/remark-safe-content';
import { testFixtures } from '../support/markdown-fixtures';

// Astro's processor logs a failure before rethrowing it; the fixtures hold the error itself.
// Restored after this file: the unit tier shares one module context between files (isolate: false).
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe('remark-safe-content, on the fixtures in tests/unit/fixtures/remark-safe-content/', () => {
  testFixtures('remark-safe-content');
});

describe('isSafeUrl', () => {
  it('allows web and mail addresses, fragments and relative paths', () => {
    for (const url of ['https://www.dawn.com/news/1', 'HTTP://example.org', 'mailto:desk@example.org', '#way-forward', '/about/', './a', '../b/', 'topics/water/', 'page?x=1', ' https://example.org ']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses any other scheme, however it is spelled', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org/']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});
