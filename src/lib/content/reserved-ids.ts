/**
 * Names the site's own layout and files already use, in one list each, so
 * content cannot take them:
 *
 * - a claim's id becomes an HTML id in the reading view (`#<claim-id>`), so it
 *   must not equal an id the layout gives an element, nor start with a prefix
 *   the layout makes ids from;
 * - a brief's folder name becomes a top-level path (`/<brief-id>/`), so it
 *   must not equal a path the build writes at the top of `dist/`.
 *
 * `tests/build/reserved-ids.test.ts` compares both lists with the ids and top
 * level of the built site, so a layout id or a file added without an entry
 * here fails the tests. Add new ones here, with who owns them.
 */
import { ANNOTATIONS_SWITCH_ID, BRIEF_TEXT_ID, CONTENTS_ID, noteId, referenceEntryId } from './reading-ids';

export interface ReservedId {
  /** The id, or the start of every id made from it (`ref-` → `ref-<reference-id>`). */
  id: string;
  /** `exact`: this id only; `prefix`: every id starting with it. */
  match: 'exact' | 'prefix';
  /** Who gives elements this id, named in the error an editor sees. */
  owner: string;
}

/** Ids and id prefixes of the layout, on any page. */
export const RESERVED_ELEMENT_IDS: readonly ReservedId[] = [
  { id: 'main', match: 'exact', owner: 'the main column of every page (the skip link lands there)' },
  { id: 'site-search', match: 'exact', owner: 'the search box in the header' },
  { id: 'citation-preview', match: 'exact', owner: 'the citation preview the reading view opens' },
  { id: 'references', match: 'exact', owner: "the heading of a brief's reference list" },
  // The reading view's own (their one home is lib/content/reading-ids.ts).
  { id: BRIEF_TEXT_ID, match: 'exact', owner: "the brief's own text in the reading view (the skip link lands there)" },
  { id: CONTENTS_ID, match: 'exact', owner: "the brief's contents list" },
  { id: ANNOTATIONS_SWITCH_ID, match: 'exact', owner: 'the switch between the plain and the annotated reading' },
  { id: 'annotations-legend', match: 'exact', owner: 'the legend of that switch' },
  { id: 'claim-panel', match: 'prefix', owner: "the claim details panel and its title (claim-panel, claim-panel-title)" },
  { id: 'cite-', match: 'prefix', owner: '“Cite this” and its formats (cite-this, cite-apa, cite-bibtex)' },
  { id: 'data-files', match: 'exact', owner: "the list of a brief's data files" },
  { id: referenceEntryId(''), match: 'prefix', owner: "the entries of a brief's reference list (ref-<reference id>)" },
  { id: noteId(''), match: 'prefix', owner: 'the editors’ annotation on each claim (note-<claim id>)' },
  { id: 'claims', match: 'exact', owner: "the list of citing claims on a source's page" },
  { id: 'note', match: 'exact', owner: "the editors' note on a claim's page" },
  { id: 'evidence', match: 'exact', owner: "the evidence section of a claim's page" },
  { id: 'related', match: 'exact', owner: "the related-claims section of a claim's page" },
  { id: 'search-page-query', match: 'exact', owner: 'the search box of the search page' },
];

/**
 * Every top-level path the build writes besides the briefs' folders. A brief
 * folder may not take one, compared case-insensitively and without the file
 * extension (`404` is taken by `404.html`): a case-insensitive host could not
 * hold both.
 */
export const RESERVED_TOP_LEVEL_PATHS: readonly string[] = [
  'index.html',
  '404.html',
  'about',
  'search',
  'references',
  'topics',
  // The home page's pages 2 on, /library/<n>/ (LIBRARY_PAGES in src/lib/site/paths.ts); written only when the library has more briefs than a page holds.
  'library',
  'glossary',
  'notes',
  'search-words.json',
  'data',
  'annotations.jsonld',
  'references.json',
  'references.bib',
  'references.ris',
  'rss.xml',
  '_astro',
  'pagefind',
  '_headers',
  'robots.txt',
  'sitemap.xml',
  '.nojekyll',
];

/** The reserved element id a claim id would collide with, if any. */
export function reservedElementId(id: string): ReservedId | undefined {
  return RESERVED_ELEMENT_IDS.find((reserved) => (reserved.match === 'exact' ? id === reserved.id : id.startsWith(reserved.id)));
}

/** The top-level path a brief folder name would collide with, if any (case-insensitive, extension ignored). */
export function reservedTopLevelPath(name: string): string | undefined {
  const wanted = name.toLowerCase();
  return RESERVED_TOP_LEVEL_PATHS.find((path) => {
    const taken = path.toLowerCase();
    return wanted === taken || wanted === taken.replace(/^\.?([^.]*)\..*$/, '$1');
  });
}
