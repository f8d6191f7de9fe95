/** `search-words.json`: the word list for "Did you mean" (see lib/word-list.ts). */
import type { APIRoute } from 'astro';
import { loadGlossary } from '../lib/load-glossary';
import { claimSearchRecord, claimWords, editorsNotes } from '../lib/claim-search-record';
import { loadLibrary } from '../lib/library';
import { paths } from '../lib/paths';
import { buildWordList } from '../lib/word-list';

export const GET: APIRoute = async () => {
  const [library, glossary] = await Promise.all([loadLibrary(), loadGlossary()]);
  const claims = library.briefs.flatMap((brief) => brief.claims);
  // What the claim pages give the index: the claim, the editors' readings and notes, the other names of its terms.
  const indexed = claims.flatMap((claim) => [claimWords(claim), editorsNotes(claim), ...claimSearchRecord(claimWords(claim), '', glossary).otherNames]);
  return new Response(JSON.stringify(buildWordList(indexed, library.briefs.map((brief) => ({ href: paths.brief(brief.id), text: brief.body })))));
};
