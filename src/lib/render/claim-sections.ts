/**
 * Which section of a brief each claim sits in: the heading before its quote
 * ("Key Points", "Analysis", "Way Forward"), as the anchoring found it (see
 * `ClaimContext.section`), so a quote is found once, by the build. The map
 * puts a "Key Points" section's claims in a column of their own, and the
 * evidence chart counts claims by section.
 */

/** The name given to text before the first heading. */
export const OPENING_SECTION = 'Opening';

/** A section whose claims are the brief's key points. */
export const isKeyPointsSection = (title: string) => /^key points?$/i.test(title.trim());

/** The section title of each anchored claim, by claim id. */
export function claimSections(contexts: ReadonlyMap<string, { section: string | undefined }>): Map<string, string> {
  return new Map([...contexts].map(([id, context]) => [id, context.section ?? OPENING_SECTION]));
}
