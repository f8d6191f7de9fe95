// @ts-check
/**
 * `npm run check`: checks all content without building a page, and prints
 * every problem as `file:line:column: item: message` with a hint. Exit 0
 * when the content is clean, 1 otherwise. `--watch` checks again on every
 * save under the content folder.
 */
import { watch } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

/** @type {typeof import('../lib/content-check/check-content.ts')} */
const { checkContent, formatProblem } = await tsImport('../lib/content-check/check-content.ts', import.meta.url);

const contentDir = process.env.READER_CONTENT_DIR ?? 'content';

async function run() {
  const started = performance.now();
  const problems = await checkContent(contentDir);
  for (const problem of problems) console.error(formatProblem(problem));
  const took = `${Math.round(performance.now() - started)} ms`;
  if (problems.length === 0) console.log(`Content checked: no problem (${took}).`);
  else console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${contentDir} (${took}).`);
  return problems.length === 0;
}

if (process.argv.includes('--watch')) {
  await run();
  console.log(`Watching ${contentDir} for changes (Ctrl+C to stop).`);
  /** @type {NodeJS.Timeout | undefined} */
  let pending;
  watch(contentDir, { recursive: true }, () => {
    // Editors save in bursts (a temporary file, then a rename): check once they settle.
    clearTimeout(pending);
    pending = setTimeout(() => {
      console.log(`\n— ${new Date().toLocaleTimeString()} —`);
      run().catch((error) => console.error(error));
    }, 150);
  });
} else {
  process.exitCode = (await run()) ? 0 : 1;
}
