import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { claimSnippet, proposeClaimId } from '../../src/lib/render/claim-snippet';
import { annotationsSchema } from '../../src/lib/content/schema';

describe('the claim snippet of the selection helper', () => {
  it('proposes an id from the first words that matter, not yet taken', () => {
    const taken = new Set(['kabul-river-one-most-important']);
    expect(proposeClaimId('Kabul River is one of the most important elements.', (id) => taken.has(id))).toBe('kabul-river-one-most-important-2');
    expect(proposeClaimId('Türkiye’s mediation', () => false)).toBe('turkiye-s-mediation');
  });

  it('is a claim the schema accepts once pasted under claims:, quotes and all', () => {
    const exact = 'He said "enough" — and left: 16-17%.';
    const yaml = `claims:\n${claimSnippet('new-claim', { exact, prefix: 'Then' })}`;
    const [claim] = annotationsSchema.parse(parse(yaml)).claims;
    expect(claim).toMatchObject({ id: 'new-claim', quote: { exact, prefix: 'Then' }, kind: 'assessment', topics: [], evidence: [] });
    expect(yaml).not.toContain('suffix');
  });
});
