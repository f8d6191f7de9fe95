/** Every reference of the library as one ris file. */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../lib/site/library';
import { referencesFile } from '../lib/export/reference-files';

export const GET: APIRoute = async () => new Response(referencesFile((await loadLibrary()).references, 'ris'));
