/**
 * Three tiers of tests, one run: `unit` (pure functions), `build` (the built
 * HTML of dist/) and `browser` (Chromium against dist/ served on loopback).
 * Only `build` and `browser` get the global setup, which builds dist/ once
 * and serves it: the unit tier needs no build and runs in seconds
 * (`npx vitest run --config tests/vitest.config.ts --project unit`).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const siteSetup = 'tests/support/global-setup.ts';

export default defineConfig({
  // This file lives in tests/ (the design card fixes the top level); paths below are from the project root.
  root: resolve(import.meta.dirname, '..'),
  test: {
    // CI asks for a JSON report too, to print the counts from the runner's own words.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', ['json', { outputFile: process.env.VITEST_JSON_REPORT }]] : ['default'],
    // A passing test's log stays quiet (the broken-content cases print the
    // errors an editor would see, which read like failures); a failing test's
    // log is shown with it.
    silent: 'passed-only',
    // Builds and browsers are heavy on a 2-core machine: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // expect.poll waits 1 s by default; a page that loads Pagefind and its
    // index on a loaded 2-core machine can take longer than that to answer.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 240_000,
    projects: [
      // One module context for all unit files (isolate: false): each file used to load Astro's
      // Markdown processor, elkjs, citation-js and the schemas afresh, most of the tier's time.
      // Unit tests keep no state between files (a spy is restored by the file that sets it).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: [siteSetup] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: [siteSetup] } },
    ],
  },
});
