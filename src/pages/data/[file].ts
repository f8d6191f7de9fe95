/** The claims as data: CSV tables, JSON Lines and their Data Package descriptor, under `/data/`. */
import type { APIRoute } from 'astro';
import { loadLibrary } from '../../lib/site/library';
import { pageKeys } from '../../lib/site/page-keys';
import { paths } from '../../lib/site/paths';
import { JSONL_FILE, TABLES, claimsJsonl, dataPackage, tableCsv } from '../../lib/export/tables';
import { jsonFile } from '../../lib/export/safe-json';

const FILES = [...TABLES.map((table) => table.file), JSONL_FILE, 'datapackage.json'];

export function getStaticPaths() {
  return FILES.map((file) => ({ params: { file }, cacheKey: pageKeys().library }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const library = await loadLibrary();
  const link = (path: string) => (site ? new URL(path, site).href : path);
  const table = TABLES.find((candidate) => candidate.file === params.file);
  if (table) return new Response(tableCsv(table, library, link, paths));
  if (params.file === JSONL_FILE) return new Response(claimsJsonl(library, link, paths));
  return new Response(jsonFile(dataPackage(paths, link)));
};
