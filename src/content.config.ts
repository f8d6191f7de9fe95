/**
 * Content collections: every file under `content/` is loaded here and checked
 * by the schemas of `lib/schema.ts` before any page is rendered.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { annotationsSchema, briefSchema, referenceSchema, topicSchema } from './lib/schema';
import { contentDir } from './lib/content-dir';
import { glossaryEntrySchema } from './lib/glossary-schema';

/** `content/briefs/<brief>/brief.md` → the brief whose id is `<brief>`. */
const briefIdFromPath = ({ entry }: { entry: string }) => entry.split('/')[0]!;

const briefs = defineCollection({
  loader: glob({ pattern: '*/brief.md', base: `${contentDir}/briefs`, generateId: briefIdFromPath }),
  schema: briefSchema,
});

const annotations = defineCollection({
  loader: glob({
    pattern: '*/annotations.yaml',
    base: `${contentDir}/briefs`,
    generateId: briefIdFromPath,
  }),
  schema: annotationsSchema,
});

const references = defineCollection({
  loader: file(`${contentDir}/references.yaml`),
  schema: referenceSchema,
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossaryEntrySchema,
});

export const collections = { briefs, annotations, references, topics, glossary };
