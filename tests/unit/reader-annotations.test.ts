import { describe, expect, it } from 'vitest';
import {
  describeHighlight,
  fragmentLink,
  fromImport,
  ImportError,
  merge,
  movedTo,
  placeExactly,
  quotation,
  toCollection,
  toMarkdown,
} from '../../src/lib/reading/reader-annotations';
import { mustViolations } from '../support/web-annotation-musts';

const text = 'The river matters. It is estimated that the share of Pakistan falls. The share of Pakistan is disputed.';
const highlight = (start: number, end: number, note?: string) =>
  describeHighlight({ text, start, end, source: 'https://example.org/brief/', title: 'A brief', note, id: `urn:uuid:${start}-${end}`, created: '2026-12-04T10:00:00.000Z' });
const first = text.indexOf('share of Pakistan');

describe('readers’ annotations', () => {
  it('describe a highlight by its words with the text around them, and by position, as a W3C annotation', () => {
    const annotation = highlight(first, first + 'share of Pakistan'.length);
    expect(annotation.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'share of Pakistan', prefix: 'tters. It is estimated that the ', suffix: ' falls. The share of Pakistan is' },
      { type: 'TextPositionSelector', start: first, end: first + 17 },
    ]);
    expect(annotation.motivation).toBe('highlighting');
    expect(mustViolations('annotation', annotation)).toEqual([]);
  });

  it('carry a note as a commenting body, and comment rather than highlight', () => {
    const annotation = highlight(0, 9, '  Worth checking.  ');
    expect(annotation.motivation).toBe('commenting');
    expect(annotation.body).toEqual([{ type: 'TextualBody', purpose: 'commenting', value: 'Worth checking.', format: 'text/plain' }]);
    expect(mustViolations('annotation', annotation)).toEqual([]);
  });

  it('are placed by position while the words are there, by their one matching context when the text moved, and not at all when it is ambiguous', () => {
    const annotation = highlight(first, first + 17);
    expect(placeExactly(text, annotation)).toEqual({ start: first, end: first + 17 });
    const edited = `Added first. ${text}`;
    expect(placeExactly(edited, annotation)).toEqual({ start: first + 13, end: first + 30 });
    const bare = { ...annotation, target: { ...annotation.target, selector: [{ ...annotation.target.selector[0], prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 17 }] } } as typeof annotation;
    expect(placeExactly(text, bare)).toBeUndefined();
  });

  it('keep their id, note and creation when moved, and say when', () => {
    const annotation = highlight(0, 9, 'Mine.');
    const edited = `New. ${text}`;
    const moved = movedTo(annotation, edited, 5, 14, '2026-12-05T00:00:00.000Z');
    expect(moved).toMatchObject({ id: annotation.id, created: annotation.created, modified: '2026-12-05T00:00:00.000Z', body: annotation.body });
    expect(moved.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 5, end: 14 });
  });

  it('link to their words with a text fragment, escaping what the syntax reserves, long passages by their ends', () => {
    expect(fragmentLink('https://x.org/b/', 'by 16-17%, said', 'claim-1')).toBe('https://x.org/b/#claim-1:~:text=by%2016%2D17%25%2C%20said');
    expect(fragmentLink('https://x.org/b/', 'one two three four five six seven eight nine ten')).toBe('https://x.org/b/#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });

  it('quote the words with the citation, the HTML escaped', () => {
    const { text: plain, html } = quotation('a <b>  c', { author: 'A & B', title: 'T', date: '2025', url: 'https://x.org/?a=1&b=2' });
    expect(plain).toBe('“a <b> c”\n— A & B, “T”, 2025. https://x.org/?a=1&b=2');
    expect(html).toBe('<blockquote cite="https://x.org/?a=1&amp;b=2"><p>a &lt;b&gt; c</p></blockquote><p>— A &amp; B, “<a href="https://x.org/?a=1&amp;b=2">T</a>”, 2025.</p>');
  });

  it('export as Markdown: each quote, its note, a link back', () => {
    expect(toMarkdown([highlight(0, 9, 'Mine.')])).toBe(`> The river\n\nMine.\n\n— [A brief](https://example.org/brief/#:~:text=The%20river)\n`);
  });

  it('export as a collection that passes the musts, and come back from it unchanged, merged by id', () => {
    const notes = [highlight(0, 9), highlight(first, first + 17, 'Note.')];
    const collection = toCollection(notes, '2026-12-04T12:00:00.000Z');
    expect(mustViolations('collection', collection)).toEqual([]);
    const back = fromImport(JSON.stringify(collection));
    expect(back).toEqual(notes);
    expect(merge([notes[0]!], back)).toEqual(notes);
    expect(fromImport(JSON.stringify(notes))).toEqual(notes);
  });

  it('refuse a file that is not theirs, saying what is wrong', () => {
    expect(() => fromImport('not json')).toThrow(ImportError);
    expect(() => fromImport('{"items": 3}')).toThrow(/no list of annotations/);
    expect(() => fromImport('[{"type": "Annotation", "id": "x"}]')).toThrow(/Item 1 is not a highlight/);
  });
});
