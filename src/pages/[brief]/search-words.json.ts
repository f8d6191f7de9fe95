/**
 * `/<brief>/search-words.json`: the word list for "Did you mean" of one
 * brief's own search (see lib/search/word-list.ts), so a search within a brief
 * fetches a list the size of that brief, not of the library.
 */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../../lib/content/load-glossary';
import { briefPages } from '../../lib/site/library';
import type { LinkedBrief } from '../../lib/content/link-graph';
import { paths } from '../../lib/site/paths';
import { indexedTexts } from '../../lib/search/claim-search-record';
import { buildWordList } from '../../lib/search/word-list';
import { scriptSafeJson } from '../../lib/export/safe-json';

export const getStaticPaths = briefPages;

export const GET: APIRoute<{ brief: LinkedBrief }> = async ({ props: { brief } }) => {
  const glossary = await loadGlossary();
  return new Response(scriptSafeJson(buildWordList(indexedTexts(brief.claims, glossary), [{ href: paths.brief(brief.id), text: brief.body }])));
};
