// @ts-check
/**
 * Where the content lives and how its folder is laid out: the one place that
 * spells a content file's path (the build, the check, the editors' tools and
 * the scripts all ask here). Tests point READER_CONTENT_DIR at a copy of the
 * content with one mistake in it, to check what the build says.
 */
import { join } from 'node:path';

/** The content folder: READER_CONTENT_DIR, else ./content. */
export const contentDir = process.env.READER_CONTENT_DIR ?? './content';

/** A brief's own files, by name, inside its folder `briefs/<brief-id>/`. */
export const BRIEF_FILE = 'brief.md';
export const ANNOTATIONS_FILE = 'annotations.yaml';

/**
 * The places of a content folder's files.
 * @param {string} [root] the content folder (default: `contentDir`)
 */
export function contentLayout(root = contentDir) {
  const briefs = join(root, 'briefs');
  return {
    root,
    /** The folder holding one folder per brief. */
    briefs,
    references: join(root, 'references.yaml'),
    topics: join(root, 'topics.yaml'),
    /** Optional: a library may have no glossary. */
    glossary: join(root, 'glossary.yaml'),
    /** A brief's folder and its two files. @param {string} id */
    brief: (id) => {
      const dir = join(briefs, id);
      return { dir, brief: join(dir, BRIEF_FILE), annotations: join(dir, ANNOTATIONS_FILE) };
    },
  };
}
