/** The glossary page's order: by what a term names, then alphabetically. */
import { mentionedTerms } from '../content/glossary';
import { TERM_KINDS, type GlossaryEntry } from '../content/glossary-schema';

export const TERM_KIND_LABELS: Record<(typeof TERM_KINDS)[number], string> = {
  person: 'People',
  group: 'Groups',
  organisation: 'Organisations',
  place: 'Places',
  project: 'Projects',
  agreement: 'Agreements',
  concept: 'Concepts',
};

/**
 * @param searchable what search finds the claims by (their words, the
 *   editors' readings and notes), so a term links to its claims only where
 *   a search for it finds one
 */
export function glossaryListing(entries: readonly GlossaryEntry[], searchable: readonly string[]) {
  const found = new Set(searchable.flatMap((text) => mentionedTerms(text, entries)).map((entry) => entry.id));
  return TERM_KINDS.map((kind) => ({
    kind,
    label: TERM_KIND_LABELS[kind],
    entries: entries
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
      .map((entry) => ({ ...entry, inClaims: found.has(entry.id) })),
  })).filter((section) => section.entries.length > 0);
}
