/**
 * Placeholders: what `npm run new-brief` writes where only an editor can
 * know the answer (a brief's title, summary, date, authorship; a new
 * reference's details). Each starts with `TODO:` and says what to write, so
 * it is easy to find, and content that still holds one must be refused:
 * `isPlaceholder` is the one rule for the schema and the check to apply,
 * e.g. `title: filledIn(z.string().min(1))` in schema.ts.
 */
import type { z } from 'astro/zod';

/** Every placeholder starts with this. */
export const PLACEHOLDER_PREFIX = 'TODO:';

/** A placeholder for a field, saying what belongs there. */
export function placeholder(whatToWrite: string): string {
  return `${PLACEHOLDER_PREFIX} ${whatToWrite}`;
}

/** Whether a value is still a placeholder (leading spaces and letter case do not hide one). */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.trimStart().toUpperCase().startsWith(PLACEHOLDER_PREFIX);
}

/** The message for a field that still holds a placeholder. */
export const PLACEHOLDER_MESSAGE = `still holds the placeholder written by \`npm run new-brief\` (it starts with "${PLACEHOLDER_PREFIX}"); replace it with the real value`;

/**
 * Every field of a parsed YAML value that still holds a placeholder, as
 * dotted paths (`title`, `references.2.checked`), in document order.
 */
export function findPlaceholders(value: unknown, path: string[] = []): Array<{ path: string; value: string }> {
  if (isPlaceholder(value)) return [{ path: path.join('.'), value: value as string }];
  if (Array.isArray(value)) return value.flatMap((item, index) => findPlaceholders(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, [...path, key]));
  }
  return [];
}

/** A string schema that also refuses a placeholder, with a message saying so. */
export function filledIn<T extends z.ZodString>(schema: T) {
  return schema.refine((value) => !isPlaceholder(value), { message: PLACEHOLDER_MESSAGE });
}
