/**
 * A reference's fields as a reader sees them: names, dates, the outlet.
 * Plain functions so the citation reads the same on every page.
 */
import type { Name, Reference } from '../content/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatName(name: Name): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** "Janjua, Haroon; Baloch, Shah Meer; and Ellis-Petersen, Hannah". */
export function formatAuthors(authors: readonly Name[]): string {
  const names = authors.map(formatName);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('; ')}; and ${names[names.length - 1]}`;
}

/** "2025", "October 2025", "31 October 2025"; "probably" where the date is the editors' reading. */
export function formatIssued(reference: Pick<Reference, 'issued' | 'issuedApproximate'>): string | undefined {
  if (!reference.issued) return undefined;
  const [year, month, day] = reference.issued.split('-').map(Number) as [number, number?, number?];
  let text = String(year);
  if (month) text = `${MONTHS[month - 1]} ${text}`;
  if (day) text = `${day} ${text}`;
  return reference.issuedApproximate ? `probably ${text}` : text;
}

/** A short label for filters and lists: `title-short`, else "Outlet year", else the title. */
export function shortLabel(reference: Reference): string {
  if (reference['title-short']) return reference['title-short'];
  const year = reference.issued?.slice(0, 4);
  const outlet = reference['container-title'];
  return outlet ? [outlet, year].filter(Boolean).join(' ') : reference.title;
}
