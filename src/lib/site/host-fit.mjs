// @ts-check
/**
 * Whether a built site fits the static hosts (src/lib/site/static-hosts.mjs):
 * its footprint (files, folders, raw bytes, `_headers` rules), which hosts it
 * fits and which limit it breaks, and the host an editor names with
 * READER_HOST (or with limits of their own), so the build can refuse a site
 * that would not deploy before it replaces the last good `dist/`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_IDS, STATIC_HOSTS } from './static-hosts.mjs';

/** @typedef {import('./static-hosts.mjs').StaticHost} StaticHost */
/** @typedef {import('./static-hosts.mjs').HostLimit} HostLimit */
/** @typedef {import('./static-hosts.mjs').Measure} Measure */
/** @typedef {Record<Measure, number>} Footprint */
/** @typedef {{ limit: HostLimit, measured: number }} BrokenLimit */
/** @typedef {{ host: StaticHost, broken: BrokenLimit[] }} HostFit */

export class HostSettingError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'HostSettingError';
  }
}

/**
 * The footprint of a built site: every file and folder under it (the site's
 * root not counted), their raw bytes, and the rules of its `_headers`.
 * @param {string} siteDir
 * @returns {Footprint}
 */
export function measureSite(siteDir) {
  let files = 0;
  let folders = 0;
  let bytes = 0;
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) folders += 1;
    else if (entry.isFile()) {
      files += 1;
      bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
  }
  const headers = join(siteDir, '_headers');
  return { files, entries: files + folders, bytes, headerRules: existsSync(headers) ? countHeaderRules(readFileSync(headers, 'utf8')) : 0 };
}

/**
 * The rules of a `_headers` file: each unindented line that is not a comment
 * starts one (the format of Netlify and Cloudflare Pages).
 * @param {string} text
 */
export function countHeaderRules(text) {
  return text.split('\n').filter((line) => line.trim() !== '' && !/^\s/.test(line) && !line.startsWith('#')).length;
}

/** The limits of a host that a footprint breaks. @param {Footprint} footprint @param {StaticHost} host @returns {HostFit} */
export function fitHost(footprint, host) {
  return { host, broken: host.limits.filter((limit) => footprint[limit.measure] > limit.max).map((limit) => ({ limit, measured: footprint[limit.measure] })) };
}

/** Every host, with the limits the footprint breaks. @param {Footprint} footprint @param {readonly StaticHost[]} [hosts] */
export function fitHosts(footprint, hosts = STATIC_HOSTS) {
  return hosts.map((host) => fitHost(footprint, host));
}

const MEASURE_WORDS = /** @type {const} */ ({ bytes: 'raw size', files: 'files', entries: 'files and folders', headerRules: '_headers rules' });

/** "1,234 files", "1.23 MB raw size". 1 MB = 1,000,000 bytes. @param {Measure} measure @param {number} value */
export function formatMeasure(measure, value) {
  if (measure === 'bytes') return formatBytes(value);
  return `${value.toLocaleString('en-US')} ${MEASURE_WORDS[measure]}`;
}

/** "13.2 MB", "1.23 GB" (1 MB = 1,000,000 bytes, as the hosts count). @param {number} bytes */
export function formatBytes(bytes) {
  if (bytes >= 1_000_000_000) return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000).toFixed(1)} KB`;
}

/** "Cloudflare Pages, free plan: 21,000 files, over its 20,000 files". @param {HostFit} fit */
export function describeMisfit(fit) {
  return `${fit.host.name}: ${fit.broken.map(({ limit, measured }) => `${formatMeasure(limit.measure, measured)}, over its ${formatMeasure(limit.measure, limit.max)}`).join('; ')}`;
}

/**
 * The last lines of the build: the footprint, the hosts it fits and those it
 * does not with the limit each breaks.
 * @param {Footprint} footprint @param {HostFit[]} fits
 * @returns {string[]}
 */
export function footprintLines(footprint, fits) {
  const fitting = fits.filter((fit) => fit.broken.length === 0);
  const misfits = fits.filter((fit) => fit.broken.length > 0);
  const lines = [
    `Footprint: ${footprint.files.toLocaleString('en-US')} files in ${(footprint.entries - footprint.files).toLocaleString('en-US')} folders, ${formatBytes(footprint.bytes)} raw (1 MB = 1,000,000 bytes), ${footprint.headerRules} _headers rules`,
    `Fits: ${fitting.length === 0 ? 'none of the hosts' : fitting.map((fit) => `${fit.host.name}${fit.host.unmeasured ? ` (${fit.host.unmeasured.join('; ')})` : ''}`).join('; ')}`,
  ];
  if (misfits.length > 0) lines.push(`Does not fit: ${misfits.map(describeMisfit).join(' · ')}`);
  return lines;
}

/**
 * The host the site must fit, from the environment, or none:
 * - READER_HOST: one of HOST_IDS;
 * - READER_HOST_MAX_FILES and/or READER_HOST_MAX_MB: the limits of a host not
 *   in the list (1 MB = 1,000,000 bytes).
 * Throws a HostSettingError that names the variable, the value and what it takes.
 * @param {Record<string, string | undefined>} env @param {readonly StaticHost[]} [hosts]
 * @returns {StaticHost | undefined}
 */
export function targetHost(env, hosts = STATIC_HOSTS) {
  const named = env.READER_HOST ?? '';
  const maxFiles = env.READER_HOST_MAX_FILES ?? '';
  const maxMegabytes = env.READER_HOST_MAX_MB ?? '';
  const own = maxFiles !== '' || maxMegabytes !== '';
  if (named !== '' && own) {
    throw new HostSettingError(`READER_HOST=${JSON.stringify(named)} and READER_HOST_MAX_FILES/READER_HOST_MAX_MB are both set: name a known host, or give your host's limits, not both.`);
  }
  if (named !== '') {
    const host = hosts.find((candidate) => candidate.id === named);
    if (!host) throw new HostSettingError(`READER_HOST=${JSON.stringify(named)} is not a host this build knows. Known hosts: ${hosts.map((candidate) => candidate.id).join(', ')} (their limits: src/lib/site/static-hosts.mjs); for another host, give its limits with READER_HOST_MAX_FILES and/or READER_HOST_MAX_MB.`);
    return host;
  }
  if (!own) return undefined;
  /** @type {HostLimit[]} */
  const limits = [];
  if (maxFiles !== '') limits.push({ measure: 'files', max: positiveNumber('READER_HOST_MAX_FILES', maxFiles, true), source: 'READER_HOST_MAX_FILES', read: 'this build' });
  if (maxMegabytes !== '') limits.push({ measure: 'bytes', max: positiveNumber('READER_HOST_MAX_MB', maxMegabytes, false) * 1_000_000, source: 'READER_HOST_MAX_MB', read: 'this build' });
  return { id: 'own', name: 'your host (READER_HOST_MAX_FILES, READER_HOST_MAX_MB)', limits };
}

/** @param {string} variable @param {string} value @param {boolean} whole */
function positiveNumber(variable, value, whole) {
  const number = Number(value);
  const valid = /^\d+(\.\d+)?$/.test(value) && number > 0 && (!whole || Number.isInteger(number));
  if (!valid) throw new HostSettingError(`${variable}=${JSON.stringify(value)} is not allowed: ${variable} takes a ${whole ? 'whole number' : 'number'} above 0, such as ${whole ? '20000' : '1000'}.`);
  return number;
}

/**
 * Why the build stops when the site does not fit the host the editor named:
 * what was measured, which limit, where it comes from, and what to do.
 * @param {HostFit} fit
 */
export function misfitMessage(fit) {
  const sources = fit.broken.map(({ limit }) => (limit.read === 'this build' ? `${limit.source} (set for this build)` : `${limit.source}, read ${limit.read}`));
  const others = HOST_IDS.filter((id) => id !== fit.host.id);
  return [
    `the site does not fit ${fit.host.name}: ${fit.broken.map(({ limit, measured }) => `${formatMeasure(limit.measure, measured)}, over its limit of ${formatMeasure(limit.measure, limit.max)}`).join('; ')}.`,
    `${sources.length === 1 ? 'The limit' : 'The limits'}: ${sources.join('; ')}.`,
    `Build fewer briefs, or build for another host (READER_HOST=${others.join(', ')}; unset READER_HOST to build for none).`,
  ].join('\n');
}
