/**
 * Content collections: every file under `content/` is read by the loaders of
 * `lib/content/content-loaders.ts` (strict YAML, UTF-8, no link out of `content/`)
 * and checked by the schemas of `lib/content/schema.ts` before any page is rendered.
 */
import { defineCollection } from 'astro:content';
import { annotationsLoader, briefsLoader, glossaryLoader, referencesLoader, topicsLoader } from './lib/content/content-loaders';
import { annotationsSchema, briefSchema, storedReferenceSchema, storedTopicSchema } from './lib/content/schema';
import { contentDir } from './lib/content/content-dir.mjs';
import { storedGlossaryEntrySchema } from './lib/content/glossary-schema';

export const collections = {
  briefs: defineCollection({ loader: briefsLoader(contentDir), schema: briefSchema }),
  annotations: defineCollection({ loader: annotationsLoader(contentDir), schema: annotationsSchema }),
  references: defineCollection({ loader: referencesLoader(contentDir), schema: storedReferenceSchema }),
  topics: defineCollection({ loader: topicsLoader(contentDir), schema: storedTopicSchema }),
  glossary: defineCollection({ loader: glossaryLoader(contentDir), schema: storedGlossaryEntrySchema }),
};
