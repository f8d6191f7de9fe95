// @ts-check
/** Finds a Chromium to drive: CHROME_PATH, then Debian's /usr/bin/chromium, then chromium-browser on the PATH. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH
    }
  }
  return undefined;
}
