/**
 * Astro content loaders for `content/`, on the content check's own reader
 * (`content-check/read-content.ts`) in place of Astro's `glob()` and `file()`:
 * the same strict YAML, UTF-8 and link rules whichever way the site is built.
 * They throw on a bad file (Astro's `file()` loader only warns on a
 * duplicate id and keeps the last) and refill the store on every load, so a
 * stale cache never stands in for a file that failed to read.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from './problem';
import { readContent, type ContentFiles, type YamlSource } from './read-content';
import { takeHandedOverContent } from './content-handover';

/** A path as Astro's store wants it: relative to the project root. */
function fromRoot(root: URL, path: string): string {
  return relative(fileURLToPath(root), resolve(path));
}

/**
 * The content as last read, shared by the five loaders: one read per sync,
 * not five, and none in `npm run build`, whose check hands over what it read
 * (content-handover.ts). A change under the folder (in `astro dev`) drops it.
 */
const lastRead = new Map<string, ContentFiles>();

/** Reads the content, or throws with every problem of reading it. */
function read(contentDir: string): ContentFiles {
  const content = lastRead.get(contentDir) ?? takeHandedOverContent(contentDir) ?? readContent(contentDir);
  if (content.problems.length > 0) throw new Error(`The content cannot be read:\n${content.problems.map(formatProblem).join('\n')}`);
  lastRead.set(contentDir, content);
  return content;
}

/** Loads again whenever a file under the content folder changes (in `astro dev`). */
function loader(name: string, contentDir: string, fill: (context: LoaderContext, content: ContentFiles) => Promise<void>): Loader {
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        const content = read(contentDir);
        context.store.clear();
        await fill(context, content);
      };
      await sync();
      context.watcher?.add(contentDir);
      context.watcher?.on('all', (_event, path) => {
        if (relative(contentDir, path).startsWith('..')) return;
        lastRead.delete(contentDir);
        sync().catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
      });
    },
  };
}

/** Entries of a YAML list (references, topics, glossary), each with its `id`; a duplicate id is refused. */
function entries(source: YamlSource | undefined): Array<{ id: string; data: Record<string, unknown> }> {
  const list = Array.isArray(source?.value) ? (source.value as Array<Record<string, unknown>>) : [];
  const seen = new Set<string>();
  return list.map((data, position) => {
    const id = String(data?.id ?? `entry-${position + 1}`);
    if (seen.has(id)) throw new Error(`${source!.file}: "${id}" is the id of two entries; give each an id of its own`);
    seen.add(id);
    // Its place in the file, which Astro's store does not keep (see `withPosition` in schema.ts).
    return { id, data: { ...data, position } };
  });
}

/** A list's entries in the editors' order, which Astro's store does not keep (it sorts by id). */
export function inFileOrder<Data extends { position: number }>(entries: Array<{ data: Data }>): Array<Omit<Data, 'position'>> {
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...data }) => data);
}

export function referencesLoader(contentDir: string): Loader {
  return loader('reader-references', contentDir, async ({ store, parseData }, content) => {
    for (const { id, data } of entries(content.references)) store.set({ id, data: await parseData({ id, data }) });
  });
}

export function topicsLoader(contentDir: string): Loader {
  return loader('reader-topics', contentDir, async ({ store, parseData }, content) => {
    for (const { id, data } of entries(content.topics)) store.set({ id, data: await parseData({ id, data }) });
  });
}

/** `glossary.yaml`, if there is one: the editors' terms and their other names. */
export function glossaryLoader(contentDir: string): Loader {
  return loader('reader-glossary', contentDir, async ({ store, parseData }, content) => {
    for (const { id, data } of entries(content.glossary)) store.set({ id, data: await parseData({ id, data }) });
  });
}

/** `briefs/<brief>/brief.md`: the frontmatter as data, the Markdown as body (rendered by `render/render-brief.ts`). */
export function briefsLoader(contentDir: string): Loader {
  return loader('reader-briefs', contentDir, async ({ store, parseData, generateDigest, config }, content) => {
    for (const { id, brief } of content.briefs) {
      if (!brief) continue;
      const filePath = fromRoot(config.root, brief.file);
      const data = await parseData({ id, data: (brief.frontmatter.value ?? {}) as Record<string, unknown>, filePath });
      store.set({ id, data, body: brief.body, filePath, digest: generateDigest(brief.text) });
    }
  });
}

/** `briefs/<brief>/annotations.yaml`: the editors' claims over the brief of the same folder. */
export function annotationsLoader(contentDir: string): Loader {
  return loader('reader-annotations', contentDir, async ({ store, parseData, config }, content) => {
    for (const { id, annotations } of content.briefs) {
      if (!annotations) continue;
      const filePath = fromRoot(config.root, annotations.file);
      const data = await parseData({ id, data: (annotations.value ?? {}) as Record<string, unknown>, filePath });
      store.set({ id, data, filePath });
    }
  });
}
