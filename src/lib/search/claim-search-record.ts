/**
 * What a claim's page gives Pagefind beyond the claim's own words: the other
 * names of the glossary terms it mentions (so "Pakistani Taliban" finds a
 * claim that says "TTP"), the words just before it in its paragraph, and
 * the terms as the search interface needs them to explain a match.
 */
import { findMentions, namesOf, nameKey, type GlossaryTerm } from '../content/glossary';
import { encodeTermNames } from './search-contract';

/** The parts of a claim its search record is made of. */
export interface SearchableClaim {
  quote: { exact: string };
  corrections: ReadonlyArray<{ reading: string }>;
  note?: string | undefined;
  citations: ReadonlyArray<{ note?: string | undefined }>;
}

/** The claim's words, with the editors' readings of slips ("ofTurkey" read "of Turkey" mentions Turkey). */
export const claimWords = (claim: SearchableClaim): string => [claim.quote.exact, ...claim.corrections.map((correction) => correction.reading)].join(' ');

/** The editors' notes on the claim: its own, then those on how each source bears on it. */
export const editorsNotes = (claim: SearchableClaim): string =>
  [claim.note, ...claim.citations.map((citation) => citation.note)].filter(Boolean).join(' ');

export interface ClaimSearchRecord {
  /** Other names of the terms the claim mentions, for the hidden, indexed line; empty when none. */
  otherNames: string[];
  /** `terms` meta: per term, the name as the claim writes it, then its other names. */
  terms: string;
  /** The last words before the claim in its paragraph, `…` first when cut; empty at a paragraph's start. */
  before: string;
}

/** How many words of the paragraph before the claim a result shows. */
export const BEFORE_WORDS = 20;

export function lastWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  return `…${words.slice(-count).join(' ')}`;
}

/**
 * @param claimText the claim's words, with the editors' readings of slips
 *   appended ("ofTurkey" read "of Turkey" mentions Turkey)
 * @param before the paragraph's text before the claim
 */
export function claimSearchRecord(claimText: string, before: string, glossary: readonly GlossaryTerm[]): ClaimSearchRecord {
  const byTerm = new Map<GlossaryTerm, string>();
  for (const mention of findMentions(claimText, glossary)) if (!byTerm.has(mention.entry)) byTerm.set(mention.entry, mention.text);
  const groups = [...byTerm].map(([entry, written]) => [written, ...namesOf(entry).filter((name) => nameKey(name) !== nameKey(written))]);
  const said = nameKey(claimText);
  const otherNames = [...new Set(groups.flatMap(([, ...others]) => others))].filter((name) => !said.includes(nameKey(name)));
  return {
    otherNames,
    terms: encodeTermNames(groups),
    before: lastWords(before, BEFORE_WORDS),
  };
}

/** What the claim pages give the index, as text: each claim, the editors' readings and notes, the other names of its terms (for the word list). */
export function indexedTexts(claims: readonly SearchableClaim[], glossary: readonly GlossaryTerm[]): string[] {
  return claims.flatMap((claim) => [claimWords(claim), editorsNotes(claim), ...claimSearchRecord(claimWords(claim), '', glossary).otherNames]);
}
