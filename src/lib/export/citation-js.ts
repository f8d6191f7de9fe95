/**
 * citation-js, set up once: CSL-JSON in, BibTeX and formatted citations out.
 * Our ids stay the BibTeX keys (checkLabel off: it would rewrite keys it
 * finds unsafe, and ours are plain lowercase words and hyphens).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl';

plugins.config.get('@bibtex').format.checkLabel = false;

/** BibTeX entries for CSL items, keys = their ids (citation-js takes the key from `citation-key`). */
export function toBibtex(items: readonly CslItem[]): string {
  return new Cite(items.map((item) => ({ ...item, 'citation-key': item.id }))).format('bibtex', { format: 'text' }) as string;
}

/** One item as an APA bibliography entry, plain text. */
export function toApa(item: CslItem): string {
  const text = new Cite({ ...item }).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
  return text.trim();
}
