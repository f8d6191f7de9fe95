// @ts-check
/**
 * First step of `npm test`: the browser tests need a Chromium. Where none is
 * found and we run as root with apt-get (CI, a fresh container), install
 * Debian's `chromium`; otherwise stop at once and say how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
      process.exit(1);
    }
  }
  console.log(`Chromium: ${findChromium() ?? 'still missing'}`);
} else {
  console.error(
    [
      'The browser tests need Chromium, and none was found (CHROME_PATH, /usr/bin/chromium, chromium-browser).',
      'Install one, for example `sudo apt-get install chromium` on Debian or Ubuntu,',
      'or point CHROME_PATH at an existing Chrome or Chromium binary, then run `npm test` again.',
    ].join('\n'),
  );
  process.exit(1);
}
