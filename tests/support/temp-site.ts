/** Small sites of files in temporary folders, for unit tests that read a built site; removed after the file's tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A maker of sites: each call writes `files` (path → text) into a new temporary folder and returns it. */
export function tempSites(prefix: string): (files: Record<string, string>) => string {
  const sites: string[] = [];
  afterAll(() => sites.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return (files) => {
    const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    sites.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
}
