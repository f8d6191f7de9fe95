/**
 * What the pages render only under `import.meta.env.DEV` (the selection
 * helper of `npm run dev`) never reaches `npm run build`, whatever it is
 * called: the dev-only components are found in the pages' source, and their
 * traces (the script they load, the words of that script) are looked for in
 * dist/ — and, so the search cannot pass by looking for the wrong thing, in
 * what the dev server serves, where they must be. That the helper does its
 * job in development is tests/browser/annotate-selection.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist';
import { startDevServer, type DevServer } from '../support/dev-server';
import { briefId, distDir, projectRoot } from '../support/site';

const srcDir = join(projectRoot, 'src');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts|mjs|js|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));

/** Each component a page renders only in development (`import.meta.env.DEV && <Name … />`), as a file. */
function devOnlyComponents(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(join(srcDir, 'pages')).filter((path) => path.endsWith('.astro'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, name] of text.matchAll(/import\.meta\.env\.DEV\s*&&\s*<([A-Z]\w*)/g)) {
      const from = new RegExp(`import\\s+${name}\\s+from\\s+['"]([^'"]+)['"]`).exec(text);
      if (!from) throw new Error(`${relative(projectRoot, file)} renders <${name}> in development but does not import it`);
      found.add(resolve(dirname(file), from[1]!));
    }
  }
  return [...found];
}

/** The project's scripts a component loads (`src/scripts/….ts`, served from source by the dev server). */
const scriptsOf = (component: string) => [...readFileSync(component, 'utf8').matchAll(/src\/scripts\/[\w./-]+\.ts/g)].map((match) => match[0]);

/** The string literals of a script (the static parts of template literals too), at least 12 characters long; comments left out. */
function literals(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [...text.matchAll(/'((?:[^'\\\n]|\\.){12,})'|"((?:[^"\\\n]|\\.){12,})"|`((?:[^`\\$]|\\.|\$(?!\{)){12,})(?:`|\$\{)/g)];
  return found.map((match) => (match[1] ?? match[2] ?? match[3])!).filter((literal) => !/\\/.test(literal));
}

const components = devOnlyComponents();
const scripts = [...new Set(components.flatMap(scriptsOf))];
const ownFiles = new Set([...components, ...scripts.map((script) => join(projectRoot, script))]);
const elsewhere = sourceFiles(srcDir)
  .filter((file) => !ownFiles.has(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
/** The words only the dev-only scripts hold: in a built file, they could only have come from them. */
const scriptWords = scripts.flatMap((script) => literals(readFileSync(join(projectRoot, script), 'utf8')).filter((literal) => !elsewhere.includes(literal)));

describe('what only development shows', () => {
  it('is found in the pages: at least one component rendered only in development, loading a script of its own with words of its own', () => {
    expect(components.length).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scriptWords.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves no trace in dist/: neither its script nor any of that script’s own words, in any file or file name', () => {
    const traces = [...scripts, ...scripts.map((script) => script.replace(/^src\/scripts\//, '').replace(/\.ts$/, '')), ...scriptWords];
    const found = listFiles(distDir).flatMap((file) => {
      const text = readFileSync(join(distDir, file), 'latin1');
      return traces.filter((trace) => file.includes(trace) || text.includes(trace)).map((trace) => `${file}: ${trace}`);
    });
    expect(found).toEqual([]);
  });

  describe('in the dev server', () => {
    let server: DevServer;
    beforeAll(async () => {
      server = await startDevServer({ READER_CONTENT_DIR: join(projectRoot, 'content'), READER_CACHE_DIR: mkdtempSync(join(tmpdir(), 'reader-dev-cache-')) });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('is on the reading view: the page loads its script, and the script served holds the words looked for above', async () => {
      const html = await (await fetch(`${server.url}${briefId}/`)).text();
      for (const script of scripts) {
        expect(html, script).toContain(`/${script}`);
        const served = await (await fetch(`${server.url}${script}`)).text();
        const words = scriptWords.filter((word) => served.includes(word));
        expect(words.length, script).toBeGreaterThan(0);
      }
    });
  });
});
