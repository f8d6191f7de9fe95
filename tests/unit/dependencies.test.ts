/**
 * What the site and the editors' tools load at build or run time is in
 * package.json's `dependencies`, so an install without devDependencies
 * (`npm ci --omit=dev`) still builds the site and runs the tools; and nothing
 * in src/ loads a package package.json does not declare at all. `import type`
 * loads nothing and is left out (type packages such as @types/hast stay
 * devDependencies).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageOf, readSourceGraph } from '../support/module-graph';
import { projectRoot } from '../support/site';

interface Manifest {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as Manifest;
const graph = readSourceGraph(projectRoot, ['astro.config.mjs']);

// The npm scripts a host or an editor runs; the others (test, bench,
// screenshots) are the developers' and may use devDependencies.
const RUN_TIME_SCRIPTS = ['dev', 'build', 'start', 'check', 'new-brief', 'reanchor'];

/** The files the run-time scripts start from: the site's own (Astro's config, pages, content config) and the scripts' files. */
function runTimeEntries(): string[] {
  const named = RUN_TIME_SCRIPTS.flatMap((script) => manifest.scripts[script]?.match(/src\/\S+\.(?:mjs|ts)/g) ?? []);
  const site = graph.files.filter((file) => file === 'astro.config.mjs' || file === 'src/content.config.ts' || file.startsWith('src/pages/'));
  return [...new Set([...site, ...named])];
}

/** Every file reached from `entries` by imports that load something. */
function reachedFrom(entries: string[]): Set<string> {
  const reached = new Set(entries);
  const queue = [...entries];
  while (queue.length > 0) {
    for (const edge of graph.local.get(queue.shift()!) ?? []) {
      if (edge.typeOnly || reached.has(edge.file)) continue;
      reached.add(edge.file);
      queue.push(edge.file);
    }
  }
  return reached;
}

/** Every package the given files load, with the files that load it. */
function packagesLoadedBy(files: Iterable<string>): Map<string, string[]> {
  const loaded = new Map<string, string[]>();
  for (const file of files) {
    for (const edge of graph.external.get(file) ?? []) {
      const name = edge.typeOnly ? undefined : packageOf(edge.specifier);
      if (name) loaded.set(name, [...(loaded.get(name) ?? []), file]);
    }
  }
  return loaded;
}

const describeEach = (loaded: Map<string, string[]>, keep: (name: string) => boolean) =>
  [...loaded].filter(([name]) => keep(name)).map(([name, files]) => `${name} (${[...new Set(files)].join(', ')})`);

describe('the packages src/ imports', () => {
  const runTime = reachedFrom(runTimeEntries());

  it('are found, from the run-time scripts’ files and the site’s', () => {
    expect(runTime.has('src/cli/build.mjs')).toBe(true);
    expect(runTime.has('src/lib/content-check/check-content.ts')).toBe(true);
    expect(packagesLoadedBy(runTime).has('astro')).toBe(true);
  });

  it('are dependencies when the site or an editors’ tool loads them', () => {
    expect(describeEach(packagesLoadedBy(runTime), (name) => !(name in manifest.dependencies))).toEqual([]);
  });

  it('are all declared in package.json', () => {
    const declared = (name: string) => name in manifest.dependencies || name in manifest.devDependencies;
    expect(describeEach(packagesLoadedBy(graph.files), (name) => !declared(name))).toEqual([]);
  });
});
