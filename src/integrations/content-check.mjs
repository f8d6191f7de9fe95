// @ts-check
/**
 * Astro integration: runs the content check (`src/lib/content-check/`)
 * before a plain `astro build` reads a file, as `npm run build` does before
 * it starts Astro. The build driver has checked already and says so through
 * `markContentChecked()`, so the check runs once per build.
 */
import { tsImport } from 'tsx/esm/api';

// Shared through globalThis: Astro loads this module again with its config.
const CHECKED = Symbol.for('annotated-reader.content-checked');

/** Tells the integration that the content was checked in this process already. */
export function markContentChecked() {
  /** @type {Record<symbol, boolean>} */ (globalThis)[CHECKED] = true;
}

/** @param {{ contentDir: string }} options @returns {import('astro').AstroIntegration} */
export default function contentCheck({ contentDir }) {
  return {
    name: 'reader:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' || /** @type {Record<symbol, boolean>} */ (globalThis)[CHECKED]) return;
        /** @type {typeof import('../lib/content-check/check-content.ts')} */
        const { checkContent, formatProblem } = await tsImport('../lib/content-check/check-content.ts', import.meta.url);
        const problems = await checkContent(contentDir);
        if (problems.length > 0) {
          // Listed through the logger: Astro's error printer would add hints of its own to so long a message.
          for (const problem of problems) logger.error(formatProblem(problem));
          throw new Error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content, listed above (\`npm run check\` lists them without building)`);
        }
      },
    },
  };
}
