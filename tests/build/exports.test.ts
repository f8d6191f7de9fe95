/**
 * What a consumer fetches from the default build (no SITE_URL): references in
 * three formats, the claims as tables with their data package, the reading
 * view's citation tags and JSON-LD, COinS on reference pages, "Cite this",
 * and the _headers entries for the data files.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { claims, references } from '../support/content';
import { page, select, selectAll, textOf } from '../support/dist';
import { briefId, distDir, projectRoot } from '../support/site';

const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
const referenceIds = references.map((reference) => reference.id);

describe('references for reference managers', () => {
  const cslSchema = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/csl/csl-data.json'), 'utf8'));
  const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(cslSchema);

  it('writes CSL-JSON of every reference that validates against the CSL data schema', () => {
    const items = JSON.parse(read('references.json'));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items.map((item: { id: string }) => item.id)).toEqual(referenceIds);
    for (const id of referenceIds) {
      const single = JSON.parse(read(`references/${id}.json`));
      expect(validate(single), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(single).toEqual([items.find((item: { id: string }) => item.id === id)]);
    }
  });

  it('marks an approximate date as circa and keeps the editors’ notes out', () => {
    const items = JSON.parse(read('references.json'));
    expect(items.find((item: { id: string }) => item.id === 'guardian-2025-border-clashes').issued).toEqual({ 'date-parts': [[2025, 10]], circa: true });
    expect(read('references.json')).not.toMatch(/"checked"|"perspective"|"issuedApproximate"/);
  });

  it('writes BibTeX that reads back to the same references, our ids as keys', () => {
    const parsed = new Cite(read('references.bib')).data;
    expect(parsed.map((item) => item['citation-key'])).toEqual(referenceIds);
    const csl = JSON.parse(read('references.json'));
    expect(parsed.map((item) => item.title)).toEqual(csl.map((item: { title: string }) => item.title));
    for (const id of referenceIds) expect(new Cite(read(`references/${id}.bib`)).data.map((item) => item['citation-key'])).toEqual([id]);
  });

  it('writes RIS that reads back to the same references, names and years kept, no wrapped line', () => {
    const ris = read('references.ris');
    const parsed = new Cite(ris).data;
    const csl = JSON.parse(read('references.json'));
    // RIS has no generic article: CSL's `article` goes out as GEN and comes back as `document`.
    const risType = (type: string) => (type === 'article' ? 'document' : type);
    expect(parsed.map((item) => [item.id, item.title, item.type])).toEqual(csl.map((item: { id: string; title: string; type: string }) => [item.id, item.title, risType(item.type)]));
    // citation-js reads a NEWS item's AU as the reporter, after the RIS specification; Zotero reads it as the author.
    const names = (item: Record<string, unknown>) => ((item.author ?? item.reporter) as unknown[] | undefined)?.length ?? 0;
    expect(parsed.map(names)).toEqual(csl.map((item: { author?: unknown[] }) => item.author?.length ?? 0));
    expect(parsed.map((item) => (item.issued as { 'date-parts': number[][] })['date-parts'][0]![0])).toEqual(csl.map((item: { issued: { 'date-parts': number[][] } }) => item.issued['date-parts'][0]![0]));
    for (const line of ris.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('links the three files from the sources page and each reference page', () => {
    const links = selectAll('.reference-files a', page(distDir, 'references/index.html')).map((link) => link.properties.href);
    expect(links).toEqual(['/references.json', '/references.bib', '/references.ris']);
    for (const id of referenceIds) {
      const own = selectAll('.reference-files a', page(distDir, `references/${id}/index.html`)).map((link) => String(link.properties.href));
      expect(own).toEqual([`/references/${id}.json`, `/references/${id}.bib`, `/references/${id}.ris`]);
      for (const href of own) expect(existsSync(join(distDir, href))).toBe(true);
    }
  });
});

describe('Zotero and Google Scholar', () => {
  const reading = page(distDir, `${briefId}/index.html`);
  const meta = (name: string) => selectAll(`meta[name="${name}"]`, reading).map((tag) => String(tag.properties.content));

  it('gives the reading view Highwire tags: title, date, language, and no author, none being known', () => {
    expect(meta('citation_title')).toEqual([textOf(select('h1', reading)!)]);
    expect(meta('citation_publication_date')).toEqual(['2025']);
    expect(meta('citation_language')).toEqual(['en']);
    expect(meta('citation_author')).toEqual([]);
    // Without SITE_URL there is no public URL to give.
    expect(meta('citation_public_url')).toEqual([]);
  });

  it('puts COinS on every reference page and none on the reading view', () => {
    expect(selectAll('.Z3988', reading)).toEqual([]);
    for (const id of referenceIds) {
      const spans = selectAll('span.Z3988', page(distDir, `references/${id}/index.html`));
      expect(spans.length, id).toBe(1);
      const params = new URLSearchParams(String(spans[0]!.properties.title));
      expect(params.get('ctx_ver')).toBe('Z39.88-2004');
      expect(params.get('rft.atitle')).toBe(JSON.parse(read(`references/${id}.json`))[0].title);
    }
  });

  it('describes the brief as a schema.org Report, with a Claim for every claim and a citation for every reference', () => {
    const blocks = selectAll('script[type="application/ld+json"]', reading);
    expect(blocks.length).toBe(1);
    const data = JSON.parse(toString(blocks[0]!));
    expect(data['@type']).toBe('Report');
    expect(data.hasPart.map((part: { '@id': string }) => part['@id'])).toEqual(claims.map((claim) => `/${briefId}/claims/${claim.id}/`));
    expect(data.citation.length).toBe(references.length);
  });
});

describe('Cite this', () => {
  it("shows every claim page the claim's words, the brief, the editors, the date and the permalink, in APA and BibTeX", () => {
    for (const claim of claims) {
      const tree = page(distDir, `${briefId}/claims/${claim.id}/index.html`);
      const apa = textOf(select('#cite-apa', tree)!);
      const exact = textOf(select('h1.claim-title', tree)!);
      expect(apa.startsWith(`“${exact}” In Pakistan and Afghanistan in late 2025`), apa).toBe(true);
      expect(apa).toContain('(2025)');
      expect(apa).toContain('annotated by the editors');
      expect(toString(select('#cite-bibtex', tree)!)).toMatch(new RegExp(`^@techreport\\{${briefId}:${claim.id},`));
      expect(select('button[data-copy="cite-apa"]', tree)).toBeTruthy();
    }
  });

  it('links each claim page to its words in the reading view by a text fragment whose words are there, in order', () => {
    const briefText = textOf(page(distDir, `${briefId}/index.html`));
    for (const claim of claims) {
      const link = select('a.text-fragment', page(distDir, `${briefId}/claims/${claim.id}/index.html`))!;
      const [path, directive] = String(link.properties.href).split('#:~:text=');
      expect(path).toBe(`/${briefId}/`);
      const terms = directive!.split(',').map(decodeURIComponent);
      const start = briefText.indexOf(terms[0]!);
      expect(start, `${claim.id}: ${terms[0]}`).toBeGreaterThanOrEqual(0);
      if (terms[1]) expect(briefText.indexOf(terms[1], start), `${claim.id}: ${terms[1]}`).toBeGreaterThan(start);
    }
  });

  it('offers the whole brief in APA and BibTeX at the end of the reading view', () => {
    const tree = page(distDir, `${briefId}/index.html`);
    expect(textOf(select('#cite-apa', tree)!)).toBe('Pakistan and Afghanistan in late 2025: deterrence, dialogue and the TTP. (2025). [Policy brief, annotated edition]. Annotated briefs.');
    expect(toString(select('#cite-bibtex', tree)!)).toMatch(new RegExp(`^@techreport\\{${briefId},`));
  });
});

describe('claims as data', () => {
  const descriptor = JSON.parse(read('data/datapackage.json'));
  const tables = new Map<string, Array<Record<string, string>>>(
    descriptor.resources.filter((resource: { format: string }) => resource.format === 'csv').map((resource: { name: string; path: string }) => [resource.name, parse(read(`data/${resource.path}`), { columns: true })]),
  );

  it('has a row for every claim, evidence link and claim link the editors wrote', () => {
    expect(tables.get('claims')!.map((row) => row.claim)).toEqual(claims.map((claim) => claim.id));
    expect(tables.get('evidence')!.length).toBe(claims.reduce((sum, claim) => sum + (claim.evidence?.length ?? 0), 0));
    expect(tables.get('claim-links')!.length).toBe(claims.reduce((sum, claim) => sum + (claim.links?.length ?? 0), 0));
    const lines = read('data/claims.jsonl').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.claim)).toEqual(claims.map((claim) => claim.id));
  });

  it("resolves every key: primary keys unique, foreign keys found in the table they name", () => {
    for (const resource of descriptor.resources.filter((candidate: { schema?: unknown }) => candidate.schema)) {
      const rows = tables.get(resource.name)!;
      expect(Object.keys(rows[0]!)).toEqual(resource.schema.fields.map((field: { name: string }) => field.name));
      const key = (row: Record<string, string>, fields: string[]) => JSON.stringify(fields.map((field) => row[field]));
      const primary = rows.map((row) => key(row, resource.schema.primaryKey));
      expect(new Set(primary).size, resource.name).toBe(rows.length);
      for (const foreign of resource.schema.foreignKeys ?? []) {
        const target = new Set(tables.get(foreign.reference.resource)!.map((row) => key(row, foreign.reference.fields)));
        const missing = rows.map((row) => key(row, foreign.fields)).filter((value) => !target.has(value));
        expect(missing, `${resource.name} → ${foreign.reference.resource}`).toEqual([]);
      }
    }
  });

  it("states the licence of the editors' layer, and that the briefs' words keep their author's rights", () => {
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }]);
    for (const file of ['about/index.html', `${briefId}/index.html`]) {
      const section = select('.data-files', page(distDir, file))!;
      expect(textOf(section)).toMatch(/licensed under CC BY 4\.0.*keep the author's rights/);
      expect(selectAll('a', section).map((link) => String(link.properties.href))).toEqual(expect.arrayContaining(['/data/claims.csv', '/data/evidence.csv', '/data/claim-links.csv', '/data/claims.jsonl', '/data/datapackage.json']));
    }
  });
});

describe('_headers for the data files', () => {
  const headers = read('_headers');
  const entry = (path: string) => headers.split('\n\n').find((block) => block.startsWith(`${path}\n`)) ?? '';

  it('serves .ris and .bib with the media types reference managers open, and CORS on every data file', () => {
    expect(entry('/references.ris')).toContain('Content-Type: application/x-research-info-systems');
    expect(entry('/references.bib')).toContain('Content-Type: application/x-bibtex');
    for (const path of ['/references.json', '/references.ris', '/references.bib', ...referenceIds.map((id) => `/references/${id}.ris`), '/data/claims.csv', '/data/evidence.csv', '/data/claim-links.csv', '/data/claims.jsonl', '/data/datapackage.json']) {
      expect(entry(path), path).toContain('Access-Control-Allow-Origin: *');
    }
  });

  it('writes no annotations and no feed without a public URL', () => {
    expect(existsSync(join(distDir, 'annotations.jsonld'))).toBe(false);
    expect(existsSync(join(distDir, briefId, 'annotations.jsonld'))).toBe(false);
    expect(existsSync(join(distDir, 'rss.xml'))).toBe(false);
    expect(selectAll('link[rel="alternate"]', page(distDir, `${briefId}/index.html`))).toEqual([]);
  });
});
