import { describe, expect, it } from 'vitest';
import { createPaths } from '../../src/lib/site/paths';
import { referenceEntryId } from '../../src/lib/content/reading-ids';

describe('createPaths', () => {
  it('gives directory-style URLs at the domain root', () => {
    const paths = createPaths('/');
    expect(paths.home()).toBe('/');
    expect(paths.home(1)).toBe('/');
    expect(paths.home(2)).toBe('/library/2/');
    expect(paths.brief('pakistan-afghanistan-2025')).toBe('/pakistan-afghanistan-2025/');
    expect(paths.claimInContext('pakistan-afghanistan-2025', 'kabul-river-share-cut')).toBe('/pakistan-afghanistan-2025/#kabul-river-share-cut');
    expect(paths.claims('b')).toBe('/b/claims/');
    expect(paths.claim('b', 'c')).toBe('/b/claims/c/');
    expect(paths.references()).toBe('/references/');
    expect(paths.reference('dawn-2024')).toBe('/references/dawn-2024/');
    expect(paths.reference('dawn-2024', 1)).toBe('/references/dawn-2024/');
    expect(paths.reference('dawn-2024', 2)).toBe('/references/dawn-2024/2/');
    expect(paths.topics()).toBe('/topics/');
    expect(paths.topic('water')).toBe('/topics/water/');
    expect(paths.topic('water', 1)).toBe('/topics/water/');
    expect(paths.topic('water', 2)).toBe('/topics/water/2/');
    expect(paths.search()).toBe('/search/');
    expect(paths.search('Kabul river & dams')).toBe('/search/?q=Kabul%20river%20%26%20dams');
    expect(paths.about()).toBe('/about/');
  });

  it('puts every URL under a sub-path, with or without its final slash', () => {
    for (const base of ['/briefs/', '/briefs']) {
      const paths = createPaths(base);
      expect(paths.home()).toBe('/briefs/');
      expect(paths.claim('b', 'c')).toBe('/briefs/b/claims/c/');
      expect(paths.claimInContext('b', 'c')).toBe('/briefs/b/#c');
      expect(paths.topic('water', 3)).toBe('/briefs/topics/water/3/');
      expect(paths.home(4)).toBe('/briefs/library/4/');
      expect(paths.reference('dawn-2024', 2)).toBe('/briefs/references/dawn-2024/2/');
    }
  });

  it('gives the data files, under the base path too', () => {
    for (const [base, root] of [['/', '/'], ['/briefs', '/briefs/']] as const) {
      const paths = createPaths(base);
      expect(paths.mapAt('b', 'claim-c')).toBe(`${root}b/map/#claim-c`);
      expect(paths.feed()).toBe(`${root}rss.xml`);
      expect(paths.annotationCollection()).toBe(`${root}annotations.jsonld`);
      expect(paths.annotationPage('b')).toBe(`${root}b/annotations.jsonld`);
      expect(paths.referencesFile('bib')).toBe(`${root}references.bib`);
      expect(paths.referenceFile('dawn-2024', 'ris')).toBe(`${root}references/dawn-2024.ris`);
      expect(paths.dataFile('claims.csv')).toBe(`${root}data/claims.csv`);
    }
  });

  it('encodes each segment, so an odd id cannot escape its place', () => {
    expect(createPaths('/').topic('a/b?c')).toBe('/topics/a%2Fb%3Fc/');
    expect(createPaths('/').claimInContext('b', 'x#y')).toBe('/b/#x%23y');
  });

  it('names a reference list entry after the reference', () => {
    expect(referenceEntryId('dawn-2024')).toBe('ref-dawn-2024');
  });
});
