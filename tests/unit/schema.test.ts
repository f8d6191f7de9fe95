import { describe, expect, it } from 'vitest';
import { PARSE_FOR_EDITORS, annotationsSchema, briefSchema, referenceSchema } from '../../src/lib/schema';

const claim = { id: 'kp-durand-line', quote: { exact: 'Durand line (border) dispute' }, kind: 'assessment' };

function issues(result: { success: boolean; error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('annotations schema', () => {
  it('accepts a minimal claim and fills defaults', () => {
    const parsed = annotationsSchema.parse({ claims: [claim] });
    expect(parsed.claims[0]).toMatchObject({ topics: [], evidence: [], links: [] });
  });

  it('rejects an id with bad characters, saying what an id must be', () => {
    const result = annotationsSchema.safeParse({ claims: [{ ...claim, id: 'Durand Line!' }] });
    expect(issues(result)).toEqual([expect.stringMatching(/^claims\.0\.id: "Durand Line!" must be lowercase letters and digits joined by single hyphens/)]);
  });

  it('rejects an unknown kind', () => {
    const result = annotationsSchema.safeParse({ claims: [{ ...claim, kind: 'opinion' }] });
    expect(issues(result)[0]).toMatch(/^claims\.0\.kind: Invalid option: expected one of/);
  });

  it('rejects an evidence relation outside supports, qualifies, disputes and context', () => {
    const result = annotationsSchema.safeParse({ claims: [{ ...claim, evidence: [{ ref: 'dawn-2024', relation: 'proves' }] }] });
    expect(issues(result)[0]).toMatch(/^claims\.0\.evidence\.0\.relation/);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const result = annotationsSchema.safeParse({ claims: [{ ...claim, topic: ['water'] }] });
    expect(issues(result)[0]).toMatch(/Unrecognized key: "topic"/);
  });

  it('rejects a quote of less than a few characters', () => {
    const result = annotationsSchema.safeParse({ claims: [{ ...claim, quote: { exact: ' a ' } }] });
    expect(issues(result)[0]).toMatch(/^claims\.0\.quote\.exact: must quote at least a few words/);
  });

  it('accepts an empty claims list: a brief just imported has none yet, and is shown without claims', () => {
    expect(annotationsSchema.safeParse({ claims: [] }).success).toBe(true);
  });
});

describe('brief schema', () => {
  it('refuses a placeholder left by new-brief, naming the field', () => {
    const result = briefSchema.safeParse({ title: 'TODO: the title', summary: 'TODO: a summary of twenty characters', date: 'late 2025', authorship: 'Unknown.' });
    expect(issues(result)).toEqual([expect.stringMatching(/^title: still holds the placeholder/), expect.stringMatching(/^summary: still holds the placeholder/)]);
  });

  it('names each missing required field', () => {
    const result = briefSchema.safeParse({ title: 'A brief' }, PARSE_FOR_EDITORS);
    expect(issues(result)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^summary: Required/), expect.stringMatching(/^date: Required/), expect.stringMatching(/^authorship: Required/)]),
    );
  });
});

describe('reference schema', () => {
  const reference = { id: 'dawn-2024', type: 'article-newspaper', title: 'India funding TTP', checked: 'Seen.' };

  it('accepts a reference without a URL: it will say "no link found"', () => {
    expect(referenceSchema.parse(reference).URL).toBeUndefined();
  });

  it('refuses a javascript: URL', () => {
    const result = referenceSchema.safeParse({ ...reference, URL: 'javascript:alert(1)' });
    expect(issues(result)[0]).toMatch(/^URL: must start with http:\/\/ or https:\/\//);
  });

  it('refuses a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const result = referenceSchema.safeParse({ ...reference, issued: '31 Oct 2025' });
    expect(issues(result)[0]).toMatch(/^issued: must be YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
