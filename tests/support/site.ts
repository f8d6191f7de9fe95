/** Where the built site is, for the build and browser tiers. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const distDir = resolve(projectRoot, 'dist');
export const briefId = 'pakistan-afghanistan-2025';
/** Astro's command-line script, as its package names it (`bin/astro.mjs` since Astro 7). */
export const astroCli = resolve(projectRoot, 'node_modules/astro', (JSON.parse(readFileSync(resolve(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { bin: { astro: string } }).bin.astro);

declare module 'vitest' {
  export interface ProvidedContext {
    /** The origin and base of dist/ served on loopback, e.g. http://127.0.0.1:40123/ */
    siteUrl: string;
    /** A folder for this run's shared builds, removed when the run ends. */
    scratchDir: string;
  }
}
