import { describe, expect, it } from 'vitest';
import { formatAuthors, formatIssued, formatName, shortLabel } from '../../src/lib/render/format-citation';
import { referenceSchema, type Reference } from '../../src/lib/content/schema';

const reference = (fields: Partial<Reference>): Reference =>
  referenceSchema.parse({ id: 'a-source', type: 'article-newspaper', title: 'A long title of an article', checked: 'Seen.', ...fields });

describe('format-citation', () => {
  it('writes a person family name first and an organisation as named', () => {
    expect(formatName({ family: 'Janjua', given: 'Haroon' })).toBe('Janjua, Haroon');
    expect(formatName({ family: 'Janjua' })).toBe('Janjua');
    expect(formatName({ literal: 'UN Security Council' })).toBe('UN Security Council');
  });

  it('joins authors with semicolons and "and" before the last', () => {
    expect(formatAuthors([])).toBe('');
    expect(formatAuthors([{ family: 'Janjua', given: 'Haroon' }])).toBe('Janjua, Haroon');
    expect(formatAuthors([{ family: 'A' }, { family: 'B' }])).toBe('A; and B');
    expect(formatAuthors([{ family: 'Janjua', given: 'Haroon' }, { family: 'Baloch', given: 'Shah Meer' }, { family: 'Ellis-Petersen', given: 'Hannah' }])).toBe(
      'Janjua, Haroon; Baloch, Shah Meer; and Ellis-Petersen, Hannah',
    );
  });

  it('writes a date as far as it is known, "probably" where it is the editors’ reading', () => {
    expect(formatIssued({ issued: undefined, issuedApproximate: false })).toBeUndefined();
    expect(formatIssued({ issued: '2025', issuedApproximate: false })).toBe('2025');
    expect(formatIssued({ issued: '2025-10', issuedApproximate: false })).toBe('October 2025');
    expect(formatIssued({ issued: '2025-10-31', issuedApproximate: false })).toBe('31 October 2025');
    expect(formatIssued({ issued: '2025-02', issuedApproximate: true })).toBe('probably February 2025');
    expect(formatIssued({ issued: '2024-01-05', issuedApproximate: false })).toBe('5 January 2024');
  });

  it('labels a source by its short title, else outlet and year, else its title', () => {
    expect(shortLabel(reference({ 'title-short': 'CPEC report 2025', 'container-title': 'Dawn', issued: '2025' }))).toBe('CPEC report 2025');
    expect(shortLabel(reference({ 'container-title': 'Dawn', issued: '2024-03' }))).toBe('Dawn 2024');
    expect(shortLabel(reference({ 'container-title': 'Dawn' }))).toBe('Dawn');
    expect(shortLabel(reference({}))).toBe('A long title of an article');
  });
});
