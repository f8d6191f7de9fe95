/** Reading a built site from disk: its pages, their text, their links. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { select, selectAll };

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

const parsed = new Map<string, Root>();

/** A built page, parsed (cached: pages do not change during a run). */
export function page(dir: string, file: string): Root {
  const path = join(dir, file);
  let tree = parsed.get(path);
  if (!tree) {
    tree = fromHtml(readFileSync(path, 'utf8'));
    parsed.set(path, tree);
  }
  return tree;
}

/** Text as a reader sees it: whitespace collapsed. */
export function textOf(node: Element | Root): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** The file a site-relative URL path serves: `/a/` → `a/index.html`. */
export function fileForPath(pathname: string, base = '/'): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  if (rest === '' || rest.endsWith('/')) return `${rest}index.html`;
  return rest;
}

/** Every id in a page. */
export function idsOf(tree: Root): string[] {
  return selectAll('[id]', tree).map((element) => String(element.properties.id));
}
