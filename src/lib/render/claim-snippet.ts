/**
 * A new claim as YAML, ready to paste under `claims:` in annotations.yaml:
 * what the dev server's selection helper offers. Pure, so it is tested
 * without a browser; the quote comes from `anchor/quote-selector.ts`.
 */
import type { Quote } from '../content/schema';

/** Words too common to name a claim by. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'with']);

/** An id from the quote's first few words, not yet taken: lowercase, hyphenated, at most five words. */
export function proposeClaimId(exact: string, isTaken: (id: string) => boolean): string {
  const words = exact
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word))
    .slice(0, 5);
  const base = words.length > 0 ? words.join('-') : 'claim';
  let id = base;
  for (let number = 2; isTaken(id); number++) id = `${base}-${number}`;
  return id;
}

/** The claim as YAML, indented as an item of `claims:`. Strings as JSON, which YAML reads as double-quoted. */
export function claimSnippet(id: string, quote: Quote): string {
  const json = (value: string) => JSON.stringify(value);
  return [
    `  - id: ${json(id)}`,
    '    quote:',
    `      exact: ${json(quote.exact)}`,
    ...(quote.prefix !== undefined ? [`      prefix: ${json(quote.prefix)}   # the words repeat: this tells them apart`] : []),
    ...(quote.suffix !== undefined ? [`      suffix: ${json(quote.suffix)}   # the words repeat: this tells them apart`] : []),
    '    kind: "assessment"   # fact | assessment | recommendation | prediction',
    '    topics: []           # ids from content/topics.yaml',
    '    evidence: []         # - ref: <id of the brief\'s reference list>, relation: supports | qualifies | disputes | context',
    '',
  ].join('\n');
}
