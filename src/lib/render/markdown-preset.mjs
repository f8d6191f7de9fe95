// @ts-check
/**
 * The one Markdown preset every renderer uses: Astro's config (astro.config.mjs)
 * and every processor of the briefs (render-brief, the content check, the
 * editors' anchoring text) start from it, so one list of plugins is the truth.
 *
 * Astro's processor would add GFM by itself (`gfm: true` is its default); it
 * is switched off there and listed here instead, explicitly, before the
 * site's own remark plugins (render/plugins.ts). Smartypants stays Astro's
 * (it curls quotes, which anchoring matches as straight ones).
 */
import remarkGfm from 'remark-gfm';

/** Options for Astro's Markdown processor, the same in astro.config.mjs and in createMarkdownProcessor. */
export const MARKDOWN_OPTIONS = /** @type {const} */ ({ syntaxHighlight: false, gfm: false, smartypants: true });

/** The remark plugins every renderer runs first, in this order. */
export const BASE_REMARK_PLUGINS = [remarkGfm];
