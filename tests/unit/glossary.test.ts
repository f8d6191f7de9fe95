import { describe, expect, it } from 'vitest';
import { checkGlossary, findMentions, mentionedTerms, nameKey, namePattern } from '../../src/lib/content/glossary';
import { claimSearchRecord, lastWords } from '../../src/lib/search/claim-search-record';
import { decodeTermNames, encodeTermNames } from '../../src/lib/search/search-contract';

const term = (id: string, name: string, names: string[] = []) => ({ id, term: name, names, definition: `${name}, defined.` });
const ttp = term('ttp', 'TTP', ['Tehreek-e-Taliban Pakistan', 'Pakistani Taliban']);
const taliban = term('afghan-taliban', 'Afghan Taliban', ['Taliban']);
const us = term('united-states', 'United States', ['US', 'USA']);
const glossary = [ttp, taliban, us];

describe('checkGlossary: a name leads to one term', () => {
  it('accepts names that differ', () => {
    expect(() => checkGlossary(glossary, 'glossary.yaml')).not.toThrow();
  });
  it('refuses a name given to two terms, naming the file, both terms and the name', () => {
    const clash = [ttp, term('afghan-taliban', 'Afghan Taliban', ['pakistani taliban'])];
    expect(() => checkGlossary(clash, 'content/glossary.yaml')).toThrow(
      /content\/glossary\.yaml: term "afghan-taliban": the name "pakistani taliban" is also a name of term "ttp" \(as "Pakistani Taliban"\)/,
    );
  });
  it('takes names differing only in hyphens, spaces or case for one name', () => {
    expect(nameKey('Tehrik-i-Taliban  Pakistan')).toBe(nameKey('tehrik i taliban pakistan'));
    expect(() => checkGlossary([term('a', 'Khyber Pakhtunkhwa'), term('b', 'KPK', ['Khyber-Pakhtunkhwa'])], 'g.yaml')).toThrow(/term "b".*also a name of term "a"/);
  });
  it('refuses a name listed twice under one term, with a hint', () => {
    expect(() => checkGlossary([term('cpec', 'CPEC', ['China–Pakistan Economic Corridor', 'China-Pakistan Economic Corridor'])], 'g.yaml')).toThrow(
      /term "cpec": the name "China-Pakistan Economic Corridor" is listed twice[\s\S]*Hint: names that differ only in case/,
    );
  });
  it('refuses two terms with one id', () => {
    expect(() => checkGlossary([ttp, { ...us, id: 'ttp' }], 'g.yaml')).toThrow(/term "ttp": this id is used by another term too/);
  });
});

describe('findMentions', () => {
  it('finds whole words only, the longer of two overlapping names winning', () => {
    const found = findMentions('the sanctuaries of the Pakistani Taliban; the Taliban and Talibanism', glossary);
    expect(found.map((mention) => [mention.entry.id, mention.text])).toEqual([
      ['ttp', 'Pakistani Taliban'],
      ['afghan-taliban', 'Taliban'],
    ]);
  });
  it('matches an acronym only in capitals, so "us" the pronoun is not the United States', () => {
    expect(mentionedTerms('We share it with us and the US.', glossary).map((entry) => entry.id)).toEqual(['united-states']);
    expect(findMentions('let us go', glossary)).toEqual([]);
  });
  it('matches a name across another run of spaces or hyphens, and other names in any case', () => {
    expect(findMentions('tehreek e taliban pakistan', glossary).map((mention) => mention.text)).toEqual(['tehreek e taliban pakistan']);
  });
});

describe('claimSearchRecord', () => {
  it('lists the other names of the terms a claim mentions, not the names it already uses', () => {
    const record = claimSearchRecord('Attacks by the Tehreek-e-Taliban Pakistan (TTP) worried the US.', '', glossary);
    expect(record.otherNames).toEqual(['Pakistani Taliban', 'United States', 'USA']);
  });
  it('carries each term as the claim writes it first, for the search interface to explain a match', () => {
    const record = claimSearchRecord('The TTP, and then the Pakistani Taliban.', '', glossary);
    expect(decodeTermNames(record.terms)).toEqual([['TTP', 'Tehreek-e-Taliban Pakistan', 'Pakistani Taliban']]);
  });
  it('keeps the last words before the claim, marked as cut', () => {
    expect(lastWords('one two three four', 2)).toBe('…three four');
    expect(lastWords(' one two ', 5)).toBe('one two');
    expect(claimSearchRecord('x', 'a b', []).before).toBe('a b');
  });
});

describe('the terms meta', () => {
  it('round-trips names through encode and decode', () => {
    const names = [['TTP', 'Pakistani Taliban'], ['US', 'United States']];
    expect(decodeTermNames(encodeTermNames(names))).toEqual(names);
    expect(decodeTermNames(undefined)).toEqual([]);
  });
});

describe('glossaryListing', () => {
  it('groups terms by kind, alphabetically, linking to claims only the terms a claim or note mentions', async () => {
    const { glossaryListing } = await import('../../src/lib/site/glossary-listing');
    const entry = (id: string, name: string, kind: 'place' | 'group') => ({ ...term(id, name), kind });
    const sections = glossaryListing([entry('kabul', 'Kabul', 'place'), entry('ttp', 'TTP', 'group'), entry('doha', 'Doha', 'place')], ['Kabul said so.']);
    expect(sections.map((section) => [section.label, section.entries.map((item) => [item.term, item.inClaims])])).toEqual([
      ['Groups', [['TTP', false]]],
      ['Places', [['Doha', false], ['Kabul', true]]],
    ]);
  });
});

describe('namePattern', () => {
  it('gives a pattern that starts afresh at every use, though patterns are kept by name', () => {
    expect(namePattern('TTP').test('the TTP')).toBe(true);
    expect(namePattern('TTP').test('the TTP')).toBe(true);
    expect([...'TTP and TTP'.matchAll(namePattern('TTP'))]).toHaveLength(2);
    expect(namePattern('Durand Line').test('the Durand-Line')).toBe(true);
  });
});
