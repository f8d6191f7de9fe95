import { describe, vi } from 'vitest';
import { testFixtures } from '../support/markdown-fixtures';

// Astro's processor logs a failure before rethrowing it; the fixtures hold the error itself.
vi.spyOn(console, 'error').mockImplementation(() => {});

describe('rehype-anchor-claims, on the fixtures in tests/unit/fixtures/rehype-anchor-claims/', () => {
  testFixtures('rehype-anchor-claims');
});
