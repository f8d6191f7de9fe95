/**
 * citation-js, set up once: CSL-JSON in, BibTeX and formatted citations out.
 * Our ids stay the BibTeX keys (checkLabel off: it would rewrite keys it
 * finds unsafe, and ours are plain lowercase words and hyphens).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem, CslName } from './csl';
import { recentCache } from '../site/recent-cache';

/** How many APA entries are kept: a brief's and its sources', with room to spare. */
const APA_KEPT = 64;

plugins.config.get('@bibtex').format.checkLabel = false;

/** Any line break, Unicode's included: BibTeX reads them all as a space, and a naive reader splits entries on a line that starts with `@`. */
const LINE_BREAKS = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;
const oneLine = (text: string) => text.replace(LINE_BREAKS, ' ');

/**
 * citation-js 0.8 escapes titles and personal names, but writes a literal
 * (organisation) name and the URL as they are: a `}` in either would close
 * the field early and let the rest of the value write entries of its own.
 * Braces and backslashes in a literal name become the LaTeX commands
 * citation-js uses elsewhere; in a URL, their percent-encoding (the same address).
 */
const literalName = (text: string) =>
  oneLine(text).replace(/[\\{}]/g, (char) => ({ '\\': '\\textbackslash{}', '{': '\\textbraceleft{}', '}': '\\textbraceright{}' })[char]!);
const bibtexUrl = (url: string) => oneLine(url).replace(/[\\{}]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

function bibtexReady(item: CslItem): Record<string, unknown> {
  const ready: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) ready[key] = typeof value === 'string' ? oneLine(value) : value;
  if (item.author) {
    ready.author = item.author.map((name: CslName) =>
      name.literal !== undefined ? { literal: literalName(name.literal) } : Object.fromEntries(Object.entries(name).map(([part, text]) => [part, oneLine(String(text))])),
    );
  }
  if (item.URL) ready.URL = bibtexUrl(item.URL);
  return { ...ready, 'citation-key': item.id };
}

/**
 * The last guard: braces balance, never close more than they open, and
 * every `@` outside braces starts one of our entries. Should an escape above
 * ever miss a case, the build stops here rather than publish a file that
 * reference managers would read as other entries.
 */
export function assertBibtexEntries(text: string, items: readonly CslItem[]): void {
  let depth = 0;
  const starts: string[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth < 0) break;
    } else if (char === '@' && depth === 0) starts.push(text.slice(index).match(/^@\w+\{([^,]*),/)?.[1] ?? '?');
  }
  const expected = items.map((item) => item.id);
  if (depth !== 0 || starts.join('\n') !== expected.join('\n')) {
    throw new Error(
      `BibTeX for ${expected.join(', ')} would not read back as ${expected.length === 1 ? 'one entry' : `${expected.length} entries`} (braces ${depth === 0 ? 'balanced' : 'unbalanced'}, entries found: ${starts.join(', ') || 'none'}). ` +
        'Hint: a title, name or address holds braces or an "@" that could not be escaped; write it without them in references.yaml.',
    );
  }
}

/** BibTeX entries for CSL items, keys = their ids (citation-js takes the key from `citation-key`). */
export function toBibtex(items: readonly CslItem[]): string {
  const text = new Cite(items.map(bibtexReady)).format('bibtex', { format: 'text' }) as string;
  assertBibtexEntries(text, items);
  return text;
}

/**
 * APA entries made, by their item: every claim page of a brief cites the
 * same brief, and citeproc's formatting was a sixth of the build's time
 * when it ran once per page. Only recent items are kept (the pages of one
 * brief are rendered together), so memory stays flat with the library.
 */
const apaMade = recentCache<string, string>(APA_KEPT);

/** One item as an APA bibliography entry, plain text. */
export function toApa(item: CslItem): string {
  return apaMade.get(JSON.stringify(item), () => {
    const text = new Cite({ ...item }).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    return text.trim();
  });
}
