/**
 * Which section of a brief each claim sits in: the `#`/`##` heading that
 * comes before its quote in the Markdown body ("Key Points", "Analysis",
 * "Way Forward"). The map puts a "Key Points" section's claims in a column of
 * their own, and the evidence chart counts claims by section.
 */
import { findQuote } from './anchor-quotes';
import { claimContext, textBlocks } from './claim-context';
import type { Quote } from './schema';

export interface BriefSection {
  /** The heading's words, without a trailing colon: "Way Forward:" → "Way Forward". */
  title: string;
  /** The Markdown between this heading and the next. */
  markdown: string;
}

/** The name given to text before the first heading. */
export const OPENING_SECTION = 'Opening';

/** A section whose claims are the brief's key points. */
export const isKeyPointsSection = (title: string) => /^key points?$/i.test(title.trim());

/** Splits a Markdown body at its level-1 and level-2 headings, in order. */
export function briefSections(markdown: string): BriefSection[] {
  const sections: BriefSection[] = [];
  let current: BriefSection = { title: OPENING_SECTION, markdown: '' };
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (current.markdown.trim() !== '' || current.title !== OPENING_SECTION) sections.push(current);
      current = { title: heading[1]!.replace(/[:.]\s*$/, '').trim(), markdown: '' };
      continue;
    }
    current.markdown += `${line}\n`;
  }
  sections.push(current);
  return sections;
}

/**
 * The title of the section holding each quote, by claim id. A claim whose
 * quote no section holds (it could not be anchored) is left out: the build's
 * anchoring reports that claim before any page is written.
 */
export function claimSections(markdown: string, claims: ReadonlyArray<{ id: string; quote: Quote }>): Map<string, string> {
  const sections = briefSections(markdown).map((section) => ({ ...section, text: textBlocks(section.markdown).join(' ') }));
  const found = new Map<string, string>();
  for (const claim of claims) {
    // The whole selector first (prefix and suffix tell repeats apart); then, for a
    // prefix or suffix that reaches across a heading, the words within one block.
    const section =
      sections.find((candidate) => findQuote(candidate.text, claim.quote).status === 'found') ??
      sections.find((candidate) => claimContext(candidate.markdown, claim.quote) !== undefined);
    if (section) found.set(claim.id, section.title);
  }
  return found;
}
