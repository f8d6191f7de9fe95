/**
 * Builds dist/ once with the real build command, then serves it on loopback,
 * for the build and browser tiers (the unit tier does not use it).
 * READER_SKIP_BUILD=1 reuses an existing dist/ (for quick reruns while
 * developing).
 *
 * Each project that names this file runs it, so the build and the server are
 * shared through globalThis: one build and one server per `vitest run`,
 * closed when the last project is done.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { runBuild } from './build';
import { distDir } from './site';

interface SharedSite {
  ready: Promise<{ url: string; close: () => Promise<void> }>;
  users: number;
  /** A scratch folder for the run, shared by the tests that build a second site (with SITE_URL, under a sub-path). */
  scratchDir: string;
}

const shared = globalThis as typeof globalThis & { readerSite?: SharedSite };

async function buildAndServe() {
  if (!(process.env.READER_SKIP_BUILD && existsSync(distDir))) {
    const build = runBuild({});
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.output}`);
  }
  // Served with dist/_headers applied, as Netlify and Cloudflare Pages serve it.
  return startStaticServer({ root: distDir });
}

export default async function setup(project: TestProject) {
  shared.readerSite ??= { ready: buildAndServe(), users: 0, scratchDir: mkdtempSync(join(tmpdir(), 'reader-run-')) };
  const site = shared.readerSite;
  site.users += 1;
  const server = await site.ready;
  project.provide('siteUrl', server.url);
  project.provide('scratchDir', site.scratchDir);
  return async () => {
    site.users -= 1;
    if (site.users === 0) {
      shared.readerSite = undefined;
      await server.close();
      rmSync(site.scratchDir, { recursive: true, force: true });
    }
  };
}
