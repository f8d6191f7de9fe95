/**
 * The glossary's rules, as plain functions: every name belongs to one term
 * only, and where in a text each term is mentioned. Used by the collection
 * check, the reading view's first-use marks, the claim pages' search records
 * and the word list; unit-tested without Astro.
 */
import { ContentError } from './content-error';
import { Problem } from './problem';
import type { GlossaryEntry } from './glossary-schema';

export type GlossaryTerm = Pick<GlossaryEntry, 'id' | 'term' | 'names' | 'definition'>;

/** The term's name as the brief writes it, then its other names. */
export const namesOf = (entry: Pick<GlossaryEntry, 'term' | 'names'>): string[] => [entry.term, ...entry.names];

/**
 * Two names are the same name when they differ only in case, hyphens or
 * spaces ("Tehrik-i-Taliban" and "Tehrik i Taliban"), since a search cannot
 * tell them apart either.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-‐‑–—]+/g, ' ').trim();
}

/** Every clash of the glossary: a name that belongs to two terms or twice to one, an id given twice. */
export function glossaryProblems(entries: readonly GlossaryTerm[], file: string): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, { id: string; name: string }>();
  const ids = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (ids.has(entry.id)) {
      problems.push(new Problem({ file, ruleId: 'duplicate-id', item: `term "${entry.id}"`, at: [index, 'id'], message: 'this id is used by another term too', hint: 'give each term an id of its own' }));
      // Its names would clash with the first term's only because of the id: said once, here.
      continue;
    }
    ids.add(entry.id);
    for (const [position, name] of namesOf(entry).entries()) {
      // Where the name is written: the term itself, or one of its other names.
      const at = position === 0 ? [index, 'term'] : [index, 'names', position - 1];
      const key = nameKey(name);
      const previous = owner.get(key);
      if (previous && previous.id === entry.id) {
        problems.push(
          new Problem({
            file,
            ruleId: 'glossary-name-twice',
            item: `term "${entry.id}"`,
            at,
            message: `the name "${name}" is listed twice (as "${previous.name}" too)`,
            hint: 'names that differ only in case, spaces or hyphens are one name; keep one of them',
          }),
        );
        continue;
      }
      if (previous) {
        problems.push(
          new Problem({
            file,
            ruleId: 'glossary-name-shared',
            item: `term "${entry.id}"`,
            at,
            message: `the name "${name}" is also a name of term "${previous.id}" (as "${previous.name}")`,
            hint: 'a name must lead to one term: remove it from one of the two, or make it longer so it says which is meant',
          }),
        );
        continue;
      }
      owner.set(key, { id: entry.id, name });
    }
  }
  return problems;
}

/** Throws every clash of the glossary (`glossaryProblems`) in one ContentError. */
export function checkGlossary(entries: readonly GlossaryTerm[], file: string): void {
  const problems = glossaryProblems(entries, file);
  if (problems.length > 0) throw new ContentError(problems);
}

/** An acronym ("US", "TTP") matches only in capitals, so "us" the pronoun is not the United States. */
const isAcronym = (name: string) => /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);

/**
 * The patterns made so far, by name: every text node of every page is
 * searched for every name, and building the pattern each time was a tenth
 * of a page's time. A glossary holds hundreds of names, not millions.
 */
const patterns = new Map<string, RegExp>();

/** Matches the name as a whole word; any run of spaces or hyphens inside it matches any other. */
export function namePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = makeNamePattern(name);
    patterns.set(name, pattern);
  }
  // A fresh copy: a global pattern carries its `lastIndex` from one use to the next.
  return new RegExp(pattern);
}

function makeNamePattern(name: string): RegExp {
  const body = name
    .trim()
    .split(/[\s\-‐‑–—]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\-‐‑–—]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, isAcronym(name) ? 'gu' : 'giu');
}

export interface Mention<T extends GlossaryTerm = GlossaryTerm> {
  entry: T;
  /** The name as written in the text. */
  text: string;
  start: number;
  end: number;
}

/**
 * Every mention of a term in `text`, in order, never overlapping: where two
 * names overlap ("Pakistani Taliban" and "Taliban"), the earlier, then the
 * longer, wins.
 */
export function findMentions<T extends GlossaryTerm>(text: string, entries: readonly T[]): Mention<T>[] {
  const found: Mention<T>[] = [];
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      for (const match of text.matchAll(namePattern(name))) {
        found.push({ entry, text: match[0], start: match.index, end: match.index + match[0].length });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention<T>[] = [];
  for (const mention of found) {
    if (kept.length === 0 || mention.start >= kept[kept.length - 1]!.end) kept.push(mention);
  }
  return kept;
}

/** The terms a text mentions, once each, in order of first mention. */
export function mentionedTerms<T extends GlossaryTerm>(text: string, entries: readonly T[]): T[] {
  return [...new Set(findMentions(text, entries).map((mention) => mention.entry))];
}
