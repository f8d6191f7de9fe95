/** `search-words.json`: the word list for "Did you mean" of the library-wide search (see lib/search/word-list.ts; each brief has its own too). */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../lib/content/load-glossary';
import { indexedTexts } from '../lib/search/claim-search-record';
import { loadLibrary } from '../lib/site/library';
import { paths } from '../lib/site/paths';
import { buildWordList } from '../lib/search/word-list';
import { scriptSafeJson } from '../lib/export/safe-json';

export const GET: APIRoute = async () => {
  const [library, glossary] = await Promise.all([loadLibrary(), loadGlossary()]);
  const claims = library.briefs.flatMap((brief) => brief.claims);
  return new Response(scriptSafeJson(buildWordList(indexedTexts(claims, glossary), library.briefs.map((brief) => ({ href: paths.brief(brief.id), text: brief.body })))));
};
