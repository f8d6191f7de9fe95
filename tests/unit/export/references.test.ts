import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../../src/lib/export/citation-js';
import { coinsTitle } from '../../../src/lib/export/coins';
import { referenceToCsl } from '../../../src/lib/export/csl';
import { risRecord, toRis } from '../../../src/lib/export/ris';
import { exportLibrary } from '../../support/export-library';

const [dawn, guardian] = exportLibrary().references.map(referenceToCsl) as [ReturnType<typeof referenceToCsl>, ReturnType<typeof referenceToCsl>];

describe('references as CSL-JSON', () => {
  it('maps dates to date-parts, an approximate date to circa, and leaves the editors’ fields out', () => {
    expect(guardian).toEqual({
      id: 'guardian-2025',
      type: 'article-newspaper',
      title: 'Clashes',
      author: [{ family: 'Janjua', given: 'Haroon' }, { family: 'Baloch', given: 'Shah Meer' }],
      'container-title': 'The Guardian',
      issued: { 'date-parts': [[2025, 10]], circa: true },
    });
    expect(dawn.issued).toEqual({ 'date-parts': [[2025, 10, 31]] });
    expect(Object.keys(dawn)).not.toContain('checked');
    expect(Object.keys(dawn)).not.toContain('perspective');
  });
});

describe('references as RIS', () => {
  it('keeps the authors and date of a news item, one tag a line, however long', () => {
    const lines = risRecord({ ...guardian, title: 'A very long title '.repeat(10).trim() }).split('\r\n');
    expect(lines).toEqual([
      'TY  - NEWS',
      'ID  - guardian-2025',
      'AU  - Janjua, Haroon',
      'AU  - Baloch, Shah Meer',
      `TI  - ${'A very long title '.repeat(10).trim()}`,
      'T2  - The Guardian',
      'PY  - 2025',
      'DA  - 2025/10//',
      'ER  - ',
    ]);
  });

  it('reads back with citation-js as the same references', () => {
    // citation-js follows the RIS specification's table for NEWS, where AU is the reporter; Zotero reads it as the author.
    const parsed = new Cite(toRis([dawn, guardian])).data;
    expect(parsed.map((item) => [item.id, item.title, item.type, item['container-title'], ((item.author ?? item.reporter) as unknown[] | undefined)?.length ?? 0, (item.issued as { 'date-parts': number[][] })['date-parts'][0]![0]])).toEqual([
      ['dawn-2025', 'Talks, "again" & more', 'article-newspaper', 'Dawn', 0, 2025],
      ['guardian-2025', 'Clashes', 'article-newspaper', 'The Guardian', 2, 2025],
    ]);
  });
});

describe('references as BibTeX', () => {
  it('keeps our ids as keys and reads back with citation-js', () => {
    const bibtex = toBibtex([dawn, guardian]);
    expect(bibtex).toMatch(/^@article\{dawn-2025,/m);
    expect(bibtex).toMatch(/^@article\{guardian-2025,/m);
    const parsed = new Cite(bibtex).data;
    expect(parsed.map((item) => [item.id, item['citation-key'], item.title])).toEqual([
      ['dawn-2025', 'dawn-2025', 'Talks, "again" & more'],
      ['guardian-2025', 'guardian-2025', 'Clashes'],
    ]);
  });
});

describe('COinS', () => {
  it('encodes the title, outlet, date, first author and every author as an OpenURL', () => {
    const params = new URLSearchParams(coinsTitle(guardian));
    expect(params.get('ctx_ver')).toBe('Z39.88-2004');
    expect(params.get('rft.atitle')).toBe('Clashes');
    expect(params.get('rft.jtitle')).toBe('The Guardian');
    expect(params.get('rft.date')).toBe('2025-10');
    expect(params.get('rft.aulast')).toBe('Janjua');
    expect(params.getAll('rft.au')).toEqual(['Janjua, Haroon', 'Baloch, Shah Meer']);
    expect(new URLSearchParams(coinsTitle(dawn)).get('rft_id')).toBe('https://www.dawn.com/news/1');
  });
});
