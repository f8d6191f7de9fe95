import { describe, expect, it } from 'vitest';
import { mustViolations } from '../../support/web-annotation-musts';

const context = 'http://www.w3.org/ns/anno.jsonld';
const good = {
  '@context': context,
  id: 'https://example.org/anno/1',
  type: 'Annotation',
  motivation: 'classifying',
  body: [{ type: 'TextualBody', value: 'fact', purpose: 'classifying' }, { id: 'https://example.org/topic/', type: 'Text' }],
  target: { type: 'SpecificResource', source: 'https://example.org/brief/', selector: [{ type: 'TextQuoteSelector', exact: 'words' }, { type: 'TextPositionSelector', start: 0, end: 5 }] },
};

describe('our restatement of the W3C musts', () => {
  it('accepts a well-formed annotation', () => {
    expect(mustViolations('annotation', good)).toEqual([]);
  });

  const broken: Array<[string, Record<string, unknown>]> = [
    ['a relative id (§3.1)', { ...good, id: '/anno/1' }],
    ['no target (§3.1)', { ...good, target: undefined }],
    ['another @context (§3.1)', { ...good, '@context': 'https://schema.org' }],
    ['both body and bodyValue (§3.2.5)', { ...good, bodyValue: 'text' }],
    ['a motivation outside the 13 (§3.3.5)', { ...good, motivation: 'citing' }],
    ['a purpose on an external web resource (§3.3.5)', { ...good, body: [{ id: 'https://example.org/topic/', purpose: 'tagging' }] }],
    ['a TextQuoteSelector without exact (§4.2.4)', { ...good, target: { source: 'https://example.org/', selector: { type: 'TextQuoteSelector', prefix: 'a' } } }],
    ['a negative TextPositionSelector start (§4.2.5)', { ...good, target: { source: 'https://example.org/', selector: { type: 'TextPositionSelector', start: -1, end: 3 } } }],
    ['a created date that is not a date-time (§3.3.1)', { ...good, created: 'late 2025' }],
  ];
  for (const [what, annotation] of broken) {
    it(`rejects ${what}`, () => {
      expect(mustViolations('annotation', JSON.parse(JSON.stringify(annotation)))).not.toEqual([]);
    });
  }

  it('rejects a collection with annotations but no first page, and a page without items (§5.1, §5.2)', () => {
    expect(mustViolations('collection', { '@context': context, id: 'https://example.org/c', type: 'AnnotationCollection', total: 3 })).not.toEqual([]);
    expect(mustViolations('collection', { '@context': context, id: 'https://example.org/c', type: 'AnnotationCollection', total: 3, first: 'https://example.org/p1' })).toEqual([]);
    expect(mustViolations('page', { '@context': context, id: 'https://example.org/p1', type: 'AnnotationPage' })).not.toEqual([]);
    expect(mustViolations('page', { '@context': context, id: 'https://example.org/p1', type: 'AnnotationPage', items: [], partOf: 'c' })).not.toEqual([]);
  });
});
