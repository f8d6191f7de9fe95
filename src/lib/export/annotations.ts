/**
 * The editors' layer as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * one AnnotationPage per brief, all pages gathered by one AnnotationCollection.
 *
 * - a claim is a `classifying` annotation of its words in the reading view,
 *   with bodies for its kind (`classifying`), topics (`tagging`), note
 *   (`commenting`) and the editors' readings of slips (`editing`);
 * - a piece of evidence is a `linking` annotation from the claim's words to the
 *   reference's page, the editors' note as an `assessing` body, and how the
 *   source bears on the claim as a CiTO characterisation;
 * - a link between claims is a `linking` annotation from one claim's words to
 *   the other claim's page, the relation as a `describing` body.
 *
 * Every id is absolute, so these are written only when the site's public
 * URL (SITE_URL) is known.
 */
import type { LinkedBrief, LinkedClaim } from '../content/link-graph';
import type { EvidenceRelation } from '../content/schema';
import type { SitePaths } from '../site/paths';
import { EDITORS_LICENCE, EDITORS_NAME } from './licence';
import { quoteSelector, type BriefText, type QuoteSelector } from './selector-text';
import { ANNO_CONTEXT } from './anno-context';

export { ANNO_CONTEXT };
export const CITO = 'http://purl.org/spar/cito/';
/** The Web Annotation context, and the CiTO prefix for the extension property. */
export const CONTEXT = [ANNO_CONTEXT, { cito: CITO }] as const;

/** The 13 motivations of the Web Annotation vocabulary: the only values of `motivation` and `purpose`. */
export const MOTIVATIONS = [
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
] as const;

/** CiTO properties from the citing claim to the cited source. */
export const CITO_RELATIONS: Record<EvidenceRelation, string> = {
  supports: 'obtainsSupportFrom',
  qualifies: 'isQualifiedBy',
  disputes: 'isDisputedBy',
  context: 'obtainsBackgroundFrom',
};

export interface TextTarget {
  type: 'SpecificResource';
  source: string;
  selector: [QuoteSelector, { type: 'TextPositionSelector'; start: number; end: number }];
}

type Json = Record<string, unknown>;

export interface AnnotationSite {
  /** The public origin plus nothing: paths carry the base. */
  site: URL;
  paths: SitePaths;
}

const url = (path: string, site: URL) => new URL(path, site).href;
const textBody = (purpose: (typeof MOTIVATIONS)[number], value: string): Json => ({ type: 'TextualBody', purpose, value, format: 'text/plain', language: 'en' });
const creator = (site: AnnotationSite): Json => ({ type: 'Organization', name: EDITORS_NAME, homepage: url(site.paths.about(), site.site) });

/** Where a claim's words are: the reading view, by quote and by position. */
export function claimTarget(claim: LinkedClaim, text: BriefText, site: AnnotationSite): TextTarget {
  const range = text.claims.get(claim.id);
  if (!range) throw new Error(`claim "${claim.id}" of brief "${claim.brief.id}" is not in the rendered text: the reading view must wrap it in an element of class "claim" with its id`);
  return {
    type: 'SpecificResource',
    source: url(site.paths.brief(claim.brief.id), site.site),
    selector: [quoteSelector(text.text, range), { type: 'TextPositionSelector', start: range.start, end: range.end }],
  };
}

function claimAnnotations(claim: LinkedClaim, pageId: string, text: BriefText, site: AnnotationSite): Json[] {
  const target = claimTarget(claim, text, site);
  const common = { creator: creator(site), rights: EDITORS_LICENCE.url };
  const id = `${pageId}#claims/${claim.id}`;
  const bodies: Json[] = [textBody('classifying', claim.kind)];
  for (const topic of claim.topics) {
    bodies.push({ type: 'SpecificResource', purpose: 'tagging', source: { id: url(site.paths.topic(topic.id), site.site), type: 'Text', format: 'text/html', label: topic.label } });
  }
  if (claim.note) bodies.push(textBody('commenting', claim.note));
  for (const correction of claim.corrections) bodies.push(textBody('editing', `Read “${correction.written}” as “${correction.reading}”.`));
  const annotations: Json[] = [
    { id, type: 'Annotation', motivation: 'classifying', ...common, canonical: url(site.paths.claim(claim.brief.id, claim.id), site.site), body: bodies, target },
  ];
  for (const citation of claim.citations) {
    const body: Json[] = [{ id: url(site.paths.reference(citation.reference.id), site.site), type: 'Text', format: 'text/html' }];
    if (citation.note) body.push(textBody('assessing', citation.note));
    annotations.push({
      id: `${id}/evidence/${citation.reference.id}`,
      type: 'Annotation',
      motivation: 'linking',
      ...common,
      'cito:hasCitationCharacterization': { id: `${CITO}${CITO_RELATIONS[citation.relation]}` },
      body,
      target,
    });
  }
  for (const link of claim.linksOut) {
    annotations.push({
      id: `${id}/links/${link.claim.id}`,
      type: 'Annotation',
      motivation: 'linking',
      ...common,
      body: [
        { id: url(site.paths.claim(link.claim.brief.id, link.claim.id), site.site), type: 'Text', format: 'text/html' },
        textBody('describing', `This claim ${link.relation} the linked claim.`),
      ],
      target,
    });
  }
  return annotations;
}

export interface PagePosition {
  /** Index of the brief among the briefs: the page's place in the collection. */
  index: number;
  briefs: readonly LinkedBrief[];
  /** Annotations on the pages before this one. */
  startIndex: number;
}

/** One brief's annotations as an AnnotationPage of the site's collection. */
export function annotationPage(brief: LinkedBrief, text: BriefText, site: AnnotationSite, position: PagePosition): Json {
  const pageId = url(site.paths.annotationPage(brief.id), site.site);
  const items = brief.claims.flatMap((claim) => claimAnnotations(claim, pageId, text, site));
  const previous = position.briefs[position.index - 1];
  const next = position.briefs[position.index + 1];
  return {
    '@context': CONTEXT,
    id: pageId,
    type: 'AnnotationPage',
    label: `Claims of “${brief.data.title}”, annotated by the editors`,
    partOf: url(site.paths.annotationCollection(), site.site),
    startIndex: position.startIndex,
    ...(previous ? { prev: url(site.paths.annotationPage(previous.id), site.site) } : {}),
    ...(next ? { next: url(site.paths.annotationPage(next.id), site.site) } : {}),
    rights: EDITORS_LICENCE.url,
    items,
  };
}

/** How many annotations a brief's page holds (one per claim, evidence link and claim link). */
export function annotationCount(brief: LinkedBrief): number {
  return brief.claims.reduce((sum, claim) => sum + 1 + claim.citations.length + claim.linksOut.length, 0);
}

/** The site's AnnotationCollection: every brief's page, in library order. */
export function annotationCollection(briefs: readonly LinkedBrief[], site: AnnotationSite): Json {
  const first = briefs[0];
  const last = briefs[briefs.length - 1];
  return {
    '@context': CONTEXT,
    id: url(site.paths.annotationCollection(), site.site),
    type: 'AnnotationCollection',
    label: 'Claims of every brief, annotated by the editors',
    total: briefs.reduce((sum, brief) => sum + annotationCount(brief), 0),
    ...(first ? { first: url(site.paths.annotationPage(first.id), site.site) } : {}),
    ...(last ? { last: url(site.paths.annotationPage(last.id), site.site) } : {}),
    rights: EDITORS_LICENCE.url,
  };
}
