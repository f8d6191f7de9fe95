/**
 * References as strict CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
 * the YAML's CSL-named fields mapped one by one, dates as `date-parts`, an
 * approximate date as `circa`, and nothing the editors keep for themselves
 * (`checked`, `perspective`). Fields are copied explicitly: citation-js's
 * deep copy crashes on objects with circular fields (`citedBy`).
 */
import type { BriefData, Name, Reference } from '../content/schema';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': [[number, number?, number?]];
  circa?: boolean;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  'title-short'?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  issued?: CslDate;
  URL?: string;
  language?: string;
  note?: string;
}

export function cslName(name: Name): CslName {
  return 'literal' in name ? { literal: name.literal } : name.given ? { family: name.family, given: name.given } : { family: name.family };
}

/** "2025-10" → `{ 'date-parts': [[2025, 10]] }`, with `circa` when the date is the editors' reading. */
export function cslDate(issued: string, approximate = false): CslDate {
  const parts = issued.split('-').map(Number) as [number, number?, number?];
  return approximate ? { 'date-parts': [parts], circa: true } : { 'date-parts': [parts] };
}

export function referenceToCsl(reference: Reference): CslItem {
  const item: CslItem = { id: reference.id, type: reference.type, title: reference.title };
  if (reference['title-short']) item['title-short'] = reference['title-short'];
  if (reference.author.length > 0) item.author = reference.author.map(cslName);
  if (reference['container-title']) item['container-title'] = reference['container-title'];
  if (reference.issued) item.issued = cslDate(reference.issued, reference.issuedApproximate);
  if (reference.URL) item.URL = reference.URL;
  return item;
}

/**
 * A brief as a CSL `report` item, for "cite this": its title, its known
 * authors and date, and the site as the publisher of this annotated edition.
 */
export function briefToCsl(brief: { id: string; data: BriefData }, options: { publisher: string; url?: string }): CslItem {
  const item: CslItem = { id: brief.id, type: 'report', title: brief.data.title, genre: 'Policy brief, annotated edition', publisher: options.publisher, language: 'en' };
  if (brief.data.author.length > 0) item.author = brief.data.author.map(cslName);
  if (brief.data.issued) item.issued = cslDate(brief.data.issued);
  if (options.url) item.URL = options.url;
  return item;
}
