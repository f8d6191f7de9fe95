/**
 * Writes re-anchored quotes back into `annotations.yaml` through the `yaml`
 * package's document API, so everything else — ids, comments, key order,
 * quoting style, line breaks — stays byte for byte as the editors left it.
 */
import { isMap, isSeq, parseDocument, Scalar, type YAMLMap } from 'yaml';
import type { ReanchorOutcome } from '../anchor/reanchor';
import { ANNOTATIONS_FILE } from '../content/content-dir.mjs';
import { formatProblem, type Problem } from '../content/problem';
import { parseYaml } from '../content/read-content';

type Reanchored = Extract<ReanchorOutcome, { status: 'reanchored' }>;

/** The mark above a claim `reanchor` could not place: the claim stays, whole, for the editor to place by hand. */
export const UNPLACED_MARK = 'reanchor:';

/**
 * The annotations with each re-anchored claim's quote replaced and its stale
 * corrections removed. A claim that could not be placed is kept as it was,
 * with a comment above it saying why: no claim is ever dropped.
 */
export function rewriteAnnotations(yamlText: string, outcomes: readonly ReanchorOutcome[]): string {
  const document = parseDocument(yamlText);
  const claims = document.get('claims');
  if (!isSeq(claims)) throw new Error('annotations.yaml: no `claims` list');
  const byId = new Map<string, YAMLMap>();
  for (const item of claims.items) if (isMap(item)) byId.set(String(item.get('id')), item);

  for (const outcome of outcomes) {
    if (outcome.status === 'lost' || outcome.status === 'ambiguous') {
      const claim = byId.get(outcome.id);
      if (claim) claim.commentBefore = ` ${UNPLACED_MARK} NOT RE-ANCHORED (${outcome.status}): ${outcome.reason.replace(/\s+/g, ' ')}. Place this quote by hand.`;
      continue;
    }
    if (outcome.status !== 'reanchored') continue;
    const claim = byId.get(outcome.id);
    if (!claim) throw new Error(`annotations.yaml: claim "${outcome.id}" not found`);
    rewriteQuote(claim, outcome);
    removeCorrections(claim, outcome);
  }
  const written = document.toString({ lineWidth: 0 });
  // The last guard: the file written reads as the build reads it, and every claim that came in goes out, with its id.
  const ids = (text: string) => {
    const problems: Problem[] = [];
    const source = parseYaml(ANNOTATIONS_FILE, text, 0, problems);
    if (problems.length > 0) throw new Error(`rewriting would leave a file the build cannot read; nothing written:\n${problems.map(formatProblem).join('\n')}`);
    return (source.value as { claims?: Array<{ id?: unknown }> }).claims?.map((claim) => String(claim?.id)) ?? [];
  };
  const writtenIds = new Set(ids(written));
  const missing = ids(yamlText).filter((id) => !writtenIds.has(id));
  if (missing.length > 0) throw new Error(`annotations.yaml: rewriting would drop claim${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; nothing written`);
  return written;
}

function rewriteQuote(claim: YAMLMap, outcome: Reanchored): void {
  const quote = claim.get('quote');
  if (!isMap(quote)) throw new Error(`annotations.yaml: claim "${outcome.id}" has no quote`);
  for (const key of ['exact', 'prefix', 'suffix'] as const) {
    const value = outcome.after[key];
    if (value === undefined) {
      quote.delete(key);
    } else if (quote.has(key)) {
      // Setting a plain value keeps the scalar node, and so its quoting style.
      quote.set(key, value);
    } else {
      const scalar = new Scalar(value);
      scalar.type = Scalar.QUOTE_DOUBLE;
      quote.set(key, scalar);
    }
  }
}

function removeCorrections(claim: YAMLMap, outcome: Reanchored): void {
  if (outcome.staleCorrections.length === 0) return;
  const corrections = claim.get('corrections');
  if (!isSeq(corrections)) return;
  const stale = new Set(outcome.staleCorrections.map((correction) => correction.written));
  corrections.items = corrections.items.filter((item) => !(isMap(item) && stale.has(String(item.get('written')))));
  if (corrections.items.length === 0) claim.delete('corrections');
}
