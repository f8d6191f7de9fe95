// @ts-check
/**
 * The two settings a host gives at build time, checked before anything is
 * built: both end up in every page (links, scripts, canonical URLs), so a
 * value that is not a plain path or a plain web origin could send readers or
 * scripts to another site. Read by `astro.config.mjs` and by the build
 * driver (`src/cli/build.mjs`), which stops before the build starts.
 */

export class SettingsError extends Error {
  /** @param {string} variable @param {string} value @param {string} rule */
  constructor(variable, value, rule) {
    super(`${variable}=${JSON.stringify(value)} is not allowed: ${variable} ${rule}`);
    this.name = 'SettingsError';
    this.variable = variable;
    this.value = value;
  }
}

/** A path segment of URL-safe characters (RFC 3986 "unreserved"), not `.` or `..`. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export const SITE_BASE_RULE =
  'must be a path of URL-safe segments (letters, digits, - . _ ~) that starts and ends with "/", such as /briefs/, with no "..", "//" or scheme';

export const SITE_URL_RULE =
  'must be an absolute http(s) origin such as https://example.org, with no path, query, fragment or user name (put a sub-path in SITE_BASE)';

/**
 * `SITE_BASE`: `/` when unset or empty.
 * @param {string | undefined} value
 * @returns {string}
 */
export function siteBase(value) {
  if (value === undefined || value === '') return '/';
  const fail = () => {
    throw new SettingsError('SITE_BASE', value, SITE_BASE_RULE);
  };
  if (value === '/') return value;
  if (!value.startsWith('/') || !value.endsWith('/')) fail();
  const segments = value.slice(1, -1).split('/');
  if (segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) fail();
  return value;
}

/**
 * `SITE_URL`: none when unset or empty; otherwise the origin, without a trailing slash.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
export function siteUrl(value) {
  if (value === undefined || value === '') return undefined;
  const fail = () => {
    throw new SettingsError('SITE_URL', value, SITE_URL_RULE);
  };
  /** @type {URL | undefined} */
  let url;
  try {
    url = new URL(value);
  } catch {
    return fail();
  }
  const plain = /^https?:\/\/[^/?#\s@\\]+\/?$/i.test(value);
  if (!plain || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '' || url.pathname !== '/') fail();
  return url.origin;
}

/**
 * Both settings from an environment; throws a SettingsError naming the
 * variable, its value and the rule.
 * @param {Record<string, string | undefined>} env
 */
export function siteSettings(env) {
  return { base: siteBase(env.SITE_BASE), site: siteUrl(env.SITE_URL) };
}

/**
 * Where Astro and the build keep their caches between builds (Astro's
 * `cacheDir`): READER_CACHE_DIR, or `node_modules/.astro`.
 * @param {Record<string, string | undefined>} env
 */
export function buildCacheDir(env) {
  return env.READER_CACHE_DIR || './node_modules/.astro';
}
