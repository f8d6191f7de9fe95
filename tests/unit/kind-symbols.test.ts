/** The kinds' shapes have one home (labels.ts); the stylesheet draws the same shapes at each claim's start. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_SYMBOLS } from '../../src/lib/labels';
import { CLAIM_KINDS } from '../../src/lib/schema';
import { projectRoot } from '../support/site';

const css = readFileSync(join(projectRoot, 'src/styles/reader.css'), 'utf8');

describe('the kinds’ shapes', () => {
  it('are four different shapes, one per kind', () => {
    expect(new Set(CLAIM_KINDS.map((kind) => KIND_SYMBOLS[kind])).size).toBe(CLAIM_KINDS.length);
  });

  for (const kind of CLAIM_KINDS) {
    it(`are the same in the stylesheet as in labels.ts for “${kind}”`, () => {
      const rule = css.match(new RegExp(`\\[data-kind='${kind}'\\] \\{ --kind-symbol: '([^']+)'`));
      expect(rule?.[1]).toBe(KIND_SYMBOLS[kind]);
    });
  }
});
