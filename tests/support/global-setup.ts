/**
 * Builds dist/ once with the real build command, then serves it on loopback
 * for the browser tier. READER_SKIP_BUILD=1 reuses an existing dist/ (for
 * quick reruns while developing).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/cli/static-server.mjs';
import { runBuild } from './build';
import { distDir } from './site';

export default async function setup(project: TestProject) {
  if (!(process.env.READER_SKIP_BUILD && existsSync(distDir))) {
    const build = runBuild({});
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.output}`);
  }
  const server = await startStaticServer({ root: distDir });
  project.provide('siteUrl', server.url);
  const scratchDir = mkdtempSync(join(tmpdir(), 'reader-run-'));
  project.provide('scratchDir', scratchDir);
  return async () => {
    await server.close();
    rmSync(scratchDir, { recursive: true, force: true });
  };
}
