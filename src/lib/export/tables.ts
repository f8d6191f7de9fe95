/**
 * The claims as data: CSV tables (claims, evidence, claim links, references)
 * and JSON Lines, described by a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/) whose primary and
 * foreign keys tie the tables together.
 *
 * URLs in the tables are absolute when the site's public URL is known, and
 * otherwise paths from the host's root (base path included).
 */
import type { Library, LinkedClaim } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import { toCsv, type Cell } from './csv';
import { scriptSafeJson } from './safe-json';
import { CITO_RELATIONS } from './annotations';
import { EDITORS_LICENCE, LICENCE_STATEMENT } from './licence';

type Row = Record<string, Cell>;

interface Field {
  name: string;
  type: 'string' | 'integer';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

interface Table {
  name: string;
  file: string;
  title: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  rows: (library: Library, link: (path: string) => string, paths: SitePaths) => Row[];
}

const required = { required: true };
const claimKey = { fields: ['brief', 'claim'], reference: { resource: 'claims', fields: ['brief', 'claim'] } };
const claimsOf = (library: Library) => library.briefs.flatMap((brief) => brief.claims);
const readings = (claim: LinkedClaim) => claim.corrections.map((correction) => `${correction.written} → ${correction.reading}`).join('; ');

export const TABLES: Table[] = [
  {
    name: 'claims',
    file: 'claims.csv',
    title: 'Claims: one row per claim of each brief',
    primaryKey: ['brief', 'claim'],
    fields: [
      { name: 'brief', type: 'string', description: "The brief's id (its URL segment).", constraints: required },
      { name: 'claim', type: 'string', description: "The claim's id, stable: its permalink.", constraints: required },
      { name: 'position', type: 'integer', description: 'Its place in the brief, from 1.', constraints: required },
      { name: 'kind', type: 'string', description: 'fact, assessment, recommendation or prediction (the editors’ judgement).', constraints: { required: true, enum: ['fact', 'assessment', 'recommendation', 'prediction'] } },
      { name: 'quote', type: 'string', description: "The claim's words, as the author wrote them (author's rights).", constraints: required },
      { name: 'topics', type: 'string', description: 'Topic ids, separated by "; ".' },
      { name: 'note', type: 'string', description: "The editors' note." },
      { name: 'readings', type: 'string', description: 'Slips in the typing and the editors’ reading ("written → reading"), separated by "; ".' },
      { name: 'evidence_count', type: 'integer', description: 'How many sources are linked to it (0: none cited).', constraints: required },
      { name: 'url', type: 'string', description: "The claim's page." },
    ],
    rows: (library, link, paths) =>
      claimsOf(library).map((claim) => ({
        brief: claim.brief.id,
        claim: claim.id,
        position: claim.index + 1,
        kind: claim.kind,
        quote: claim.quote.exact,
        topics: claim.topics.map((topic) => topic.id).join('; '),
        note: claim.note,
        readings: readings(claim),
        evidence_count: claim.citations.length,
        url: link(paths.claim(claim.brief.id, claim.id)),
      })),
  },
  {
    name: 'evidence',
    file: 'evidence.csv',
    title: 'Evidence: one row per source linked to a claim',
    primaryKey: ['brief', 'claim', 'reference'],
    foreignKeys: [claimKey, { fields: ['reference'], reference: { resource: 'references', fields: ['reference'] } }],
    fields: [
      { name: 'brief', type: 'string', description: "The brief's id.", constraints: required },
      { name: 'claim', type: 'string', description: "The claim's id.", constraints: required },
      { name: 'reference', type: 'string', description: "The source's id (references.csv).", constraints: required },
      { name: 'relation', type: 'string', description: 'How the source bears on the claim (the editors’ judgement).', constraints: { required: true, enum: ['supports', 'qualifies', 'disputes', 'context'] } },
      { name: 'cito', type: 'string', description: 'The same relation as a CiTO property, from the claim to the source.', constraints: required },
      { name: 'number', type: 'integer', description: "The source's number in the brief's reference list.", constraints: required },
      { name: 'locator', type: 'string', description: 'Where in the source, if narrower than the whole.' },
      { name: 'note', type: 'string', description: "The editors' note on how the source bears on the claim." },
    ],
    rows: (library) =>
      claimsOf(library).flatMap((claim) =>
        claim.citations.map((citation) => ({
          brief: claim.brief.id,
          claim: claim.id,
          reference: citation.reference.id,
          relation: citation.relation,
          cito: `cito:${CITO_RELATIONS[citation.relation]}`,
          number: citation.number,
          locator: citation.locator,
          note: citation.note,
        })),
      ),
  },
  {
    name: 'claim-links',
    file: 'claim-links.csv',
    title: 'Claim links: one row per typed link from one claim to another of the same brief',
    primaryKey: ['brief', 'from', 'to'],
    foreignKeys: [
      { fields: ['brief', 'from'], reference: { resource: 'claims', fields: ['brief', 'claim'] } },
      { fields: ['brief', 'to'], reference: { resource: 'claims', fields: ['brief', 'claim'] } },
    ],
    fields: [
      { name: 'brief', type: 'string', description: "The brief's id.", constraints: required },
      { name: 'from', type: 'string', description: 'The claim making the link.', constraints: required },
      { name: 'relation', type: 'string', description: '"from" elaborates, supports or contrasts "to".', constraints: { required: true, enum: ['elaborates', 'supports', 'contrasts'] } },
      { name: 'to', type: 'string', description: 'The claim linked to.', constraints: required },
    ],
    rows: (library) =>
      claimsOf(library).flatMap((claim) => claim.linksOut.map((link) => ({ brief: claim.brief.id, from: claim.id, relation: link.relation, to: link.claim.id }))),
  },
  {
    name: 'references',
    file: 'references.csv',
    title: 'References: every source the briefs list',
    primaryKey: ['reference'],
    fields: [
      { name: 'reference', type: 'string', description: "The source's id.", constraints: required },
      { name: 'type', type: 'string', description: 'CSL item type.', constraints: required },
      { name: 'title', type: 'string', description: 'Title as published, or as the brief gives it.', constraints: required },
      { name: 'container', type: 'string', description: 'Outlet or publisher.' },
      { name: 'issued', type: 'string', description: 'Date of issue as known: YYYY, YYYY-MM or YYYY-MM-DD.' },
      { name: 'issued_approximate', type: 'string', description: '"yes" where the date is the editors’ reading.' },
      { name: 'link', type: 'string', description: 'The published address, only where a copy was seen there.' },
      { name: 'url', type: 'string', description: "The source's page on this site." },
    ],
    rows: (library, link, paths) =>
      library.references.map((reference) => ({
        reference: reference.id,
        type: reference.type,
        title: reference.title,
        container: reference['container-title'],
        issued: reference.issued,
        issued_approximate: reference.issuedApproximate ? 'yes' : 'no',
        link: reference.URL,
        url: link(paths.reference(reference.id)),
      })),
  },
];

export const JSONL_FILE = 'claims.jsonl';

/** Every claim as one JSON object a line, evidence and links nested. */
export function claimsJsonl(library: Library, link: (path: string) => string, paths: SitePaths): string {
  return claimsOf(library)
    .map((claim) =>
      scriptSafeJson({
        brief: claim.brief.id,
        claim: claim.id,
        position: claim.index + 1,
        kind: claim.kind,
        quote: claim.quote.exact,
        topics: claim.topics.map((topic) => topic.id),
        note: claim.note ?? null,
        corrections: claim.corrections,
        evidence: claim.citations.map((citation) => ({
          reference: citation.reference.id,
          relation: citation.relation,
          cito: `cito:${CITO_RELATIONS[citation.relation]}`,
          number: citation.number,
          locator: citation.locator ?? null,
          note: citation.note ?? null,
        })),
        links: claim.linksOut.map((other) => ({ relation: other.relation, to: other.claim.id })),
        url: link(paths.claim(claim.brief.id, claim.id)),
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export function tableCsv(table: Table, library: Library, link: (path: string) => string, paths: SitePaths): string {
  return toCsv(table.fields.map((field) => field.name), table.rows(library, link, paths));
}

/** The Data Package descriptor: every file, its schema, its keys, the licence. */
export function dataPackage(paths: SitePaths, link: (path: string) => string): Record<string, unknown> {
  return {
    name: 'annotated-briefs-claims',
    title: 'Annotated briefs: claims, evidence and links',
    description: `The editors' annotations of the policy briefs as tables. A text cell that would begin with =, +, -, @, a tab or a carriage return begins with ' instead, so that no spreadsheet runs it as a formula. ${LICENCE_STATEMENT}`,
    homepage: link(paths.about()),
    licenses: [{ name: EDITORS_LICENCE.id, path: EDITORS_LICENCE.url, title: EDITORS_LICENCE.title }],
    resources: [
      ...TABLES.map((table) => ({
        name: table.name,
        path: table.file,
        title: table.title,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: table.fields,
          primaryKey: table.primaryKey,
          ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
        },
      })),
      {
        name: 'claims-jsonl',
        path: JSONL_FILE,
        title: 'Claims as JSON Lines: one claim a line, its evidence and links nested',
        format: 'jsonl',
        mediatype: 'application/jsonl',
        encoding: 'utf-8',
      },
    ],
  };
}
