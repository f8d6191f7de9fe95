import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashTree, runBuild, scratchDir } from '../support/build';
import { distDir } from '../support/site';

describe('identical rebuilds', () => {
  it('a second build of the same content gives a byte-identical dist/', () => {
    const outDir = join(scratchDir('rebuild'), 'dist');
    const build = runBuild({ READER_OUT_DIR: outDir });
    expect(build.status, build.output).toBe(0);
    const first = hashTree(distDir);
    const second = hashTree(outDir);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(differing).toEqual([]);
    expect(Object.keys(first).length).toBeGreaterThan(100);
  });
});
