import { afterAll, beforeAll, describe, vi } from 'vitest';
import { testFixtures } from '../support/markdown-fixtures';

// Astro's processor logs a failure before rethrowing it; the fixtures hold the error itself.
// Restored after this file: the unit tier shares one module context between files (isolate: false).
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe('rehype-anchor-claims, on the fixtures in tests/unit/fixtures/rehype-anchor-claims/', () => {
  testFixtures('rehype-anchor-claims');
});
