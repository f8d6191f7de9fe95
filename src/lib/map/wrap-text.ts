/**
 * Lines of text that fit a box, measured without a browser.
 *
 * SVG text does not wrap, so the map breaks its labels into lines at build
 * time. Widths come from a per-character table that errs wide: each class is
 * at least as wide as its widest member in DejaVu Sans, the broadest of the
 * interface faces the stylesheet names, so a line never outgrows its box in
 * any of them. A browser test measures the real rendered widths.
 */

/** Widths in em. */
const NARROW = 0.42; // i j l t f r and thin punctuation
const WIDE = 1.02; // m w M W and the like
const CAPITAL = 0.8;
const DEFAULT = 0.66; // other lowercase letters and digits
const SPACE = 0.34;

const NARROW_CHARACTERS = new Set("ijltfrI!.,:;|'‘’()[]-");
const WIDE_CHARACTERS = new Set('mwMW%@—…&');

/** Bold text is wider; the map sets its kind tags in bold. */
export const BOLD_FACTOR = 1.1;

export function characterWidth(character: string): number {
  if (character === ' ') return SPACE;
  if (NARROW_CHARACTERS.has(character)) return NARROW;
  if (WIDE_CHARACTERS.has(character)) return WIDE;
  if (/\p{Lu}/u.test(character)) return CAPITAL;
  if (/[\p{Ll}\p{N}]/u.test(character)) return DEFAULT;
  return WIDE;
}

/** The width in px of `text` at `fontSize` px, never less than the rendered width. */
export function textWidth(text: string, fontSize: number, factor = 1): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width * fontSize * factor;
}

export interface WrapOptions {
  /** The room for a line, in px. */
  width: number;
  /** The font size, in px. */
  fontSize: number;
  /** At most this many lines; the last ends in "…" when the text is longer. Default: no limit. */
  maxLines?: number;
  /** For bold text: see BOLD_FACTOR. Default: 1. */
  factor?: number;
}

/** Breaks `text` at spaces into lines no wider than `width`; a word too long for a line is cut. */
export function wrapText(text: string, options: WrapOptions): string[] {
  const { width, fontSize, maxLines = Infinity, factor = 1 } = options;
  const fits = (line: string) => textWidth(line, fontSize, factor) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}
