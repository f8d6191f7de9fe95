/**
 * The import graph of src/, read statically from the source text, for the
 * tests that keep imports running one way (module-graph.test.ts) and keep
 * what src/ imports in package.json's dependencies (dependencies.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { projectRoot } from './site';

/** One import: what it names, and whether it is erased at run time (`import type`). */
export interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
}

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
const RESOLVE_ENDINGS = ['', '.ts', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.mjs'];

// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')` and
// tsx's `tsImport('x', …)` (how the build loads the TypeScript content check);
// the optional `type` keyword marks an import that TypeScript erases.
const STATIC_IMPORT = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[\w*${}\s,]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
// An Astro page's `<script src="../scripts/x.ts">`, which Astro bundles like an import.
const SCRIPT_SOURCE = /<script\b[^>]*\ssrc="(\.[^"]+)"/g;
const DYNAMIC_IMPORT = /\b(?:import|tsImport)\(\s*['"]([^'"\n]+)['"]\s*[,)]/g;

function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, found);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The imports written in one source file (comments removed first, so examples in prose do not count). */
export function importsOf(text: string): ImportEdge[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  const edges: ImportEdge[] = [];
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const clause = match[0];
    const typeOnly = Boolean(match[2]) || /^\s*[;\n}]?\s*(import|export)\s*\{\s*(type\s+[\w$]+\s*(as\s+[\w$]+\s*)?,?\s*)+\}/.test(clause);
    edges.push({ specifier: match[3]!, typeOnly });
  }
  for (const match of code.matchAll(DYNAMIC_IMPORT)) edges.push({ specifier: match[1]!, typeOnly: false });
  for (const match of text.matchAll(SCRIPT_SOURCE)) edges.push({ specifier: match[1]!, typeOnly: false });
  return edges;
}

/** A relative specifier's file, or undefined when it names no file of src/. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const ending of RESOLVE_ENDINGS) {
    const candidate = base + ending;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface SourceGraph {
  /** Every source file of src/, as a path from the project root. */
  files: string[];
  /** File → files it imports (type-only imports included: they are dependencies between files too). */
  local: Map<string, { file: string; typeOnly: boolean }[]>;
  /** File → bare specifiers (packages, `node:` modules, `astro:` virtual modules). */
  external: Map<string, ImportEdge[]>;
}

export function readSourceGraph(root = projectRoot, extraFiles: string[] = []): SourceGraph {
  const files = [...sourceFiles(join(root, 'src')).map((path) => relative(root, path)).sort(), ...extraFiles];
  const local = new Map<string, { file: string; typeOnly: boolean }[]>();
  const external = new Map<string, ImportEdge[]>();
  for (const file of files) {
    const edges = importsOf(readFileSync(join(root, file), 'utf8'));
    local.set(file, []);
    external.set(file, []);
    for (const edge of edges) {
      if (edge.specifier.startsWith('.')) {
        const target = resolveRelative(join(root, file), edge.specifier);
        if (target) local.get(file)!.push({ file: relative(root, target), typeOnly: edge.typeOnly });
      } else {
        external.get(file)!.push(edge);
      }
    }
  }
  return { files, local, external };
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined for Node's own and virtual modules. */
export function packageOf(specifier: string): string | undefined {
  if (isNodeBuiltin(specifier) || /^[a-z]+:/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || isBuiltin(specifier);
}

/** Strongly connected components of more than one node, or a node importing itself: the cycles of a graph. */
export function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const lowOf = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    indexOf.set(node, index);
    lowOf.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        lowOf.set(node, Math.min(lowOf.get(node)!, lowOf.get(next)!));
      } else if (onStack.has(next)) {
        lowOf.set(node, Math.min(lowOf.get(node)!, indexOf.get(next)!));
      }
    }
    if (lowOf.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return cycles;
}
