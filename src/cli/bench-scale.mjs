// @ts-check
/**
 * `npm run bench:scale -- --briefs N`: how the build and the site grow with
 * the library. Copies the first brief of content/ N times into a temporary
 * folder outside content/ (`copy-library.mjs`), builds that
 * library into a temporary site with `npm run build`'s own driver under
 * `/usr/bin/time -v`, and reports:
 *
 * - build time (wall clock) per page written, cold (`--force`), and its CPU
 *   time (user + system), which a shared machine's load does not inflate;
 * - the incremental builds that follow (Astro's `incrementalBuild` and the
 *   build's own step cache): warm (no change), after one brief is edited (a
 *   note in the middle brief's annotations), and after a shared file is
 *   edited (a definition in glossary.yaml), each with its ratio to cold;
 * - peak RSS: the largest resident set of one process of the build's tree
 *   (GNU time's "Maximum resident set size", from getrusage's children);
 * - the largest page, gzipped (level 6, as the test server sends it), with its path,
 *   and the largest before compression (copies of one brief compress far better
 *   than distinct briefs would, so the raw size shows a listing's growth);
 * - the library-wide search in Chromium, as `npm run bench` measures it: the
 *   search page's load before the first query (Pagefind loads on the reader's
 *   first move in the form) and the first query's bytes, Pagefind included;
 * - the search within a brief: on the first brief's first claim page, the
 *   bytes the header box's first query fetches (the search code and the
 *   brief's shard of the index), and how many shards' metadata it fetched;
 * - the footprint of the cold build's site (src/lib/site/host-fit.mjs): its
 *   files, files and folders, raw bytes (1 MB = 1,000,000 bytes) and
 *   `_headers` rules, each per brief, and the static hosts it fits.
 *
 * It reports; it never fails on a number, and no test times it.
 * `--keep` leaves the temporary folder (its path is printed). `--cold-only`
 * skips the incremental builds (to measure the search alone, sooner).
 * READER_SEARCH_SHARD_BRIEFS sets the library index's shard size, as in a
 * build (fewer briefs make as many shards as a bigger library would).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium-settings.mjs';
import { measureHeaderSearch, measureSearch } from './bench/first-view.mjs';
import { formatSeconds } from './build-progress.mjs';
import { contentLayout } from '../lib/content/content-dir.mjs';
import { copyLibrary } from './copy-library.mjs';
import { fitHosts, footprintLines, measureSite } from '../lib/site/host-fit.mjs';
import { libraryShardBriefs } from '../lib/search/search-bundles.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const content = resolve(root, 'content');
const progress = (/** @type {string} */ text) => process.stderr.write(`${text}\n`);
const QUERY = 'Kabul River';

const briefsArgument = process.argv.indexOf('--briefs');
const briefCount = briefsArgument === -1 ? 1 : Number(process.argv[briefsArgument + 1]);
if (!Number.isInteger(briefCount) || briefCount < 1) {
  progress(`bench:scale: --briefs takes a whole number of at least 1 (got "${process.argv[briefsArgument + 1]}"). Example: npm run bench:scale -- --briefs 100`);
  process.exit(1);
}
const keep = process.argv.includes('--keep');
const coldOnly = process.argv.includes('--cold-only');

const work = mkdtempSync(join(tmpdir(), 'reader-scale-'));
const library = join(work, 'content');
const site = join(work, 'site');

/** Runs the build under GNU time; its wall clock and peak RSS. @param {string[]} [args] */
function build(args = []) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, 'src/cli/build.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, READER_CONTENT_DIR: library, READER_OUT_DIR: site, READER_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout}\n${run.stderr}`);
  const rss = run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  // CPU time (user + system, of the build and every process it ran): unlike the
  // wall clock it does not grow when other work shares the machine's cores.
  const user = run.stderr.match(/User time \(seconds\): ([\d.]+)/);
  const system = run.stderr.match(/System time \(seconds\): ([\d.]+)/);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : undefined;
  return { seconds, cpuSeconds, peakRssMegabytes: rss ? Number(rss[1]) / 1024 : undefined, logLines: `${run.stdout}`.split('\n').filter(Boolean).length };
}

/** Every HTML page, the largest once gzipped and the largest raw. */
function pages() {
  let count = 0;
  let largest = { path: '', gzipBytes: 0, bytes: 0 };
  let largestRaw = { path: '', gzipBytes: 0, bytes: 0 };
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    count += 1;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    const gzipBytes = gzipSync(readFileSync(path), { level: 6 }).length;
    if (gzipBytes > largest.gzipBytes) largest = { path: `/${relative(site, path)}`, gzipBytes, bytes };
    if (bytes > largestRaw.bytes) largestRaw = { path: `/${relative(site, path)}`, gzipBytes, bytes };
  }
  return { count, largest, largestRaw };
}

/** The first brief's first claim page, where the header box searches that brief. @param {string} briefId */
function claimPageOf(briefId) {
  const claim = readdirSync(join(site, briefId, 'claims'), { withFileTypes: true }).find((entry) => entry.isDirectory());
  if (!claim) throw new Error(`${join(site, briefId, 'claims')} holds no claim page`);
  return `${briefId}/claims/${claim.name}/`;
}

/** The library-wide search on /search/, and the search within a brief from a claim page's header, in Chromium. @param {string} briefId */
async function search(briefId) {
  const server = await startStaticServer({ root: site });
  try {
    const browser = await launchChromium();
    try {
      const measured = await measureSearch(browser, `${server.url}search/`, [QUERY]);
      const first = measured.queries[0];
      const inBrief = await measureHeaderSearch(browser, `${server.url}${claimPageOf(briefId)}`, QUERY);
      return {
        pageLoadBytes: measured.pageLoad.bytes,
        firstMoveBytes: measured.firstMove.bytes,
        firstMoveRequests: measured.firstMove.requests,
        firstMoveIndexBytes: measured.firstMove.indexData.bytes,
        firstQueryBytes: first?.bytes ?? 0,
        firstQueryRequests: first?.requests ?? 0,
        firstQueryIndexBytes: first?.indexData.bytes ?? 0,
        /** The library-wide index's metadata files the first move and query fetched: one per shard merged. */
        metaFiles: measured.firstMove.indexData.metaFiles + (first?.indexData.metaFiles ?? 0),
        inBrief: { page: inBrief.url.slice(server.url.length - 1), bytes: inBrief.bytes, requests: inBrief.requests, metaFiles: inBrief.metaFiles },
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const megabytes = (/** @type {number | undefined} */ value) => (value === undefined ? '?' : `${Math.round(value)} MB`);

/** Edits the first match of `pattern` in a file, or says there was none. @param {string} file @param {RegExp} pattern @param {string} replacement */
function editFile(file, pattern, replacement) {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: nothing matches ${pattern} to edit`);
  writeFileSync(file, text.replace(pattern, replacement));
}

try {
  progress(`Library: ${briefCount} brief${briefCount === 1 ? '' : 's'} in ${library} …`);
  const ids = copyLibrary(content, library, briefCount);
  const firstBrief = ids[0] ?? '';
  progress('Building cold (src/cli/build.mjs --force under /usr/bin/time -v) …');
  const built = build(['--force']);
  const footprint = measureSite(site);
  /** @type {Record<string, ReturnType<typeof build>>} */
  const incremental = {};
  if (!coldOnly) {
    progress('Building again, no change …');
    incremental.warm = build();
    const edited = ids[Math.floor(ids.length / 2)] ?? firstBrief;
    progress(`Building after an edit of one brief (${edited}) …`);
    editFile(contentLayout(library).brief(edited).annotations, /note: "/, 'note: "Edited: ');
    incremental.briefEdited = build();
    progress('Building after an edit of a shared file (glossary.yaml) …');
    editFile(contentLayout(library).glossary, /definition: "/, 'definition: "Edited: ');
    incremental.sharedEdited = build();
  }
  progress('Pages: counting and gzipping the largest …');
  const written = pages();
  progress(`Chromium: search page and first query "${QUERY}", then the same words in a claim page's header box …`);
  const searched = await search(firstBrief);
  const results = {
    briefs: briefCount,
    pages: written.count,
    buildSeconds: built.seconds,
    buildMsPerPage: (built.seconds * 1000) / written.count,
    buildCpuSeconds: built.cpuSeconds,
    buildCpuMsPerPage: built.cpuSeconds === undefined ? undefined : (built.cpuSeconds * 1000) / written.count,
    peakRssMegabytes: built.peakRssMegabytes,
    incremental: Object.fromEntries(Object.entries(incremental).map(([name, run]) => [name, { seconds: run.seconds, ofCold: run.seconds / built.seconds, peakRssMegabytes: run.peakRssMegabytes }])),
    buildLogLines: built.logLines,
    largestPage: written.largest,
    largestRawPage: written.largestRaw,
    searchShardBriefs: libraryShardBriefs(process.env),
    search: searched,
    footprint: { ...footprint, perBrief: Object.fromEntries(Object.entries(footprint).map(([measure, value]) => [measure, value / briefCount])) },
  };
  const rows = [
    ['Briefs', String(briefCount)],
    ['Pages', String(written.count)],
    ['Library index shards', `${Math.ceil(briefCount / libraryShardBriefs(process.env))} of ${libraryShardBriefs(process.env)} briefs`],
    ['Build (wall clock)', formatSeconds(built.seconds)],
    ['Build time per page', `${results.buildMsPerPage.toFixed(1)} ms`],
    ['Build CPU time (user + system), per page', results.buildCpuMsPerPage === undefined ? '?' : `${formatSeconds(built.cpuSeconds ?? 0)}, ${results.buildCpuMsPerPage.toFixed(1)} ms a page`],
    ['Peak RSS (largest process of the build)', megabytes(built.peakRssMegabytes)],
    ...[
      { name: 'warm (no change)', run: incremental.warm },
      { name: 'one brief edited', run: incremental.briefEdited },
      { name: 'a shared file edited', run: incremental.sharedEdited },
    ].flatMap(({ name, run }) => (run ? [{ name, run }] : [])).map(({ name, run }) => [`Incremental build, ${name}`, `${formatSeconds(run.seconds)}, ${((100 * run.seconds) / built.seconds).toFixed(1)}% of cold, peak RSS ${megabytes(run.peakRssMegabytes)}`]),
    ['Build log (stdout lines)', String(built.logLines)],
    ['Largest page (gzip)', `${kb(written.largest.gzipBytes)} ${written.largest.path} (${kb(written.largest.bytes)} raw)`],
    ['Largest page (raw)', `${kb(written.largestRaw.bytes)} ${written.largestRaw.path} (${kb(written.largestRaw.gzipBytes)} gzip)`],
    ['Search page load, /search/ (before the first query)', kb(searched.pageLoadBytes)],
    [
      'First move into its form (search code, Pagefind started)',
      `${kb(searched.firstMoveBytes)} in ${searched.firstMoveRequests} requests, ${kb(searched.firstMoveIndexBytes)} of it the library index's data`,
    ],
    [
      `First query "${QUERY}" (library-wide, after the first move)`,
      `${kb(searched.firstQueryBytes)} in ${searched.firstQueryRequests} requests, ${kb(searched.firstQueryIndexBytes)} of it the library index's data; ${searched.metaFiles} shard metadata file(s) fetched in all`,
    ],
    [
      `First query "${QUERY}" in a claim page's header box`,
      `${kb(searched.inBrief.bytes)} in ${searched.inBrief.requests} requests (search code included), ${searched.inBrief.metaFiles} shard metadata file(s)`,
    ],
  ];
  const width = Math.max(...rows.map(([name]) => (name ?? '').length));
  console.log(`npm run bench:scale -- --briefs ${briefCount} · Node ${process.version} · 1 KB = 1024 bytes\n`);
  for (const [name, value] of rows) console.log(`${(name ?? '').padEnd(width)}  ${value}`);
  const perBrief = (/** @type {number} */ value) => (value / briefCount).toLocaleString('en-US', { maximumFractionDigits: 1 });
  console.log(`\nFootprint of the cold build's site (1 MB = 1,000,000 bytes):`);
  console.log(`  ${footprint.files.toLocaleString('en-US')} files (${perBrief(footprint.files)} a brief), ${footprint.entries.toLocaleString('en-US')} files and folders (${perBrief(footprint.entries)} a brief)`);
  console.log(`  ${(footprint.bytes / 1e6).toFixed(1)} MB raw (${(footprint.bytes / briefCount / 1e6).toFixed(3)} MB a brief), ${footprint.headerRules} _headers rules (${perBrief(footprint.headerRules)} a brief)`);
  for (const line of footprintLines(footprint, fitHosts(footprint)).slice(1)) console.log(`  ${line}`);
  const out = resolve(root, '.bench', `scale-${briefCount}.json`);
  mkdirSync(resolve(root, '.bench'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
} catch (error) {
  progress(`bench:scale stopped: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (keep) progress(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
