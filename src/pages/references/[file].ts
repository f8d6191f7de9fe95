/** One reference as CSL-JSON, BibTeX and RIS: `/references/<id>.json`, `.bib`, `.ris`. */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../../lib/site/library';
import { pageKeys } from '../../lib/site/page-keys';
import type { LinkedReference } from '../../lib/content/link-graph';
import { REFERENCE_FORMATS, referencesFile, type ReferenceFormat } from '../../lib/export/reference-files';

export async function getStaticPaths() {
  const library = await loadLibrary();
  return library.references.flatMap((reference) =>
    REFERENCE_FORMATS.map((format) => ({ params: { file: `${reference.id}.${format}` }, props: { reference, format }, cacheKey: pageKeys().site })),
  );
}

export const GET: APIRoute<{ reference: LinkedReference; format: ReferenceFormat }> = ({ props }) =>
  new Response(referencesFile([props.reference], props.format));
