/**
 * Builds dist/ once with the real build command, then serves it on loopback
 * for the browser tier. READER_SKIP_BUILD=1 reuses an existing dist/ (for
 * quick reruns while developing).
 */
import { existsSync } from 'node:fs';
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
  return () => server.close();
}
