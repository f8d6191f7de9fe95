// @ts-check
/**
 * The build's heap limit. Node lets V8's heap grow towards its default
 * limit (about 4 GB on this machine) before it collects hard, and a build
 * makes a lot of short-lived garbage per page: with 50 briefs the build
 * held about 200 MB of live objects yet reached about 1 GB of RSS. With a
 * limit V8 collects sooner (at 50 briefs a 700 MB limit gave a 557 MB peak).
 * The live heap grows only with the library itself, about 0.25 MB a brief,
 * since a page's work is kept for its brief only (src/lib/site/recent-cache.ts).
 *
 * `npm run build` starts itself again with this limit unless the options of
 * Node already set one: NODE_OPTIONS=--max-old-space-size=N raises it for a
 * library past the tested size (README, "Scale").
 */
import { spawn } from 'node:child_process';

/**
 * The heap limit of `npm run build`, in MB: nearly three times the live heap
 * estimated at 1,000 briefs (110 MB + 0.25 MB a brief). At 1,536 MB the
 * 1,000-brief build's peak RSS was 1,556 MB, over the 1.5 GB it should stay
 * under: V8 used the room it was given before collecting hard.
 */
export const BUILD_HEAP_MEGABYTES = 1024;

/**
 * Whether Node's options set a heap limit already.
 * @param {string | undefined} nodeOptions the NODE_OPTIONS variable
 * @param {readonly string[]} execArgv Node's own command-line options
 */
export function setsHeapLimit(nodeOptions, execArgv) {
  return [...(nodeOptions ?? '').split(/\s+/), ...execArgv].some((option) => /^--max[-_]old[-_]space[-_]size(=|$)/.test(option));
}

/**
 * Runs `script` again in a Node with the build's heap limit, passing on its
 * arguments, its output and the signals it gets; resolves to its exit code.
 * @param {string} script the path of the script to run
 * @returns {Promise<number>}
 */
export function rerunWithHeapLimit(script) {
  const child = spawn(process.execPath, [`--max-old-space-size=${BUILD_HEAP_MEGABYTES}`, ...process.execArgv, script, ...process.argv.slice(2)], { stdio: 'inherit' });
  /** @type {NodeJS.Signals[]} */
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
