import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist';
import { distDir } from '../support/site';

describe('the selection helper of the dev server', () => {
  it('leaves no trace in dist/: no script, no style, no mention in any page', () => {
    // What the helper's script, its component and its panel are called, and the words of its button.
    const traces = /annotate-selection|annotate-helper|AnnotateHelper|Copy YAML/;
    const found = listFiles(distDir).filter((file) => traces.test(file) || traces.test(readFileSync(join(distDir, file), 'latin1')));
    expect(found).toEqual([]);
  });
});
