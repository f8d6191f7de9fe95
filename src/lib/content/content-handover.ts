/**
 * The content the build's check has just read, handed to Astro's content
 * loaders in the same process, so that `npm run build` reads and parses
 * `content/` once. Through `globalThis`: the check runs on tsx and the
 * loaders on Vite, each with its own copy of this module.
 */
import { realpathSync } from 'node:fs';
import type { ContentFiles } from './read-content';

const HANDED_OVER = Symbol.for('annotated-reader.content-read');
interface HandedOver {
  dir: string;
  content: ContentFiles;
}
const slot = globalThis as unknown as Record<symbol, HandedOver | undefined>;

const where = (contentDir: string) => {
  try {
    return realpathSync(contentDir);
  } catch {
    return undefined;
  }
};

/** Leaves `content`, read from `contentDir` without a problem, for the loaders to take (content with a problem clears what an earlier read left). */
export function handOverContent(contentDir: string, content: ContentFiles): void {
  const dir = where(contentDir);
  slot[HANDED_OVER] = dir === undefined || content.problems.length > 0 ? undefined : { dir, content };
}

/** The content handed over for `contentDir`, once (a later read, as `astro dev` makes on a change, goes to the disk). */
export function takeHandedOverContent(contentDir: string): ContentFiles | undefined {
  const handed = slot[HANDED_OVER];
  if (!handed || handed.dir !== where(contentDir)) return undefined;
  slot[HANDED_OVER] = undefined;
  return handed.content;
}
