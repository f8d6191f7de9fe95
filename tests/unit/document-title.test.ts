import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/render/document-title';

const site = 'Annotated briefs';

describe('documentTitle', () => {
  it('is the site’s name alone on the home page', () => {
    expect(documentTitle(site, site)).toBe(site);
  });

  it('puts the page’s title before the site’s name', () => {
    expect(documentTitle('Topics', site)).toBe('Topics · Annotated briefs');
  });

  it('keeps a title that just fits whole', () => {
    const title = 'x'.repeat(70 - ' · Annotated briefs'.length);
    expect(documentTitle(title, site)).toBe(`${title} · Annotated briefs`);
    expect(documentTitle(title, site)).toHaveLength(70);
  });

  it('shortens a long title at a word, without trailing punctuation, within the limit', () => {
    const title = 'Pakistan and Afghanistan in 2025: border, trade, talks and the TTP today';
    const text = documentTitle(title, site);
    expect(text).toBe('Pakistan and Afghanistan in 2025: border, trade… · Annotated briefs');
    expect(text.length).toBeLessThanOrEqual(70);
  });

  it('cuts inside a word rather than keep less than half the room', () => {
    const text = documentTitle(`A ${'b'.repeat(80)}`, site, 40);
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text).toMatch(/^A b+… · Annotated briefs$/);
  });
});
