/**
 * The one way this site writes JSON: escaped so that it is safe inside an
 * HTML page. A data file (references.json, an annotation page, search words)
 * may be pasted by a reader's tool or another site into a `<script>` element
 * or an HTML attribute, so `<`, `>` and `&` never appear raw, and neither do
 * U+2028/U+2029 (line terminators in older JavaScript). The escapes are
 * plain JSON (`\u003c` …): every JSON parser reads back the same values.
 */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A whole JSON file: indented for people who open it, safe to embed, ending in a newline. */
export const jsonFile = (value: unknown): string => `${scriptSafeJson(value, 2)}\n`;
