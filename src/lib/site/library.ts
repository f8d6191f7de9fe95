/**
 * The library as pages see it: the content collections, checked and linked
 * once per build (every page awaits the same promise).
 */
import { getCollection } from 'astro:content';
import { inFileOrder } from '../content/content-loaders';
import { contentLayout } from '../content/content-dir.mjs';
import { pageKeys } from './page-keys';
import { buildLibrary, type Library, type LinkedBrief } from '../content/link-graph';

let library: Promise<Library> | undefined;

export function loadLibrary(): Promise<Library> {
  library ??= assemble();
  return library;
}

async function assemble(): Promise<Library> {
  const [briefs, annotations, references, topics] = await Promise.all([
    getCollection('briefs'),
    getCollection('annotations'),
    getCollection('references'),
    getCollection('topics'),
  ]);
  const annotationsByBrief = new Map(annotations.map((entry) => [entry.id, entry]));
  const layout = contentLayout();
  return buildLibrary({
    referencesFile: layout.references,
    topicsFile: layout.topics,
    references: inFileOrder(references),
    topics: inFileOrder(topics),
    briefs: briefs.map((entry) => {
      const { brief: briefFile, annotations: annotationsFile } = layout.brief(entry.id);
      const body = entry.body ?? '';
      return {
        id: entry.id,
        file: entry.filePath ?? briefFile,
        annotationsFile,
        data: entry.data,
        body,
        claims: annotationsByBrief.get(entry.id)?.data.claims ?? [],
      };
    }),
  });
}

/** One page per brief: the static paths of `/<brief>/…` pages, each with its brief. */
export async function briefPages(): Promise<Array<{ params: { brief: string }; props: { brief: LinkedBrief }; cacheKey: string }>> {
  const { briefs } = await loadLibrary();
  return briefs.map((brief) => ({ params: { brief: brief.id }, props: { brief }, cacheKey: pageKeys().brief(brief.id) }));
}
