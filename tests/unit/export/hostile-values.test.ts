/**
 * Every export is safe wherever a reader's tool or another site puts it:
 * values that hold markup, formula starts, braces, `@`, line breaks and
 * CDATA ends are written so that they read back as the same text and can
 * neither run nor break out of their field, entry, tag or element.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { getRssString } from '@astrojs/rss';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { assertBibtexEntries, toBibtex } from '../../../src/lib/export/citation-js';
import { referenceToCsl, type CslItem } from '../../../src/lib/export/csl';
import { toCsv } from '../../../src/lib/export/csv';
import { feedItems } from '../../../src/lib/export/feed';
import { referencesFile } from '../../../src/lib/export/reference-files';
import { toRis } from '../../../src/lib/export/ris';
import { jsonFile, scriptSafeJson } from '../../../src/lib/export/safe-json';
import { claimsJsonl } from '../../../src/lib/export/tables';
import { exportLibrary, paths, site } from '../../support/export-library';

/** An item as citation-js reads it back from BibTeX or RIS. */
type ReadBack = CslItem & { author?: Array<{ literal?: string; family?: string }> };

const MARKUP = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quoted"';
const library = exportLibrary();
const [dawn] = library.references.map(referenceToCsl) as [CslItem];

describe('JSON and JSON-LD', () => {
  it('never hold a raw <, > or & (nor U+2028/9), and parse back to the same values', () => {
    const value = { title: MARKUP, lines: 'one\u2028two\u2029three', nested: [{ note: '<!-- -->' }] };
    for (const text of [scriptSafeJson(value), jsonFile(value)]) {
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      expect(text).toContain('\\u003c/script\\u003e');
      expect(JSON.parse(text)).toEqual(value);
    }
  });

  it('reaches references.json and claims.jsonl', () => {
    const hostileReference = { ...library.references[0]!, title: MARKUP };
    const json = referencesFile([hostileReference], 'json');
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)[0].title).toBe(MARKUP);

    const claim = library.briefs[0]!.claims[0]!;
    const note = claim.note;
    claim.note = MARKUP;
    try {
      const jsonl = claimsJsonl(library, (path) => new URL(path, site).href, paths);
      expect(jsonl).not.toMatch(/[<>&]/);
      expect(JSON.parse(jsonl.split('\n')[0]!).note).toBe(MARKUP);
    } finally {
      claim.note = note;
    }
  });
});

describe('CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula (OWASP), and leaves the rest and numbers as they are', () => {
    const starts = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    const csv = toCsv(['text', 'count'], [...starts.map((text) => ({ text, count: -1 })), { text: 'plain - text = fine', count: 2 }]);
    const rows = parse(csv, { columns: true }) as Array<{ text: string; count: string }>;
    expect(rows.map((row) => row.text)).toEqual([...starts.map((text) => `'${text}`), 'plain - text = fine']);
    // Numbers are the site's own counts: a negative one stays a number.
    expect(rows.map((row) => row.count)).toEqual(['-1', '-1', '-1', '-1', '-1', '-1', '2']);
  });
});

describe('RSS', () => {
  it('escapes markup and a CDATA end, and reads back as the same text', async () => {
    const brief = library.briefs[0]!;
    const hostile = `${MARKUP} ]]><script>alert(3)</script>`;
    const saved = { title: brief.data.title, summary: brief.data.summary };
    Object.assign(brief.data, { title: hostile, summary: hostile });
    try {
      const xml = await getRssString({ title: 'Site', description: 'Briefs', site: 'https://example.org/', items: feedItems([brief], (id) => `https://example.org/${id}/`) });
      expect(xml).not.toMatch(/<script|<img|\]\]><|<!\[CDATA\[/i);
      const item = new XMLParser().parse(xml).rss.channel.item;
      expect(item.title).toBe(hostile);
      expect(item.description).toBe(hostile);
    } finally {
      Object.assign(brief.data, saved);
    }
  });
});

describe('BibTeX', () => {
  const hostile: CslItem = {
    ...dawn,
    title: 'A } @misc{evil, title={pwned} { \\',
    author: [{ literal: 'Org }} @article{injected,' }, { family: 'Fa}m @x{', given: 'G{i' }],
    'container-title': 'Outlet}\n@book{injected2,',
    URL: 'https://example.org/a?q=}b{&c=@x',
  };

  it('balances braces and lets no value start an entry, whatever the title, names, outlet or address hold', () => {
    const bibtex = toBibtex([hostile, dawn]);
    expect(bibtex.match(/^@/gm)).toHaveLength(2);
    expect(bibtex).not.toMatch(/^\s*@(misc|article|book)\{(evil|injected)/m);
    expect(() => assertBibtexEntries(bibtex, [hostile, dawn])).not.toThrow();
    const parsed = new Cite(bibtex).data as unknown as ReadBack[];
    expect(parsed.map((item) => item.id)).toEqual(['dawn-2025', 'dawn-2025']);
    const [first] = parsed as [ReadBack];
    expect(first.title).toBe(hostile.title);
    // The organisation's name comes back whole (citation-js reads a braced name as a family name).
    expect(first.author![0]!.literal ?? first.author![0]!.family).toBe('Org }} @article{injected,');
    expect(first['container-title']).toBe('Outlet} @book{injected2,');
    expect(first.URL).toBe('https://example.org/a?q=%7Db%7B&c=@x');
  });

  it('refuses, naming the entries, output whose braces or entries do not match its items', () => {
    expect(() => assertBibtexEntries('@article{dawn-2025,\n\ttitle = {A}},\n}\n', [dawn])).toThrow(/BibTeX for dawn-2025 would not read back as one entry \(braces unbalanced.*Hint: /s);
    expect(() => assertBibtexEntries('@article{dawn-2025,\n\ttitle = {A},\n}\n@misc{evil,\n}\n', [dawn])).toThrow(/entries found: dawn-2025, evil/);
  });
});

describe('RIS', () => {
  it('lets no line break of any kind start a new tag inside a value', () => {
    const breaks = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f'];
    const items = breaks.map((lineBreak, index) => ({ ...dawn, id: `item-${index}`, title: `Title${lineBreak}ER  - ${lineBreak}TY  - JOUR${lineBreak}TI  - injected` }));
    const ris = toRis(items);
    const lines = ris.split(/\r\n/);
    expect(lines.filter((line) => line.startsWith('ER  -'))).toHaveLength(items.length);
    expect(lines.filter((line) => line.startsWith('TY  -'))).toHaveLength(items.length);
    expect(lines.filter((line) => /[\r\n\v\f\u0085\u2028\u2029]/.test(line))).toEqual([]);
    const parsed = new Cite(ris).data as unknown as ReadBack[];
    expect(parsed).toHaveLength(items.length);
    expect(parsed[0]!.title).toBe('Title ER - TY - JOUR TI - injected');
  });
});
