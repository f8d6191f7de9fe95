import { describe, expect, it } from 'vitest';
import { annotationCollection, annotationCount, annotationPage, CITO } from '../../../src/lib/export/annotations';
import { briefText } from '../../../src/lib/export/selector-text';
import { exportLibrary, paths, READING_HTML, site } from '../../support/export-library';
import { mustViolations, STANDARD_MOTIVATIONS } from '../../support/web-annotation-musts';

const library = exportLibrary();
const brief = library.briefs[0]!;
const page = annotationPage(brief, briefText(READING_HTML), { site, paths }, { index: 0, briefs: library.briefs, startIndex: 0 }) as {
  '@context': unknown;
  items: Array<Record<string, any>>;
};
const byId = (suffix: string) => page.items.find((item) => item.id.endsWith(suffix))!;

describe('a brief as an AnnotationPage', () => {
  it('passes the W3C musts, the page and every annotation in it', () => {
    expect(mustViolations('page', page)).toEqual([]);
    for (const item of page.items) expect(mustViolations('annotation', { '@context': page['@context'], ...item }), item.id).toEqual([]);
  });

  it('has one classifying annotation per claim, one linking per evidence and per claim link', () => {
    expect(page.items.map((item) => [item.id.replace(/^.*#/, ''), item.motivation])).toEqual([
      ['claims/kp-talks', 'classifying'],
      ['claims/kp-talks/evidence/dawn-2025', 'linking'],
      ['claims/istanbul', 'classifying'],
      ['claims/istanbul/evidence/guardian-2025', 'linking'],
      ['claims/istanbul/links/kp-talks', 'linking'],
    ]);
    expect(annotationCount(brief)).toBe(page.items.length);
  });

  it('gives a claim bodies for its kind, topics, note and readings, with standard purposes', () => {
    const claim = byId('#claims/kp-talks');
    expect(claim.body.map((body: any) => [body.purpose, body.value ?? body.source.label])).toEqual([
      ['classifying', 'fact'],
      ['tagging', 'Diplomacy'],
      ['commenting', 'A note, "quoted".'],
      ['editing', 'Read “go” as “goes”.'],
    ]);
    for (const item of page.items) {
      expect(STANDARD_MOTIVATIONS).toContain(item.motivation);
      for (const body of item.body) if (body.purpose) expect(STANDARD_MOTIVATIONS).toContain(body.purpose);
    }
  });

  it("targets the claim's words in the reading view by quote and by position, with absolute ids", () => {
    const { target, id } = byId('#claims/istanbul');
    expect(id).toBe('https://example.org/briefs/brief-one/annotations.jsonld#claims/istanbul');
    expect(target.source).toBe('https://example.org/briefs/brief-one/');
    expect(target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'In Istanbul.', prefix: 'ading\nTalks go on. Talks go on. ', suffix: '' },
      { type: 'TextPositionSelector', start: 34, end: 46 },
    ]);
  });

  it('carries how a source bears on a claim as a CiTO characterisation, the editors’ note as assessing', () => {
    const supports = byId('#claims/kp-talks/evidence/dawn-2025');
    expect(supports['cito:hasCitationCharacterization']).toEqual({ id: `${CITO}obtainsSupportFrom` });
    expect(supports.body).toEqual([
      { id: 'https://example.org/briefs/references/dawn-2025/', type: 'Text', format: 'text/html' },
      { type: 'TextualBody', purpose: 'assessing', value: 'Says so.', format: 'text/plain', language: 'en' },
    ]);
    expect(byId('#claims/istanbul/evidence/guardian-2025')['cito:hasCitationCharacterization']).toEqual({ id: `${CITO}isQualifiedBy` });
  });

  it('fails with the claim named when the rendered text lacks a claim', () => {
    expect(() => annotationPage(brief, briefText('<p>nothing</p>'), { site, paths }, { index: 0, briefs: library.briefs, startIndex: 0 })).toThrow(/claim "kp-talks" of brief "brief-one" is not in the rendered text/);
  });
});

describe('the AnnotationCollection', () => {
  it('passes the W3C musts, counts every annotation and points to the first and last page', () => {
    const collection = annotationCollection(library.briefs, { site, paths });
    expect(mustViolations('collection', collection)).toEqual([]);
    expect(collection).toMatchObject({
      id: 'https://example.org/briefs/annotations.jsonld',
      total: 5,
      first: 'https://example.org/briefs/brief-one/annotations.jsonld',
      last: 'https://example.org/briefs/brief-one/annotations.jsonld',
    });
    expect(page).toMatchObject({ partOf: collection.id, startIndex: 0 });
  });
});
