// @ts-check
/**
 * The plain-text table: our figures beside the Starlight site holding the
 * same brief, and the budgets. Budgets are reported, never enforced: the
 * benchmark informs a decision, it does not gate a build.
 */
import { LIGHTHOUSE_CATEGORIES } from '../chromium-settings.mjs';

const KB = 1024;

/** The Starlight site holding the same brief, measured the same way. */
export const STARLIGHT = {
  firstView: { bytes: 56 * KB, requests: 9, jsBytes: 31 * KB, bytesPerVisibleCharacter: 6.1 },
  lighthouseMobile: { performance: 100, accessibility: 100, 'best-practices': 96, seo: 90 },
  firstSearchQuery: { bytes: 83 * KB, ms: 130 },
};

/**
 * @typedef {{
 *   meta: { date: string, node: string, chromium?: string, buildSeconds?: number },
 *   bundles: Array<{ name: string, size: number, sizeLimit?: number, passed?: boolean }>,
 *   firstView?: Awaited<ReturnType<typeof import('./first-view.mjs').measureFirstView>>,
 *   search?: Awaited<ReturnType<typeof import('./first-view.mjs').measureSearch>>,
 *   lighthouse?: import('./lighthouse.mjs').LighthouseResult[],
 *   errors: string[],
 * }} BenchResults
 */

/** @param {number | undefined} bytes */
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / KB).toFixed(1)} KB`);
/** @param {number | null | undefined} value @param {number} [digits] */
const num = (value, digits = 0) => (value == null || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** Left-aligns the first column and right-aligns the others. @param {string[][]} rows */
function table(rows) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd());
}

/** @param {BenchResults} results @returns {Array<{ budget: string, measured: string, within: boolean | undefined }>} */
export function budgets({ firstView, bundles, lighthouse = [] }) {
  /** @param {string} budget @param {number | undefined} value @param {number} limit @param {(value: number) => string} show */
  const line = (budget, value, limit, show) => ({ budget, measured: value === undefined ? '–' : show(value), within: value === undefined ? undefined : value <= limit });
  return [
    line('First view ≤ 25 KB gzip', firstView?.bytes, 25 * KB, kb),
    line('First view ≤ 5 requests', firstView?.requests, 5, (value) => num(value)),
    line('JS before interaction ≤ 3 KB gzip', firstView?.byKind.js.bytes, 3 * KB, kb),
    line('Bytes per visible character ≤ 2.0', firstView?.bytesPerVisibleCharacter, 2, (value) => num(value, 2)),
    ...bundles.filter((bundle) => bundle.sizeLimit).map((bundle) => ({ budget: `${bundle.name} ≤ ${kb(bundle.sizeLimit)} gzip (size-limit)`, measured: kb(bundle.size), within: bundle.passed })),
    ...lighthouse.map((run) => {
      const scores = LIGHTHOUSE_CATEGORIES.map((category) => run.scores?.[category]);
      return { budget: `Lighthouse 100 in each category: ${run.page}`, measured: scores.map((score) => num(score)).join('/'), within: scores.every((score) => score == null) ? undefined : scores.every((score) => score === 100) };
    }),
  ];
}

/** @param {BenchResults} results */
export function formatReport(results) {
  const { meta, firstView, search, lighthouse } = results;
  const lines = [`npm run bench — ${meta.date} · Node ${meta.node} · ${meta.chromium ?? 'Chromium ?'} · 1 KB = 1024 bytes`, ''];
  lines.push(`Build (npm run build): ${meta.buildSeconds === undefined ? 'skipped (BENCH_SKIP_BUILD=1)' : `${num(meta.buildSeconds, 1)} s`}`, '');
  lines.push(...table([['Bundles in dist/ (size-limit, gzip)', 'size'], ...results.bundles.map((bundle) => [bundle.name, kb(bundle.size)])]), '');
  if (firstView) {
    const kind = (/** @type {'html' | 'css' | 'js' | 'fonts' | 'other'} */ name) => [`  ${name}`, `${kb(firstView.byKind[name].bytes)} (${firstView.byKind[name].requests})`, ''];
    lines.push(
      ...table([
        [`First view of ${new URL(firstView.url).pathname} (fresh context, gzip, with headers)`, 'ours', 'Starlight'],
        ['Transferred', kb(firstView.bytes), kb(STARLIGHT.firstView.bytes)],
        ['Requests', String(firstView.requests), String(STARLIGHT.firstView.requests)],
        kind('html'), kind('css'), kind('js'), kind('fonts'), kind('other'),
        ['Bytes per visible character', num(firstView.bytesPerVisibleCharacter, 2), num(STARLIGHT.firstView.bytesPerVisibleCharacter, 1)],
      ]),
      '',
    );
  }
  if (search) {
    lines.push(
      ...table([
        [`Search on ${new URL(search.url).pathname}`, 'time', 'transferred', 'requests'],
        ['Page load (before the reader moves into the form)', '', kb(search.pageLoad.bytes), String(search.pageLoad.requests)],
        ['First move into the form (loads the search code, starts Pagefind)', '', kb(search.firstMove.bytes), String(search.firstMove.requests)],
        ...search.queries.map((query, index) => [`${index === 0 ? 'First' : 'Next'} query "${query.query}"`, `${num(query.ms)} ms`, kb(query.bytes), String(query.requests)]),
        ['Starlight, first query (reference)', `~${STARLIGHT.firstSearchQuery.ms} ms`, kb(STARLIGHT.firstSearchQuery.bytes), ''],
      ]),
      '',
    );
  }
  if (lighthouse) {
    const rows = [['Lighthouse 13, mobile', ...LIGHTHOUSE_CATEGORIES.map((category) => category.slice(0, 4)), 'LCP ms', 'TBT ms', 'CLS']];
    for (const run of lighthouse) rows.push([run.page, ...LIGHTHOUSE_CATEGORIES.map((category) => num(run.scores?.[category])), num(run.lcpMs), num(run.tbtMs), num(run.cls, 3)]);
    rows.push(['Starlight (reference)', ...LIGHTHOUSE_CATEGORIES.map((category) => String(STARLIGHT.lighthouseMobile[/** @type {keyof typeof STARLIGHT.lighthouseMobile} */ (category)])), '', '', '']);
    lines.push(...table(rows));
    for (const run of lighthouse) if (run.error) lines.push(`  ${run.page}: ${run.error}`);
    // Audits that could not run, usually the same on every page (see the README's Limits).
    for (const audits of new Set(lighthouse.map((run) => run.errored?.join(', ')).filter(Boolean))) {
      lines.push(`  could not run on ${lighthouse.filter((run) => run.errored?.join(', ') === audits).map((run) => run.page).join(', ')}: ${audits}`);
    }
    lines.push('');
  } else {
    lines.push('Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)', '');
  }
  lines.push(...table([['Budgets (reported, not enforced)', 'measured', ''], ...budgets(results).map((b) => [b.budget, b.measured, b.within === undefined ? 'n/a' : b.within ? 'within' : 'over'])]));
  for (const error of results.errors) lines.push(`Not measured: ${error}`);
  return lines.join('\n');
}
