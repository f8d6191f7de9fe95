/**
 * The anchoring engine: where does a quote (W3C TextQuoteSelector) sit in a text?
 *
 * Matching is forgiving in the ways a rendering pipeline changes text and
 * strict in every other way: typographic quotes match straight ones (Astro's
 * smartypants curls them), `…` matches `...`, and any run of whitespace
 * matches any other; letters, digits and punctuation must be exact, so the
 * author's typos must be quoted as they are.
 */
import type { Quote } from '../content/schema';
import { showCodePoint } from '../content/invisible-characters';

// The schema rejects invisible characters in quotes, so their detection lives at
// the content stage; re-exported here for the tools that find quotes.
export { INVISIBLE_CHARACTER, invisibleCharacters } from '../content/invisible-characters';

/** Text made comparable, with the index in the original of every character. */
export interface NormalizedText {
  text: string;
  /** `origin[i]` is the index in the original text of `text[i]`'s first source character. */
  origin: number[];
  /** `originEnd[i]` is the index just after `text[i]`'s last source character. */
  originEnd: number[];
}

const CHARACTER_EQUIVALENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2026': '...',
  '\u00A0': ' ',
};

/** A character and the combining marks after it: what NFC may fold into one. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Folds typographic quotes, ellipses and whitespace runs, and composes
 * accents (Unicode NFC: "e" + U+0301 matches "é"), keeping a map back.
 */
export function normalizeForMatching(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  const originEnd: number[] = [];
  let previousWasSpace = false;
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const end = start + cluster.length;
    const folded = CHARACTER_EQUIVALENTS[cluster] ?? cluster.normalize('NFC');
    if (/^\s$/.test(folded)) {
      if (previousWasSpace) {
        originEnd[originEnd.length - 1] = end;
        continue;
      }
      previousWasSpace = true;
      text += ' ';
      origin.push(start);
      originEnd.push(end);
      continue;
    }
    previousWasSpace = false;
    for (const piece of folded) {
      text += piece;
      origin.push(start);
      originEnd.push(end);
      // An astral character is two UTF-16 units: keep the maps one entry per unit.
      if (piece.length === 2) {
        origin.push(start);
        originEnd.push(end);
      }
    }
  }
  return { text, origin, originEnd };
}

/**
 * The last text normalised, kept: a brief's claims are all looked for in the
 * same text, one after another, and normalising it for each claim was most
 * of a brief's rendering time. Callers only read the result.
 */
let lastNormalized: { original: string; normalized: NormalizedText } | undefined;
function normalizedText(original: string): NormalizedText {
  if (lastNormalized?.original !== original) lastNormalized = { original, normalized: normalizeForMatching(original) };
  return lastNormalized.normalized;
}

export type QuoteMatch =
  | { status: 'found'; start: number; end: number }
  | { status: 'missing'; closest: string | undefined }
  | { status: 'ambiguous'; starts: number[] };

/**
 * Finds `quote` in `text`. `start` and `end` index the original `text`
 * (`end` exclusive). A quote is found only if exactly one place matches its
 * `exact`, `prefix` and `suffix`; otherwise the answer says why, with the
 * nearest text (for a missing quote) or every place (for an ambiguous one).
 */
export function findQuote(text: string, quote: Quote): QuoteMatch {
  const haystack = normalizedText(text);
  const exact = normalizeForMatching(quote.exact.trim()).text;
  const prefix = quote.prefix === undefined ? '' : normalizeForMatching(quote.prefix).text.trim();
  const suffix = quote.suffix === undefined ? '' : normalizeForMatching(quote.suffix).text.trim();

  // A quote of whitespace alone quotes nothing (and "" is found at every index,
  // past the text's end too, which would never end the loop below).
  if (exact === '') return { status: 'missing', closest: undefined };

  const starts: number[] = [];
  for (let at = haystack.text.indexOf(exact); at !== -1; at = haystack.text.indexOf(exact, at + 1)) {
    // Whitespace is folded to single spaces, so one character more than the
    // prefix (or suffix) is all the trimming can need: looking at the whole
    // text before each candidate made a brief's anchoring quadratic.
    const before = haystack.text.slice(Math.max(0, at - prefix.length - 1), at).trimEnd();
    const after = haystack.text.slice(at + exact.length, at + exact.length + suffix.length + 1).trimStart();
    if (before.endsWith(prefix) && after.startsWith(suffix)) starts.push(at);
  }

  if (starts.length === 0) return { status: 'missing', closest: closestText(haystack, text, exact) };
  if (starts.length > 1) return { status: 'ambiguous', starts: starts.map((at) => haystack.origin[at]!) };
  const at = starts[0]!;
  return {
    status: 'found',
    start: haystack.origin[at]!,
    end: haystack.originEnd[at + exact.length - 1]!,
  };
}

/**
 * The passage of `original` that comes nearest to `exact`: where the longest
 * beginning or ending of the quote occurs. Good enough to spot a typo fixed
 * in the quote but not in the text, or a sentence the author has reworded.
 */
function closestText(haystack: NormalizedText, original: string, exact: string): string | undefined {
  let best: { at: number; length: number } | undefined;
  for (let length = exact.length - 1; length >= 8 && !best; length--) {
    const head = haystack.text.indexOf(exact.slice(0, length));
    if (head !== -1) {
      best = { at: head, length };
      break;
    }
    const tail = haystack.text.indexOf(exact.slice(exact.length - length));
    if (tail !== -1) best = { at: tail - (exact.length - length), length };
  }
  if (!best) return undefined;
  const from = Math.max(0, best.at);
  const to = Math.min(haystack.text.length, best.at + exact.length) - 1;
  return original.slice(haystack.origin[from], haystack.originEnd[to]);
}

/**
 * Shows a passage in an error message: short, on one line, with characters
 * a reader cannot see written out (`\u200B`) and accents composed, so two
 * passages that differ only there do not look alike.
 */
export function excerpt(passage: string, limit = 120): string {
  // A block border inside the passage is shown as ¶; one at either end says nothing.
  const flat = passage.replace(/^[\s\u0000]+|[\s\u0000]+$/g, '').replace(/\s+/g, ' ').replace(/\u0000/g, ' ¶ ').trim();
  const short = flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
  return short.replace(/\p{Cf}/gu, showCodePoint).replace(/\P{M}\p{M}+/gu, (cluster) => (cluster.normalize('NFC') === cluster ? cluster : `${cluster.normalize('NFC')} (decomposed: ${[...cluster].map(showCodePoint).join(' ')})`));
}
