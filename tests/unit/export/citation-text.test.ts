import { describe, expect, it } from 'vitest';
import { toApa } from '../../../src/lib/export/citation-js';
import { cslDate, type CslItem } from '../../../src/lib/export/csl';
import { citeBrief, citeClaim, textFragmentLink } from '../../../src/lib/export/cite-this';
import { feedItems } from '../../../src/lib/export/feed';
import { highwireTags } from '../../../src/lib/export/highwire';
import { reportJsonLd } from '../../../src/lib/export/json-ld';
import { scriptSafeJson } from '../../../src/lib/export/safe-json';
import { exportLibrary, paths, site } from '../../support/export-library';

const library = exportLibrary();
const brief = library.briefs[0]!;
const claim = brief.claims[0]!;

describe('Cite this', () => {
  it('cites a brief in APA with its date and permalink, and in BibTeX under its id', () => {
    const citation = citeBrief(brief, paths, site);
    expect(citation.apa).toBe('One </script> brief. (2025). [Policy brief, annotated edition]. Annotated briefs. https://example.org/briefs/brief-one/');
    expect(citation.bibtex).toMatch(/^@techreport\{brief-one,/);
    expect(citation.permalink).toBe('https://example.org/briefs/brief-one/');
  });

  it("cites a claim with its words, the brief, the editors, the date and its permalink", () => {
    const citation = citeClaim(claim, paths, site);
    expect(citation.apa).toBe(
      '“Talks go on.” In One </script> brief. (2025). [Policy brief, annotated edition]. Annotated briefs. Claim “kp-talks”, annotated by the editors of Annotated briefs. https://example.org/briefs/brief-one/claims/kp-talks/',
    );
    expect(citation.bibtex).toMatch(/^@techreport\{brief-one:kp-talks,/);
    expect(citation.bibtex).toContain('Talks go on.');
  });

  it('gives the path as the permalink when the site has no public URL', () => {
    expect(citeClaim(claim, paths, undefined).permalink).toBe('/briefs/brief-one/claims/kp-talks/');
    expect(citeClaim(claim, paths, undefined).apa).not.toContain('http');
  });
});

describe('text-fragment links', () => {
  it('quote a short claim whole and a long one by its first and last words, with - , & encoded', () => {
    expect(textFragmentLink(claim, '/b/')).toBe('/b/#:~:text=Talks%20go%20on.');
    const long = { ...claim, quote: { exact: 'One two-three, four five six seven eight nine ten eleven & twelve' } };
    expect(textFragmentLink(long, '/b/')).toBe('/b/#:~:text=One%20two%2Dthree%2C%20four%20five%20six,nine%20ten%20eleven%20%26%20twelve');
  });
});

describe('Highwire tags', () => {
  it('give the title, the machine date, the language and the public URL, and no author where none is known', () => {
    expect(highwireTags(brief, { publicUrl: 'https://example.org/briefs/brief-one/' })).toEqual([
      { name: 'citation_title', content: 'One </script> brief' },
      { name: 'citation_publication_date', content: '2025' },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_public_url', content: 'https://example.org/briefs/brief-one/' },
    ]);
  });

  it('name each known author', () => {
    const authored = { ...brief, data: { ...brief.data, author: [{ family: 'Khan', given: 'Ayesha' }, { literal: 'PIPS' }] } };
    expect(highwireTags(authored, {}).filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['Khan, Ayesha', 'PIPS']);
  });
});

describe('schema.org JSON-LD', () => {
  it('describes the brief as a Report with its claims and citations', () => {
    const data = reportJsonLd(brief, paths, (path) => new URL(path, site).href) as Record<string, any>;
    expect(data['@type']).toBe('Report');
    expect(data.hasPart).toEqual([
      { '@type': 'Claim', '@id': 'https://example.org/briefs/brief-one/claims/kp-talks/' },
      { '@type': 'Claim', '@id': 'https://example.org/briefs/brief-one/claims/istanbul/' },
    ]);
    expect(data.citation.map((work: any) => work.name)).toEqual(['Talks, "again" & more', 'Clashes']);
    expect(data).not.toHaveProperty('author');
  });

  it('is escaped so that nothing in it can end the script element, and still parses to the same data', () => {
    const data = reportJsonLd(brief, paths, (path) => path);
    const json = scriptSafeJson(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('feed items', () => {
  it('give a pubDate only where the day is known', () => {
    expect(feedItems([brief], (id) => `https://example.org/${id}/`)).toEqual([
      { title: 'One </script> brief', link: 'https://example.org/brief-one/', description: 'A brief for the tests of the exports.' },
    ]);
    const dated = { ...brief, data: { ...brief.data, issued: '2025-11-02' } };
    expect(feedItems([dated], (id) => id)[0]!.pubDate?.toISOString()).toBe('2025-11-02T00:00:00.000Z');
  });
});

describe('APA entries, formatted once per item', () => {
  it('gives each item its own entry: an item changed under the same id is formatted again', () => {
    const item: CslItem = { id: 'same-id', type: 'article-newspaper', title: 'Talks resume in Doha', 'container-title': 'Dawn', issued: cslDate('2025-10-18') };
    const first = toApa(item);
    expect(first).toContain('Talks resume in Doha');
    expect(toApa({ ...item })).toBe(first);
    const changed = toApa({ ...item, title: 'Talks stall in Istanbul' });
    expect(changed).toContain('Talks stall in Istanbul');
    expect(changed).not.toContain('Doha');
  });
});
