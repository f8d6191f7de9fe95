import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import rehypeGlossaryTerms from '../../src/lib/render/rehype-glossary-terms';

const terms = [
  { id: 'ttp', term: 'TTP', names: ['Tehreek-e-Taliban Pakistan'], definition: 'Tehreek-e-Taliban Pakistan, a militant group.' },
  { id: 'kabul', term: 'Kabul', names: [], definition: 'Afghanistan’s capital.' },
  { id: 'us', term: 'United States', names: ['US'], definition: 'The United States of America.' },
];

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeGlossaryTerms({ terms })(tree);
  return toHtml(tree);
}

describe('rehype-glossary-terms', () => {
  it('wraps the first use of each term in a span naming the term, and only the first', () => {
    expect(run('<p>After TTP attacks, Kabul said the TTP and Kabul…</p>')).toBe(
      '<p>After <span class="glossary-term" data-term="ttp">TTP</span> attacks, ' +
        '<span class="glossary-term" data-term="kabul">Kabul</span> said the TTP and Kabul…</p>',
    );
  });
  it('counts any of a term’s names as its first use', () => {
    expect(run('<p>the Tehreek-e-Taliban Pakistan (TTP)</p>')).toBe(
      '<p>the <span class="glossary-term" data-term="ttp">Tehreek-e-Taliban Pakistan</span> (TTP)</p>',
    );
  });
  it('keeps the text exactly: only the author’s own word is wrapped', () => {
    const html = '<h2>Key points</h2><ul><li>The <em>US and</em> Kabul; TTP.</li></ul><p>More TTP in <a href="#x">Kabul</a>.</p>';
    const before = toText(fromHtml(html, { fragment: true }));
    expect(toText(fromHtml(run(html), { fragment: true }))).toBe(before);
  });
  it('marks nothing in headings, links or code, nor inside a longer word', () => {
    const html = '<h2>Kabul</h2><p><a href="#k">Kabul</a> <code>TTP</code> Kabulis and us</p>';
    expect(run(html)).toBe(html);
  });
  it('goes into inline markup, in document order', () => {
    expect(run('<p><em>the US</em> and US</p>')).toBe(
      '<p><em>the <span class="glossary-term" data-term="us">US</span></em> and US</p>',
    );
  });
});
