/**
 * "Cite this": how to cite a brief, or one claim of it, as a reader copies
 * it. APA from citation-js's CSL processor; BibTeX from citation-js; a
 * text-fragment link (`#:~:text=`) that points at a claim's words even where
 * its id would not survive (a quotation of the text, another copy).
 */
import type { LinkedBrief, LinkedClaim } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import { briefToCsl, type CslItem } from './csl';
import { toApa, toBibtex } from './citation-js';
import { EDITORS_NAME } from './licence';
import { absoluteUrl } from './site-address';

export const SITE_NAME = 'Annotated briefs';

export interface CiteThis {
  /** The citation, APA style, as plain text. */
  apa: string;
  bibtex: string;
  /** The permalink: absolute when the site's URL is known, else the path. */
  permalink: string;
}

function briefItem(brief: LinkedBrief, url: string | undefined): CslItem {
  return briefToCsl(brief, { publisher: SITE_NAME, url });
}

export function citeBrief(brief: LinkedBrief, paths: SitePaths, site: URL | undefined): CiteThis {
  const url = absoluteUrl(paths.brief(brief.id), site);
  const item = briefItem(brief, url);
  return { apa: toApa(item), bibtex: toBibtex([item]), permalink: url ?? paths.brief(brief.id) };
}

export function citeClaim(claim: LinkedClaim, paths: SitePaths, site: URL | undefined): CiteThis {
  const path = paths.claim(claim.brief.id, claim.id);
  const url = absoluteUrl(path, site);
  const brief = briefItem(claim.brief, undefined);
  const annotated = `Claim “${claim.id}”, annotated by ${EDITORS_NAME.replace(/^The/, 'the')}`;
  const apa = `“${claim.quote.exact}” In ${toApa(brief)} ${annotated}.${url ? ` ${url}` : ''}`;
  const item: CslItem = { ...brief, id: `${claim.brief.id}:${claim.id}`, note: `${annotated}: “${claim.quote.exact}”`, ...(url ? { URL: url } : {}) };
  return { apa, bibtex: toBibtex([item]), permalink: url ?? path };
}

/** Percent-encodes a text directive's term: `-`, `,` and `&` are its syntax. */
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * A link to a claim's words in the reading view: `#:~:text=start,end` with
 * the first and last few words (the whole quote when it is short).
 */
export function textFragmentLink(claim: LinkedClaim, briefUrl: string, words = 5): string {
  const all = claim.quote.exact.trim().split(/\s+/);
  const directive =
    all.length <= words * 2 ? encodeTerm(all.join(' ')) : `${encodeTerm(all.slice(0, words).join(' '))},${encodeTerm(all.slice(-words).join(' '))}`;
  return `${briefUrl}#:~:text=${directive}`;
}
