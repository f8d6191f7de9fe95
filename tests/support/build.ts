/** Running the real build command with another content folder, base path or output folder. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from './dist';
import { projectRoot } from './site';

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * The environment for a build run from a test: Vitest's own variables
 * removed. Vitest sets BASE_URL, MODE, DEV, PROD and SSR in `process.env`
 * (https://github.com/vitest-dev/vitest/pull/714), and Astro's prerendering
 * reads `import.meta.env` from `process.env`, so it would take Vitest's for
 * the site's.
 */
export function buildEnvironment(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(name)),
  );
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

export function runBuild(env: Record<string, string>, args: string[] = []): BuildRun {
  const run = spawnSync(process.execPath, ['src/cli/build.mjs', ...args], { cwd: projectRoot, encoding: 'utf8', env: buildEnvironment(env) });
  // Astro colours its log lines; the tests read the words.
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: run.status, output };
}

/** A scratch folder for one test's builds, under the system's temp folder. */
export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `reader-${name}-`));
}

/** A copy of the project's content, to break on purpose. */
export function copyContent(into: string): string {
  const dir = join(into, 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file of a folder with the SHA-256 of its bytes. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}
