/** The kinds' shapes, drawn by the stylesheet: one per kind, no two alike, so kinds are told apart without colour. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../src/lib/content/schema';
import { projectRoot } from '../support/site';

const css = readFileSync(join(projectRoot, 'src/styles/reader.css'), 'utf8');
const shapeOf = (kind: string) => css.match(new RegExp(`\\[data-kind='${kind}'\\] \\{ --kind-symbol: '([^']+)'`))?.[1];

describe('the kinds’ shapes', () => {
  it('give every kind of the schema a shape of its own', () => {
    const shapes = CLAIM_KINDS.map(shapeOf);
    expect(shapes.every((shape) => shape !== undefined && shape.length === 1)).toBe(true);
    expect(new Set(shapes).size).toBe(CLAIM_KINDS.length);
  });
});
