// Here, below both, because the content schema refuses these characters and the anchoring stage shows them.

/**
 * Characters a reader cannot see (Unicode "format" characters: zero-width
 * spaces and joiners, soft hyphens, bidi controls, BOMs). A quote must not
 * hold them, and messages show them as `\u…` so an editor can find them.
 */
export const INVISIBLE_CHARACTER = /\p{Cf}/u;

/** Every invisible character of `text`, as `\u200B`. */
export function invisibleCharacters(text: string): string[] {
  return [...text.matchAll(/\p{Cf}/gu)].map((match) => showCodePoint(match[0]));
}

/** A character as `\\u200B`, so an editor can find what they cannot see. */
export function showCodePoint(character: string): string {
  return `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
