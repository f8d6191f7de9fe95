// @ts-check
/**
 * Where the site is served and how it is built. Hosts set the base path and
 * the site URL from the environment, so one `dist/` recipe serves a domain
 * root or a sub-path: `SITE_BASE=/briefs/ SITE_URL=https://example.org npm run build`.
 */
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/site/security-policy.mjs';
import { buildCacheDir, siteSettings } from './src/lib/site/site-settings.mjs';
import { BASE_REMARK_PLUGINS, MARKDOWN_OPTIONS } from './src/lib/render/markdown-preset.mjs';
import completeSite from './src/integrations/complete-site.mjs';
import contentCheck from './src/integrations/content-check.mjs';

// Checked here too for a plain `astro build`/`astro dev`; `npm run build` checks them before it starts.
const { base, site } = siteSettings(process.env);

export default defineConfig({
  base,
  site,
  // Directory-style URLs (`/claims/x/` → `claims/x/index.html`) work on any
  // static host without rewrite rules.
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the whitespace between elements and
  // runs words into links ("editors’.How the annotations…"); `true` is the
  // lossless compression Astro 5 did.
  compressHTML: true,
  // Astro's documentation warns against page concurrency above 1 with the
  // incremental build (it disables the cache with a warning).
  build: { format: 'directory', concurrency: 1 },
  // `npm run build` (src/cli/build.mjs) builds into a staging folder of its
  // own and swaps it into place only when everything succeeded.
  outDir: './dist',
  cacheDir: buildCacheDir(process.env),
  devToolbar: { enabled: false },
  // Briefs hold no code; Shiki's inline styles would need a looser CSP.
  // The briefs' Markdown preset (src/lib/render/markdown-preset.mjs: GFM listed,
  // not added by the processor), so any Markdown Astro renders reads the same.
  // Astro 7 takes plugins on the processor (the top-level keys are deprecated).
  markdown: {
    syntaxHighlight: MARKDOWN_OPTIONS.syntaxHighlight,
    // The cast: astro and @astrojs/markdown-remark each carry a copy of
    // @astrojs/internal-helpers, whose types TypeScript tells apart; Astro itself
    // builds its unified processor with this same function.
    processor: /** @type {any} */ (unified({ gfm: MARKDOWN_OPTIONS.gfm, smartypants: MARKDOWN_OPTIONS.smartypants, remarkPlugins: [...BASE_REMARK_PLUGINS] })),
  },
  integrations: [
    contentCheck({ contentDir: process.env.READER_CONTENT_DIR ?? 'content' }),
    completeSite({ siteUrl: site, base }),
  ],
  // Scripts ship as files, never inline, so the Content-Security-Policy can
  // allow script from 'self' alone.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { port: 4321, host: '127.0.0.1' },
  experimental: {
    // Pages whose cache key (src/lib/site/page-keys.ts) and code are unchanged
    // are restored from the last build (cacheDir/dist/); `npm run build --
    // --force` renders every page.
    incrementalBuild: true,
  },
  security: {
    // A Content-Security-Policy <meta> on every page, hashing whatever Astro inlines.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
});
