import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/export/csv';
import { claimsJsonl, dataPackage, TABLES, tableCsv } from '../../../src/lib/export/tables';
import { buildLibrary } from '../../../src/lib/content/link-graph';
import { exportLibrary, paths, site } from '../../support/export-library';

const library = exportLibrary();
const link = (path: string) => new URL(path, site).href;
const table = (name: string) => TABLES.find((candidate) => candidate.name === name)!;
const rows = (name: string) => parse(tableCsv(table(name), library, link, paths), { columns: true }) as Array<Record<string, string>>;

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and reads back the same', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'plain', b: 'with, comma "and" quote\nand line' }, { a: undefined, b: 3 }]);
    expect(csv).toBe('a,b\r\nplain,"with, comma ""and"" quote\nand line"\r\n,3\r\n');
    expect(parse(csv, { columns: true })).toEqual([{ a: 'plain', b: 'with, comma "and" quote\nand line' }, { a: '', b: '3' }]);
  });
});

describe('the claims as tables', () => {
  it('has a row per claim, per evidence link and per claim link', () => {
    expect(rows('claims').map((row) => [row.claim, row.kind, row.topics, row.readings, row.evidence_count])).toEqual([
      ['kp-talks', 'fact', 'diplomacy', 'go → goes', '1'],
      ['istanbul', 'assessment', '', '', '1'],
    ]);
    expect(rows('evidence').map((row) => [row.claim, row.reference, row.relation, row.cito])).toEqual([
      ['kp-talks', 'dawn-2025', 'supports', 'cito:obtainsSupportFrom'],
      ['istanbul', 'guardian-2025', 'qualifies', 'cito:isQualifiedBy'],
    ]);
    expect(rows('claim-links')).toEqual([{ brief: 'brief-one', from: 'istanbul', relation: 'elaborates', to: 'kp-talks' }]);
    expect(rows('claims')[0]!.url).toBe('https://example.org/briefs/brief-one/claims/kp-talks/');
  });

  it('writes each column the package describes, in its order', () => {
    for (const candidate of TABLES) {
      const header = tableCsv(candidate, library, link, paths).split('\r\n')[0];
      expect(header).toBe(candidate.fields.map((field) => field.name).join(','));
    }
  });

  it('writes one JSON object a line, evidence and links nested', () => {
    const lines = claimsJsonl(library, link, paths).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.claim, line.evidence.length, line.links])).toEqual([
      ['kp-talks', 1, []],
      ['istanbul', 1, [{ relation: 'elaborates', to: 'kp-talks' }]],
    ]);
  });

  it('describes every file in the data package, with keys that name existing fields and resources, and the licence', () => {
    const descriptor = dataPackage(paths, link) as { licenses: Array<{ name: string }>; description: string; resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string }>; primaryKey: string[]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }> };
    expect(descriptor.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(descriptor.description).toMatch(/keep the author's rights/);
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(['claims.csv', 'evidence.csv', 'claim-links.csv', 'references.csv', 'claims.jsonl']);
    const byName = new Map(descriptor.resources.map((resource) => [resource.name, resource]));
    for (const resource of descriptor.resources) {
      if (!resource.schema) continue;
      const names = resource.schema.fields.map((field) => field.name);
      for (const key of resource.schema.primaryKey) expect(names).toContain(key);
      for (const foreign of resource.schema.foreignKeys ?? []) {
        for (const key of foreign.fields) expect(names).toContain(key);
        const target = byName.get(foreign.reference.resource)!.schema!;
        expect(target.primaryKey).toEqual(foreign.reference.fields);
      }
    }
  });
});

describe('the data folder', () => {
  it('is a name no brief can take, since the tables live at /data/', () => {
    const [brief] = exportLibrary().briefs;
    const source = { id: 'data', file: 'content/briefs/data/brief.md', annotationsFile: 'content/briefs/data/annotations.yaml', data: brief!.data, body: brief!.body, claims: [] };
    expect(() => buildLibrary({ referencesFile: 'r.yaml', topicsFile: 't.yaml', references: [], topics: [], briefs: [source] })).toThrow(/the folder name "data" is taken: the build writes "data" at the top of the site/);
  });
});
