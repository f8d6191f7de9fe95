/** The glossary page's order: by what a term names, then alphabetically. */
import { TERM_KINDS, type GlossaryEntry } from './glossary-schema';

export const TERM_KIND_LABELS: Record<(typeof TERM_KINDS)[number], string> = {
  person: 'People',
  group: 'Groups',
  organisation: 'Organisations',
  place: 'Places',
  project: 'Projects',
  agreement: 'Agreements',
};

export function glossaryListing(entries: readonly GlossaryEntry[]) {
  return TERM_KINDS.map((kind) => ({
    kind,
    label: TERM_KIND_LABELS[kind],
    entries: entries.filter((entry) => entry.kind === kind).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
  })).filter((section) => section.entries.length > 0);
}
