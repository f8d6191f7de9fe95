// @ts-check
/** Step 1: the build, timed as a reader of the README would run it (`node src/cli/build.mjs`). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BUILD_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs the project's build driver and returns its wall time. Its output is
 * kept and shown only when it fails: the benchmark's own table is the report.
 * @param {string} root  the project folder
 * @returns {{ ok: boolean, seconds: number, output: string }}
 */
export function timeBuild(root) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [resolve(root, 'src/cli/build.mjs')], {
    cwd: root,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
  return { ok: run.status === 0, seconds, output };
}
