// @ts-check
/**
 * Step 6: the plain-text table, the reference figures of the Starlight site
 * holding the same brief, and the budgets. Budgets are reported, never
 * enforced: the benchmark informs a decision, it does not gate a build.
 */
import { kb, num, table } from './util.mjs';

const KB = 1024;

/** The Starlight site holding the same brief, measured the same way. */
export const STARLIGHT = {
  firstView: { bytes: 56 * KB, requests: 9, jsBytes: 31 * KB, bytesPerVisibleCharacter: 6.1 },
  lighthouseMobile: { performance: 100, accessibility: 100, 'best-practices': 96, seo: 90 },
  firstSearchQuery: { bytes: 83 * KB, ms: 130 },
};

/** @typedef {import('./sizes.mjs').SizeGroup} SizeGroup */
/** @typedef {import('./lighthouse.mjs').LighthouseResult} LighthouseResult */
/** @typedef {Awaited<ReturnType<typeof import('./browser.mjs').measureFirstView>>} FirstView */
/** @typedef {Awaited<ReturnType<typeof import('./browser.mjs').measureSearch>>} SearchRun */
/**
 * @typedef {{
 *   meta: { date: string, node: string, chromium?: string, benchSeconds?: number },
 *   build: { seconds?: number, skipped?: boolean },
 *   sizes: ReturnType<typeof import('./sizes.mjs').measureDistSizes>,
 *   firstView?: FirstView, firstViewError?: string,
 *   search?: SearchRun, searchError?: string,
 *   lighthouse?: LighthouseResult[], lighthouseSkipped?: boolean,
 * }} BenchResults
 */
/** @typedef {{ budget: string, limit: number, measured: number | undefined, verdict: 'within' | 'over' | 'n/a', shown: string }} BudgetLine */

const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/** @param {string} budget @param {number | undefined} measured @param {number} limit @param {(value: number | undefined) => string} show @returns {BudgetLine} */
function line(budget, measured, limit, show) {
  return { budget, limit, measured, verdict: measured === undefined ? 'n/a' : measured <= limit ? 'within' : 'over', shown: show(measured) };
}

/** @param {BenchResults} results @returns {BudgetLine[]} */
export function budgets(results) {
  const view = results.firstView;
  const lines = [
    line('First view ≤ 25 KB gzip', view?.bytes, 25 * KB, kb),
    line('First view ≤ 5 requests', view?.requests, 5, (value) => num(value)),
    line('JS before interaction ≤ 3 KB gzip', view?.jsBeforeInteraction, 3 * KB, kb),
    line('Bytes per visible character ≤ 2.0', view?.bytesPerVisibleCharacter, 2.0, (value) => num(value, 2)),
    line('Our search code ≤ 8 KB gzip', results.sizes.searchJs.gzip, 8 * KB, kb),
  ];
  for (const run of results.lighthouse ?? []) {
    const scores = CATEGORIES.map((category) => run.scores?.[category]);
    const complete = scores.every((score) => typeof score === 'number');
    // "Within" means 100 everywhere; the measured value is the points missing.
    const missing = complete ? scores.reduce((sum, score) => sum + (100 - (score ?? 0)), 0) : undefined;
    lines.push(line(`Lighthouse 100 in each category: ${run.page}`, missing, 0, () => (complete ? scores.join('/') : 'error')));
  }
  return lines;
}

/** @param {string} title @param {SizeGroup} group */
const sizeRow = (title, group) => [title, kb(group.raw), kb(group.gzip)];

/** @param {BenchResults} results @returns {string[]} */
function sizeSection(results) {
  const { sizes } = results;
  return table([
    ['Sizes in dist/ (each file gzipped alone)', 'raw', 'gzip'],
    sizeRow(`Our JavaScript, _astro/*.js (${sizes.js.files.length} files)`, sizes.js),
    sizeRow(`  search code alone (${sizes.searchJs.files.map((f) => f.file.replace('_astro/', '')).join(', ') || 'none'})`, sizes.searchJs),
    sizeRow(`  the rest (${sizes.otherJs.files.length} files)`, sizes.otherJs),
    sizeRow(`CSS, _astro/*.css (${sizes.css.files.length} file${sizes.css.files.length === 1 ? '' : 's'})`, sizes.css),
    sizeRow(`Pagefind for a query (${sizes.pagefindQuery.files.length} files)`, sizes.pagefindQuery),
    ...sizes.pagefindQuery.files.map((file) => [`  ${file.file.replace('pagefind/', '')}`, kb(file.raw), kb(file.gzip)]),
    sizeRow('Reading page HTML (pakistan-afghanistan-2025/index.html)', sizes.readingHtml),
  ]);
}

/** @param {BenchResults} results @returns {string[]} */
function firstViewSection(results) {
  const view = results.firstView;
  if (!view) return [`First view: not measured (${results.firstViewError ?? 'no result'})`];
  /** @param {'html' | 'css' | 'js' | 'fonts' | 'other'} kind @param {string} label */
  const kindRow = (kind, label) => [`  ${label}`, `${kb(view.byKind[kind].bytes)} (${view.byKind[kind].requests})`, ''];
  return [
    ...table([
      [`First view of ${new URL(view.url).pathname} (fresh context, gzip, incl. headers)`, 'ours', 'Starlight'],
      ['Transferred', kb(view.bytes), kb(STARLIGHT.firstView.bytes)],
      ['Requests', String(view.requests), String(STARLIGHT.firstView.requests)],
      kindRow('html', 'HTML'),
      kindRow('css', 'CSS'),
      kindRow('js', 'JS'),
      kindRow('fonts', 'fonts'),
      kindRow('other', 'other'),
      ['JS fetched before any interaction', kb(view.jsBeforeInteraction), kb(STARLIGHT.firstView.jsBytes)],
      ['Visible characters (body.innerText)', String(view.visibleCharacters), ''],
      ['Bytes per visible character', num(view.bytesPerVisibleCharacter, 2), num(STARLIGHT.firstView.bytesPerVisibleCharacter, 1)],
    ]),
    ...(view.settled ? [] : ['  (the network never went quiet; figures are what had finished after 15 s)']),
  ];
}

/** @param {BenchResults} results @returns {string[]} */
function searchSection(results) {
  const search = results.search;
  if (!search) return [`Search: not measured (${results.searchError ?? 'no result'})`];
  const load = search.pageLoad;
  const first = search.queries[0];
  /** @type {string[][]} */
  const rows = [
    [`Search on ${new URL(search.url).pathname}`, 'time', 'transferred', 'requests'],
    ['Page load (mounts Pagefind: runtime, wasm, filters)', '', kb(load.bytes), String(load.requests)],
    ['  of which Pagefind (all)', '', kb(load.pagefindBytes), String(load.pagefindRequests)],
    ['  of which Pagefind runtime (js, worker, entry, meta, wasm)', '', kb(load.pagefindRuntimeBytes), String(load.pagefindRuntimeRequests)],
  ];
  for (const [i, query] of search.queries.entries()) {
    const label = `${i === 0 ? 'First' : 'Second'} query "${query.query}"`;
    if ('error' in query) rows.push([label, 'error', '', '']);
    else rows.push([label, `${num(query.ms)} ms`, kb(query.bytes), String(query.requests)]);
  }
  if (first && !('error' in first)) {
    // Starlight loads Pagefind's runtime on the first query; ours loads it as the
    // page mounts, so the like-for-like figure adds it back.
    rows.push(['First query + Pagefind runtime loaded at mount', '', kb(first.bytes + load.pagefindRuntimeBytes), String(first.requests + load.pagefindRuntimeRequests)]);
  }
  rows.push(['Starlight, first query (reference)', `~${STARLIGHT.firstSearchQuery.ms} ms`, kb(STARLIGHT.firstSearchQuery.bytes), '']);
  const errors = search.queries.flatMap((query) => ('error' in query ? [`  "${query.query}": ${query.error}`] : []));
  return [...table(rows), '  (time: from the input event to the first matching result link; includes the page’s 120 ms debounce)', ...errors];
}

/** @param {BenchResults} results @returns {string[]} */
function lighthouseSection(results) {
  if (results.lighthouseSkipped) return ['Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)'];
  const runs = results.lighthouse ?? [];
  /** @type {string[][]} */
  const rows = [['Lighthouse 12, mobile (default config)', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS']];
  for (const run of runs) {
    const scores = CATEGORIES.map((category) => (run.scores ? num(run.scores[category]) : '–'));
    rows.push([`${run.page} ${new URL(run.url).pathname}${new URL(run.url).search}`, ...scores, num(run.lcpMs), num(run.tbtMs), num(run.cls, 3)]);
  }
  rows.push(['Starlight (reference)', ...CATEGORIES.map((category) => String(STARLIGHT.lighthouseMobile[category])), '', '', '']);
  return [...table(rows), ...lighthouseNotes(runs)];
}

/**
 * What cost points, page by page, and which audits could not run. Audit
 * errors usually share one cause across every page (a Chromium newer than
 * Lighthouse's trace parser), so they are grouped by that cause.
 * @param {LighthouseResult[]} runs
 * @returns {string[]}
 */
function lighthouseNotes(runs) {
  const lines = runs.flatMap((run) => [
    ...(run.error ? [`  ${run.page}: run error: ${run.error}`] : []),
    ...(run.offOriginRequests?.length ? [`  ${run.page}: requests outside the local server: ${run.offOriginRequests.join(', ')}`] : []),
    ...(run.failingAudits ?? []).filter((audit) => audit.score !== null).map((audit) => `  ${run.page}: ${audit.id} scored ${num((audit.score ?? 0) * 100)}${audit.why ? ` (${audit.why})` : ''}`),
  ]);
  /** @type {Map<string, { audits: Set<string>, pages: Set<string> }>} */
  const errored = new Map();
  for (const run of runs) {
    for (const audit of run.failingAudits ?? []) {
      if (audit.score !== null) continue;
      const cause = (audit.why ?? 'error').replace(/^.*(?:encountered an error|failed with exception): /, '');
      const entry = errored.get(cause) ?? { audits: new Set(), pages: new Set() };
      entry.audits.add(audit.id);
      entry.pages.add(run.page);
      errored.set(cause, entry);
    }
  }
  for (const [cause, { audits, pages }] of errored) {
    lines.push(`  ${audits.size} audits errored on ${pages.size === runs.length ? 'every page' : [...pages].join(', ')}: ${[...audits].join(', ')}`, `    cause: ${cause}`);
  }
  const warnings = new Set(runs.flatMap((run) => run.runWarnings ?? []).map((warning) => warning.split('\n')[0]));
  for (const warning of warnings) lines.push(`  warning: ${warning}`);
  return lines.length > 0 ? ['Lighthouse notes:', ...lines] : [];
}

/** @param {BenchResults} results @returns {string[]} */
function budgetSection(results) {
  return table([['Budgets (reported, not enforced)', 'measured', ''], ...budgets(results).map((b) => [b.budget, b.shown, b.verdict])]);
}

/** @param {BenchResults} results @returns {string} */
export function formatReport(results) {
  const { meta, build } = results;
  return [
    `npm run bench — ${meta.date} · Node ${meta.node} · ${meta.chromium ?? 'Chromium ?'} · 1 KB = 1024 bytes`,
    '',
    `Build (node src/cli/build.mjs): ${build.skipped ? 'skipped (BENCH_SKIP_BUILD=1)' : `${num(build.seconds, 1)} s`}`,
    '',
    ...sizeSection(results),
    '',
    ...firstViewSection(results),
    '',
    ...searchSection(results),
    '',
    ...lighthouseSection(results),
    '',
    ...budgetSection(results),
    ...(meta.benchSeconds === undefined ? [] : ['', `Bench took ${num(meta.benchSeconds, 1)} s.`]),
  ].join('\n');
}
