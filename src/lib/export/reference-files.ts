/** References in each download format, from one list of CSL items. */
import type { Reference } from '../content/schema';
import { REFERENCE_FORMATS, type ReferenceFormat } from '../site/paths';
import { toBibtex } from './citation-js';
import { referenceToCsl } from './csl';
import { toRis } from './ris';
import { jsonFile } from './safe-json';

// The formats are part of the files' URLs, so paths.ts holds their list.
export { REFERENCE_FORMATS, type ReferenceFormat };

/** What each format is, for links and `type` attributes. */
export const FORMAT_INFO: Record<ReferenceFormat, { label: string; mediaType: string }> = {
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex' },
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems' },
};

export function referencesFile(references: readonly Reference[], format: ReferenceFormat): string {
  const items = references.map(referenceToCsl);
  if (format === 'json') return jsonFile(items);
  if (format === 'bib') return toBibtex(items);
  return toRis(items);
}
