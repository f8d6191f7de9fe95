// @ts-check
/** Small helpers shared by the benchmark's parts: bounded waits and number formatting. */

/**
 * Resolves or rejects like `promise`, but rejects after `ms` so no step of the
 * benchmark can hang the run. The timer is cleared either way, so it never keeps
 * Node alive.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what  named in the timeout's message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** @param {unknown} error */
export const messageOf = (error) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Kilobytes as the report prints them: 1 KB = 1024 bytes, one decimal. @param {number | undefined} bytes */
export const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);

/** @param {number | undefined | null} value @param {number} [digits] */
export const num = (value, digits = 0) => (value === undefined || value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** Left-aligns the first column and right-aligns the others. @param {Array<Array<string>>} rows @returns {string[]} */
export function table(rows) {
  /** @type {number[]} */
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd());
}
