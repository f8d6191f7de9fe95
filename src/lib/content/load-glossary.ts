/**
 * The glossary as pages see it: the collection, checked once per build for
 * names that lead to two terms (the build stops on one).
 */
import { getCollection } from 'astro:content';
import { contentLayout } from './content-dir.mjs';
import { inFileOrder } from './content-loaders';
import { checkGlossary } from './glossary';
import type { GlossaryEntry } from './glossary-schema';

let glossary: Promise<GlossaryEntry[]> | undefined;

export function loadGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= getCollection('glossary').then((entries) => {
    const terms = inFileOrder(entries);
    checkGlossary(terms, contentLayout().glossary);
    return terms;
  });
  return glossary;
}
