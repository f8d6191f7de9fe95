/**
 * Imports run one way: no file of src/ reaches itself through its imports, no
 * folder does (the stages of src/lib, and src/cli, src/integrations,
 * src/scripts, src/components, src/pages …), and browser code (src/scripts,
 * src/lib/reading) never reaches a module of Node's own.
 */
import { describe, expect, it } from 'vitest';
import { cyclesOf, isNodeBuiltin, readSourceGraph } from '../support/module-graph';

const graph = readSourceGraph();

/** The folder a file belongs to: a stage of src/lib (`src/lib/render`), else src/'s own folder (`src/cli`). */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[1] === 'lib') return parts.length > 3 ? parts.slice(0, 3).join('/') : 'src/lib';
  return parts.length > 2 ? parts.slice(0, 2).join('/') : 'src';
}

const isBrowserCode = (file: string) => file.startsWith('src/scripts/') || file.startsWith('src/lib/reading/');

describe('the import graph of src/', () => {
  it('is read: files found and imports resolved', () => {
    expect(graph.files.length).toBeGreaterThan(50);
    const resolved = [...graph.local.values()].reduce((sum, edges) => sum + edges.length, 0);
    expect(resolved).toBeGreaterThan(100);
    expect(graph.files.some(isBrowserCode)).toBe(true);
    // Astro pages reach their browser scripts through <script src> and <script> imports.
    const astroToBrowser = [...graph.local].some(([file, edges]) => file.endsWith('.astro') && edges.some((edge) => isBrowserCode(edge.file)));
    expect(astroToBrowser).toBe(true);
  });

  it('has no cycle between files', () => {
    const files = new Map([...graph.local].map(([file, edges]) => [file, new Set(edges.map((edge) => edge.file))]));
    expect(cyclesOf(files)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, edges] of graph.local) {
      const from = folderOf(file);
      if (!folders.has(from)) folders.set(from, new Set());
      for (const edge of edges) if (folderOf(edge.file) !== from) folders.get(from)!.add(folderOf(edge.file));
    }
    expect(folders.size).toBeGreaterThan(8);
    expect(cyclesOf(folders)).toEqual([]);
  });

  it('keeps browser code away from Node’s own modules, however far it imports', () => {
    const reachesNode: string[] = [];
    for (const start of graph.files.filter(isBrowserCode)) {
      // Only imports that survive compilation: `import type` is erased and loads nothing.
      const seen = new Set([start]);
      const path = new Map<string, string[]>([[start, [start]]]);
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift()!;
        for (const edge of graph.external.get(file) ?? []) {
          if (!edge.typeOnly && isNodeBuiltin(edge.specifier)) reachesNode.push(`${[...path.get(file)!].join(' → ')} → ${edge.specifier}`);
        }
        for (const edge of graph.local.get(file) ?? []) {
          if (edge.typeOnly || seen.has(edge.file)) continue;
          seen.add(edge.file);
          path.set(edge.file, [...path.get(file)!, edge.file]);
          queue.push(edge.file);
        }
      }
    }
    expect(reachesNode).toEqual([]);
  });
});
