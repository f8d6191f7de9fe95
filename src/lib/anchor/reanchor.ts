/**
 * Re-anchoring: after the brief's text has changed, find each claim's words
 * again, and say exactly what changed; never move a claim to other words.
 *
 * Exact first, with the build's own matcher (`anchor-quotes.ts`). Failing
 * that, fuzzy: `approx-string-match` (Myers' bit-parallel algorithm, the one
 * inside Hypothesis) lists every passage within reach of the quote, and each
 * is scored as Hypothesis scores them (client/src/annotator/anchoring/
 * match-quote.ts, https://github.com/hypothesis/client): similarity to the
 * quote (weight 50), to the text that stood before it (20) and after it (20),
 * and nearness to where it stood (2). The text around it and where it stood
 * come from the brief as it was before the edit, when that is known, else
 * from the claim's own prefix and suffix.
 *
 * A passage is taken only if it is at least `QUOTE_SIMILARITY_THRESHOLD`
 * like the quote (`QUOTE_SIMILARITY_WITHOUT_CONTEXT` when nothing is known
 * of the text around it), scores at least `SCORE_THRESHOLD` in all, and at least
 * `MIN_LEAD` above any other passage;
 * otherwise the claim is reported and left as it was.
 */
import search from 'approx-string-match';
import { findQuote, normalizeForMatching } from './anchor-quotes';
import { BLOCK_BREAK, findsAt, quoteWords, selectorFor, trimRange } from './quote-selector';
import type { Correction, Quote } from '../content/schema';

/** A passage must keep at least this share of the quote's characters (at most a quarter changed). */
export const QUOTE_SIMILARITY_THRESHOLD = 0.75;
/**
 * With nothing known of the text around the claim (no earlier version, no
 * prefix or suffix), only a near-identical passage is taken: a look-alike
 * sentence elsewhere must not pass for the claim.
 */
export const QUOTE_SIMILARITY_WITHOUT_CONTEXT = 0.9;
/** The best passage's score (quote, text before and after, place; 0 to 1) must reach this. */
export const SCORE_THRESHOLD = 0.8;
/** The best passage must score this much above the next one elsewhere, or the claim is ambiguous. */
export const MIN_LEAD = 0.05;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** How much text either side of a quote is compared, as Hypothesis keeps. */
const CONTEXT_LENGTH = 32;

export interface ClaimToReanchor {
  id: string;
  quote: Quote;
  corrections?: readonly Correction[];
}

export interface MatchScore {
  /** Weighted as above, 0 to 1. */
  total: number;
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

export type ReanchorOutcome =
  | { id: string; status: 'unchanged'; before: Quote }
  | { id: string; status: 'reanchored'; before: Quote; after: Quote; score: MatchScore; staleCorrections: Correction[] }
  | { id: string; status: 'lost'; before: Quote; reason: string }
  | { id: string; status: 'ambiguous'; before: Quote; reason: string; places: string[] };

interface Context {
  prefix: string;
  suffix: string;
  /** Where the quote stood, as a share of the text's length. */
  position: number | undefined;
}

/** Bounds of the block holding `at` in a flattened text. */
function blockAround(text: string, from: number, to = from): { start: number; end: number } {
  const next = text.indexOf(BLOCK_BREAK, to);
  return { start: text.lastIndexOf(BLOCK_BREAK, from - 1) + 1, end: next === -1 ? text.length : next };
}

/** The text around a claim where it stood before the edit; its own prefix and suffix when that is unknown. */
function contextOf(quote: Quote, previousText: string | undefined): Context {
  const fallback = { prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', position: undefined };
  if (previousText === undefined) return fallback;
  const match = findQuote(previousText, quote);
  if (match.status !== 'found') return fallback;
  const block = blockAround(previousText, match.start, match.end);
  return {
    prefix: previousText.slice(Math.max(block.start, match.start - CONTEXT_LENGTH), match.start),
    suffix: previousText.slice(match.end, Math.min(block.end, match.end + CONTEXT_LENGTH)),
    position: match.start / previousText.length,
  };
}

/** How alike two short passages are, 0 to 1: 1 minus the edits to find `context` in `passage`, per character. */
function similarity(context: string, passage: string): number {
  if (context.length === 0) return 1;
  if (passage.length === 0) return 0;
  const matches = search(passage, context, context.length);
  const errors = Math.min(...matches.map((match) => match.errors), context.length);
  return 1 - errors / context.length;
}

/** A passage of the folded text, as the brief has it. */
function placeOf(text: string, haystack: ReturnType<typeof normalizeForMatching>, match: { start: number; end: number }): string {
  return quoteWords(text, haystack.origin[match.start]!, haystack.origin[match.end - 1]! + 1);
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Finds each claim's quote again in `text` (the brief as rendered and flattened, as `renderedText` in authoring/anchoring-text.ts gives it). */
export function reanchorClaims(text: string, claims: readonly ClaimToReanchor[], previousText?: string): ReanchorOutcome[] {
  const haystack = normalizeForMatching(text);
  return claims.map((claim) => reanchorClaim(text, haystack, claim, previousText));
}

function reanchorClaim(
  text: string,
  haystack: ReturnType<typeof normalizeForMatching>,
  claim: ClaimToReanchor,
  previousText: string | undefined,
): ReanchorOutcome {
  const before = claim.quote;
  const exactMatch = findQuote(text, before);
  if (exactMatch.status === 'found') return { id: claim.id, status: 'unchanged', before };

  const needle = normalizeForMatching(before.exact.trim()).text;
  const context = contextOf(before, previousText);
  const prefix = normalizeForMatching(context.prefix).text;
  const suffix = normalizeForMatching(context.suffix).text;
  const maxErrors = Math.floor(needle.length * (1 - QUOTE_SIMILARITY_THRESHOLD));

  const score = (hay: string) =>
    search(hay, needle, maxErrors)
      .filter((match) => !hay.slice(match.start, match.end).includes(BLOCK_BREAK))
      .map((match) => {
        const quote = 1 - match.errors / needle.length;
        const prefixScore = similarity(prefix, hay.slice(Math.max(0, match.start - prefix.length), match.start));
        const suffixScore = similarity(suffix, hay.slice(match.end, match.end + suffix.length));
        const position = context.position === undefined ? 1 : 1 - Math.abs(match.start / hay.length - context.position);
        const total =
          (WEIGHTS.quote * quote + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore + WEIGHTS.position * position) / TOTAL_WEIGHT;
        return { ...match, score: { total, quote, prefix: prefixScore, suffix: suffixScore, position } };
      })
      .sort((a, b) => b.score.total - a.score.total || a.errors - b.errors);

  const candidates = score(haystack.text);
  const best = candidates[0];
  if (!best) {
    return {
      id: claim.id,
      status: 'lost',
      before,
      reason: `no passage of the text is within ${Math.round((1 - QUOTE_SIMILARITY_THRESHOLD) * 100)}% of the quote's characters: its words are gone`,
    };
  }
  if (prefix === '' && suffix === '' && best.score.quote < QUOTE_SIMILARITY_WITHOUT_CONTEXT) {
    return {
      id: claim.id,
      status: 'lost',
      before,
      reason: `with nothing known of the text around it, the passage that fits best keeps only ${best.score.quote.toFixed(2)} of the quote (${QUOTE_SIMILARITY_WITHOUT_CONTEXT} needed): "${placeOf(text, haystack, best)}"`,
    };
  }
  if (best.score.total < SCORE_THRESHOLD) {
    return {
      id: claim.id,
      status: 'lost',
      before,
      reason: `the passage that fits best scores ${best.score.total.toFixed(2)} (quote ${best.score.quote.toFixed(2)}, before ${best.score.prefix.toFixed(2)}, after ${best.score.suffix.toFixed(2)}), below ${SCORE_THRESHOLD}: "${placeOf(text, haystack, best)}"`,
    };
  }
  // The matcher reports only the passages with the fewest edits; to be sure
  // no other passage fits nearly as well, search again with this one hidden.
  const hidden = candidates.filter((other) => other.start < best.end && other.end > best.start);
  const from = Math.min(...hidden.map((other) => other.start));
  const to = Math.max(...hidden.map((other) => other.end));
  const rival = [
    ...candidates.filter((other) => other.end <= from || other.start >= to),
    ...score(haystack.text.slice(0, from) + '\u0001'.repeat(to - from) + haystack.text.slice(to)),
  ].sort((a, b) => b.score.total - a.score.total)[0];
  if (rival && best.score.total - rival.score.total < MIN_LEAD) {
    return {
      id: claim.id,
      status: 'ambiguous',
      before,
      reason: `two passages fit about as well (scores ${best.score.total.toFixed(2)} and ${rival.score.total.toFixed(2)}); nothing around them tells which the claim meant`,
      places: [placeOf(text, haystack, best), placeOf(text, haystack, rival)],
    };
  }

  // From the folded text back to the brief's, widened to whole words.
  let { start, end } = trimRange(text, haystack.origin[best.start]!, haystack.origin[best.end - 1]! + 1);
  const block = blockAround(text, start, end);
  while (start > block.start && isWordCharacter(text[start - 1]) && isWordCharacter(text[start])) start--;
  while (end < block.end && isWordCharacter(text[end - 1]) && isWordCharacter(text[end])) end++;

  const exact = quoteWords(text, start, end);
  const kept: Quote = { exact, ...(before.prefix ? { prefix: before.prefix } : {}), ...(before.suffix ? { suffix: before.suffix } : {}) };
  const after = findsAt(text, kept, start) ? kept : selectorFor(text, start, end);
  if (!after) {
    return {
      id: claim.id,
      status: 'ambiguous',
      before,
      reason: 'the passage that fits best is repeated word for word, with nothing in its paragraph to tell the copies apart',
      places: [exact],
    };
  }
  const staleCorrections = (claim.corrections ?? []).filter((correction) => !exact.includes(correction.written));
  return { id: claim.id, status: 'reanchored', before, after, score: best.score, staleCorrections };
}
