// @ts-check
/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do
 * (https://docs.netlify.com/routing/headers/#syntax-for-the-headers-file,
 * https://developers.cloudflare.com/pages/configuration/headers/): a line
 * without indent is a path pattern, the indented lines under it are
 * `Name: value` headers for every path it matches; `*` matches any run of
 * characters, `:name` one path segment; `#` starts a comment. Where several
 * rules match, their headers are all sent, values of one name joined by ", ".
 */

/** @typedef {{ pattern: RegExp, source: string, headers: Array<[string, string]> }} HeaderRule */

/** @param {string} pattern */
function patternToRegExp(pattern) {
  const parts = pattern.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/).map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

/**
 * @param {string} text the contents of a `_headers` file
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: patternToRegExp(line.trim()), source: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers a host sends for a path of the site (from its root, e.g. `/topics/water/`).
 * @param {HeaderRule[]} rules @param {string} path
 * @returns {Record<string, string>} lower-case names
 */
export function headersForPath(rules, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}
