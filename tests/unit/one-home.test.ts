/**
 * Two contracts with one home each (issue 24, item 4): the site's URLs are
 * built by src/lib/site/paths.ts, and the content folder's layout is spelled
 * by src/lib/content/content-dir.mjs. A grep over src/, since what it guards
 * is where code is written: a URL or a content path spelt anywhere else
 * fails here, naming the file and the line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLayout } from '../../src/lib/content/content-dir.mjs';
import { projectRoot } from '../support/site';

const srcDir = join(projectRoot, 'src');
const sources = readdirSync(srcDir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
  .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));

/** A file's code without its comments (block, line and JSDoc), line numbers kept. */
const codeOf = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Each line of `files` where `pattern` matches the code, as `file:line: text`. */
function spelt(files: string[], pattern: RegExp, code = (file: string) => codeOf(readFileSync(join(projectRoot, file), 'utf8'))): string[] {
  return files.flatMap((file) =>
    code(file)
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

// A content path: one of its names as a whole string, or joined onto a folder.
const CONTENT_NAME = String.raw`(?:briefs|brief\.md|annotations\.yaml|references\.yaml|topics\.yaml|glossary\.yaml)`;
const CONTENT_PATH = new RegExp(String.raw`(?<!getCollection\()(['"\`])${CONTENT_NAME}\1|\}/${CONTENT_NAME}\b|join\([^)]*['"\`]${CONTENT_NAME}['"\`]`);

// A site URL built by hand: a template that puts a value into a path of the site's own
// folders or files, one that adds to what a paths function gave, or code that reads the base path.
const SITE_PART = String.raw`(?:claims|map|references|topics|glossary|search|about|notes|library|data)/|rss\.xml|annotations\.jsonld|references\.(?:json|bib|ris)`;
const SITE_URL = new RegExp(
  String.raw`\`[^\`]*(?:\$\{[^}]*\}/?(?:${SITE_PART})|(?:^|[/}\`])(?:${SITE_PART})[^\`]*\$\{|\$\{paths\.\w+\([^)]*\)\}[^\`])[^\`]*\`|BASE_URL`,
);

/** Where a URL is written by hand for a reason, each given. Nothing else may. */
const URL_EXCEPTIONS: Record<string, string> = {
  // The dev server's address of a source file: not a page of the site.
  'src/components/AnnotateHelper.astro': 'the dev-only script, served from src/ by astro dev',
  // Plain-Node scripts cannot load paths.ts (it reads import.meta.env, which only Astro and Vite give).
  'src/cli/bench.mjs': 'a plain-Node script',
  'src/cli/bench-scale.mjs': 'a plain-Node script',
  'src/cli/screenshots.mjs': 'a plain-Node script',
  // Files of dist/ (a page's index.html), given to Pagefind by their path; owned by the search work.
  'src/lib/search/search-index.mjs': 'paths of files in dist/, for Pagefind',
  // The browser's search reads the base path to fetch Pagefind's bundles; owned by the search work.
  'src/scripts/search/search-client.ts': 'the base path of the search bundles',
};

describe('one home per contract', () => {
  it('spells the content folder’s layout only in content-dir.mjs', () => {
    expect(spelt(sources.filter((file) => file !== 'src/lib/content/content-dir.mjs'), CONTENT_PATH)).toEqual([]);
  });

  it('builds the site’s URLs only in paths.ts', () => {
    const others = sources.filter((file) => file !== 'src/lib/site/paths.ts' && !(file in URL_EXCEPTIONS));
    expect(spelt(others, SITE_URL)).toEqual([]);
    // An exception that no longer builds a URL is dropped from the list.
    expect(Object.keys(URL_EXCEPTIONS).filter((file) => spelt([file], SITE_URL).length === 0)).toEqual([]);
  });

  it('catches what it guards: each pattern finds the hand-built forms it is for', () => {
    const found = (pattern: RegExp, line: string) => spelt(['x.ts'], pattern, () => line).length === 1;
    for (const line of ["join(dir, 'briefs', id)", "readFileSync(join(root, 'references.yaml'))", 'const file = `${dir}/annotations.yaml`;', "const name = 'glossary.yaml';"]) {
      expect(found(CONTENT_PATH, line), line).toBe(true);
    }
    expect(found(CONTENT_PATH, "getCollection('briefs')")).toBe(false);
    for (const line of ['href={`${base}claims/${id}/`}', 'const u = `${paths.map(id)}#x`;', 'const f = `${root}rss.xml`;', 'const base = import.meta.env.BASE_URL;']) {
      expect(found(SITE_URL, line), line).toBe(true);
    }
    expect(found(SITE_URL, "href={paths.claim(brief, claim)}")).toBe(false);
  });

  it('lays the content folder out as the README says', () => {
    const layout = contentLayout('/c');
    expect([layout.briefs, layout.references, layout.topics, layout.glossary]).toEqual(['/c/briefs', '/c/references.yaml', '/c/topics.yaml', '/c/glossary.yaml']);
    expect(layout.brief('b')).toEqual({ dir: '/c/briefs/b', brief: '/c/briefs/b/brief.md', annotations: '/c/briefs/b/annotations.yaml' });
  });
});
