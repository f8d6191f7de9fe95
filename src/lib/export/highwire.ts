/**
 * Highwire Press `citation_*` meta tags for the reading view: what Zotero's
 * connector and Google Scholar read to save a brief. Only what is known: no
 * author tag without a named author, no date more precise than the brief's.
 */
import type { LinkedBrief } from '../content/link-graph';
import { formatName } from '../render/format-citation';

export interface MetaTag {
  name: string;
  content: string;
}

/** "2025-10" → "2025/10": Highwire dates are slash-separated, as precise as known. */
export const highwireDate = (issued: string) => issued.replace(/-/g, '/');

export function highwireTags(brief: LinkedBrief, options: { publicUrl?: string; institution?: string }): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: brief.data.title }];
  for (const author of brief.data.author) tags.push({ name: 'citation_author', content: formatName(author) });
  if (brief.data.issued) tags.push({ name: 'citation_publication_date', content: highwireDate(brief.data.issued) });
  if (options.institution) tags.push({ name: 'citation_technical_report_institution', content: options.institution });
  tags.push({ name: 'citation_language', content: 'en' });
  if (options.publicUrl) tags.push({ name: 'citation_public_url', content: options.publicUrl });
  return tags;
}
