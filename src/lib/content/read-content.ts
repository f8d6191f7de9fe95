/**
 * Reads `content/` from disk, strictly, without Astro: the one reader behind
 * both the content check and the Astro collections (`content-loaders.ts`).
 *
 * - Files must be UTF-8 (a byte-order mark and CRLF line endings are fine).
 * - A symbolic link is followed only when it stays inside `content/`.
 * - Brief folders are named like ids and never like a path the build writes.
 * - YAML is parsed with the `yaml` package, duplicate keys refused, every
 *   syntax error reported with its line and column.
 * - Limits, each refused by name with its place: a file larger than
 *   MAX_CONTENT_FILE_BYTES or holding a NUL byte (a binary file), YAML
 *   aliases that expand past MAX_YAML_ALIASES uses ("billion laughs"), and
 *   YAML nested deeper than MAX_YAML_DEPTH.
 *
 * Nothing here throws on bad content: every problem is returned, so one run
 * can report them all.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { contentLayout } from './content-dir.mjs';
import { briefFolderProblem } from './link-graph';
import { Problem, type YamlPath } from './problem';
import { PARSE_FOR_EDITORS } from './schema';

/**
 * The largest content file read: the longest brief is about 40 KB and a
 * library's references.yaml at 1,000 briefs about 1 MB, so 8 MB leaves room
 * and still stops a stray export or binary before it is parsed.
 */
export const MAX_CONTENT_FILE_BYTES = 8 * 1024 * 1024;
/** Alias uses a YAML document may expand: enough for any hand-written file, far below a resource-exhaustion one. */
export const MAX_YAML_ALIASES = 100;
/** How deep YAML may nest: the deepest content is five levels (claims → claim → evidence → item → field). */
export const MAX_YAML_DEPTH = 32;

/**
 * A parsed YAML document with what it takes to point at its lines: its text,
 * parsed again only when a problem must be placed (`positionOf`). Keeping
 * every file's syntax tree instead took about 0.26 MB a brief, which at
 * 1,000 briefs was a third of what the content check held (README, "Scale").
 */
export interface YamlSource {
  file: string;
  /** The document's own text (a frontmatter without its `---` lines). */
  text: string;
  /** Lines of the file before the document (the frontmatter's opening `---`). */
  lineOffset: number;
  /** The document as plain data; `undefined` when it did not parse. */
  value: unknown;
  /** Whether it parsed without a problem. */
  parsed: boolean;
}

export interface BriefFiles {
  /** The folder name: the brief's id. */
  id: string;
  /** `brief.md`, where it was read. */
  brief?: { file: string; frontmatter: YamlSource; body: string; text: string };
  annotations?: YamlSource;
  /** Where the two files are, whether read or not, for messages. */
  briefFile: string;
  annotationsFile: string;
}

export interface ContentFiles {
  references?: YamlSource;
  topics?: YamlSource;
  /** `glossary.yaml`, when the library has one. */
  glossary?: YamlSource;
  briefs: BriefFiles[];
  problems: Problem[];
}

export function readContent(contentDir: string): ContentFiles {
  const problems: Problem[] = [];
  const content: ContentFiles = { briefs: [], problems };
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    problems.push(new Problem({ ruleId: 'content-folder-missing', file: contentDir, line: 1, column: 1, message: 'the content folder does not exist', hint: 'run from the project folder, or set READER_CONTENT_DIR' }));
    return content;
  }
  checkLinks(contentDir, root, problems);

  const layout = contentLayout(contentDir);
  content.references = readYamlFile(layout.references, root, problems);
  content.topics = readYamlFile(layout.topics, root, problems);
  if (existsSync(layout.glossary)) content.glossary = readYamlFile(layout.glossary, root, problems);

  const briefsDir = layout.briefs;
  const folders = listFolder(briefsDir);
  if (folders.length === 0) {
    problems.push(new Problem({ ruleId: 'no-brief', file: briefsDir, line: 1, column: 1, message: 'there is no brief', hint: 'add a folder briefs/<brief-id>/ with brief.md and annotations.yaml' }));
  }
  for (const name of folders) {
    const { dir: folder, brief: briefFile, annotations: annotationsFile } = layout.brief(name);
    if (!isInside(folder, root) || !statSync(folder).isDirectory()) continue;
    const brief: BriefFiles = { id: name, briefFile, annotationsFile };
    const folderProblem = briefFolderProblem(name);
    if (folderProblem) {
      problems.push(new Problem({ ruleId: 'brief-folder-name', file: folder, line: 1, column: 1, message: folderProblem.problem, hint: folderProblem.hint }));
      continue;
    }
    const text = readText(brief.briefFile, root, problems);
    if (text !== undefined) brief.brief = splitBrief(brief.briefFile, text, problems);
    brief.annotations = readYamlFile(brief.annotationsFile, root, problems);
    content.briefs.push(brief);
  }
  return content;
}

/** A source's syntax tree, parsed again on demand and kept while its source is (a file with problems is placed once). */
const syntaxTrees = new WeakMap<YamlSource, { document: Document; lineCounter: LineCounter }>();

function syntaxTree(source: YamlSource): { document: Document; lineCounter: LineCounter } {
  let tree = syntaxTrees.get(source);
  if (!tree) {
    const lineCounter = new LineCounter();
    tree = { document: parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }), lineCounter };
    syntaxTrees.set(source, tree);
  }
  return tree;
}

/**
 * One YAML file of the content, read and checked as the build reads and
 * checks it, for the editors' tools (`new-brief`, `reanchor`): the same
 * reader (UTF-8, limits, strict YAML) and the same schema, so a bad file gets
 * the same named error, with its place, as the build gives. `noun` names an
 * entry in a problem (`claim "kp-talks"`, `reference 3`).
 */
export function readCheckedYaml<T>(
  file: string,
  contentRoot: string,
  schema: z.ZodType<T>,
  noun: string,
): { value: T; text: string; problems: [] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  let root: string;
  try {
    root = realpathSync(contentRoot);
  } catch {
    return { problems: [new Problem({ ruleId: 'content-folder-missing', file: contentRoot, line: 1, column: 1, message: 'the content folder does not exist', hint: 'run from the project folder, or set READER_CONTENT_DIR' })] };
  }
  if (!isInside(file, root)) {
    return { problems: [new Problem({ ruleId: 'outside-content', file, line: 1, column: 1, message: `is outside the content folder ${contentRoot}`, hint: 'the editors\' tools read and write only inside content/' })] };
  }
  const text = readText(file, root, problems);
  if (text === undefined) return { problems };
  const source = parseYaml(file, text, 0, problems);
  if (!source.parsed) return { problems };
  const result = schema.safeParse(source.value ?? {}, PARSE_FOR_EDITORS);
  if (result.success) return { value: result.data, text, problems: [] };
  for (const issue of result.error.issues) {
    const path: YamlPath = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const entry = path.findLastIndex((key) => typeof key === 'number');
    const item = entry === -1 ? undefined : itemName(noun, source.value, path.slice(0, entry + 1));
    const field = path.slice(entry + 1);
    problems.push(
      new Problem({
        file,
        // The rule id and the words of the content check's schema problems (content-check/check-content.ts).
        ruleId: 'schema',
        ...positionOf(source, path),
        item,
        message: field.length > 0 ? `${field.join('.')}: ${issue.message}` : issue.message,
        hint: 'the fields and their rules are documented in src/lib/content/schema.ts',
      }),
    );
  }
  return { problems };
}

/** An entry named by its id where it has one (`claim "kp-talks"`), else by its place in the list (`claim 3`). */
function itemName(noun: string, value: unknown, path: YamlPath): string {
  let entry: unknown = value;
  for (const key of path) entry = (entry as Record<string | number, unknown> | null | undefined)?.[key];
  const id = (entry as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? `${noun} "${id}"` : `${noun} ${Number(path[path.length - 1]) + 1}`;
}

/** The line and column of a YAML node, or of its nearest ancestor that exists. 1-based. */
export function positionOf(source: YamlSource, path: YamlPath): { line: number; column: number } {
  const { document, lineCounter } = syntaxTree(source);
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line: line + source.lineOffset, column: col };
    }
  }
  return { line: 1 + source.lineOffset, column: 1 };
}

/**
 * A problem placed in its file: the line and column of the YAML node it names
 * (`at`), and the line of the other node it names (`also`), where the source
 * is known; a problem already placed (Markdown, YAML syntax) stays as it is.
 */
export function placeProblem(problem: Problem, sources: Map<string, YamlSource>): Problem {
  const source = problem.file === undefined ? undefined : sources.get(problem.file);
  const position = problem.line !== undefined ? { line: problem.line, column: problem.column ?? 1 } : source && problem.at ? positionOf(source, problem.at) : { line: 1, column: 1 };
  let message = problem.reason;
  if (source && problem.also) message += ` (the first is at line ${positionOf(source, problem.also).line})`;
  return problem.with({ ...position, message, at: undefined, also: undefined });
}

function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Whether `path`, links resolved, lies inside `root` (itself resolved). */
function isInside(path: string, root: string): boolean {
  try {
    const real = realpathSync(path);
    return real === root || real.startsWith(root + sep);
  } catch {
    return false;
  }
}

/** Every symbolic link under `content/` must point inside it. */
function checkLinks(dir: string, root: string, problems: Problem[]): void {
  for (const name of listFolder(dir)) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      if (!isInside(path, root)) {
        let target = '(a missing file)';
        try {
          target = realpathSync(path);
        } catch {
          // A dangling link: said as such.
        }
        problems.push(new Problem({
          ruleId: 'link-outside-content',
          file: path,
          line: 1,
          column: 1,
          message: `is a symbolic link to ${target}, outside the content folder`,
          hint: 'copy the file into content/ instead: the build publishes only what content/ holds',
        }));
      }
      continue;
    }
    if (stats.isDirectory()) checkLinks(path, root, problems);
  }
}

/**
 * A file's text, if it is UTF-8: without a byte-order mark, with LF line
 * endings. A missing file, one outside `content/` or one that is not UTF-8
 * is reported and gives `undefined`.
 */
export function readText(file: string, root: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    problems.push(new Problem({ ruleId: 'file-unreadable', file, line: 1, column: 1, message: 'the file is missing or cannot be read', hint: 'create it, or check its permissions' }));
    return undefined;
  }
  if (!isInside(file, root)) return undefined; // reported by checkLinks
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  return decoded.text;
}

/**
 * A file's bytes as text, or the problem that stops them being read: more
 * than MAX_CONTENT_FILE_BYTES, not UTF-8, or holding a NUL byte (a binary
 * file). The one rule for every tool that reads text an editor gives it
 * (the build, `new-brief`, `reanchor`).
 */
export function decodeText(file: string, bytes: Buffer): { text: string } | { problem: Problem } {
  const at = (offset: number) => {
    const lines = bytes.subarray(0, offset).toString('utf8').split('\n');
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  };
  if (bytes.length > MAX_CONTENT_FILE_BYTES) {
    return {
      problem: new Problem({
        ruleId: 'file-too-large',
        file,
        line: 1,
        column: 1,
        message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB a content file may be`,
        hint: 'check that it is the right file (not an export or a binary); a long list can be split into several entries',
      }),
    };
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid !== undefined) {
    return {
      problem: new Problem({
        ruleId: 'not-utf8',
        file,
        ...at(invalid),
        message: `the file is not valid UTF-8: byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${invalid}`,
        hint: 'save the file as UTF-8 (it looks like another encoding, such as Latin-1 or Windows-1252)',
      }),
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      problem: new Problem({
        ruleId: 'binary-file',
        file,
        ...at(nul),
        message: 'the file holds a NUL byte: it looks like a binary file, not text',
        hint: "save the text as plain UTF-8 (Markdown or YAML), not in a word processor's or another program's format",
      }),
    };
  }
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629), or `undefined` when all is well. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined;
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return at;
    // The second byte's range narrows for E0, ED, F0 and F4 (no overlongs, no surrogates, nothing past U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let next = 1; next < length; next++) {
      const byte = bytes[at + next];
      if (byte === undefined) return at;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return at;
    }
    at += length;
  }
  return undefined;
}

function readYamlFile(file: string, root: string, problems: Problem[]): YamlSource | undefined {
  const text = readText(file, root, problems);
  return text === undefined ? undefined : parseYaml(file, text, 0, problems);
}

/** Parses YAML strictly: every error and warning is a problem with its line and column. */
export function parseYaml(file: string, text: string, lineOffset: number, problems: Problem[]): YamlSource {
  const lineCounter = new LineCounter();
  const source: YamlSource = { file, text, lineOffset, value: undefined, parsed: true };
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    // Thousands of nested brackets run the parser out of stack (a RangeError) before any depth check can count them.
    problems.push(new Problem({
      ruleId: error instanceof RangeError ? 'yaml-too-deep' : 'yaml-unreadable',
      file,
      line: 1 + lineOffset,
      column: 1,
      message: error instanceof RangeError ? `YAML: nested too deeply to read (far more than ${MAX_YAML_DEPTH} levels)` : `YAML: cannot be read: ${String(error)}`,
      hint: 'content files nest a few levels at most; check for runs of brackets or indentation',
    }));
    source.parsed = false;
    return source;
  }
  for (const error of [...document.errors, ...document.warnings]) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push(new Problem({
      ruleId: 'yaml-syntax',
      file,
      line: line + lineOffset,
      column: col,
      message: `YAML: ${error.message.split('\n')[0]}`,
      hint:
        error.code === 'DUPLICATE_KEY'
          ? 'a key may appear once in each entry; remove or rename the second'
          : 'check the quotes, brackets and indentation at this place (a value holding ": " or " #" needs quotes)',
    }));
    source.parsed = false;
  }
  if (!source.parsed) return source;
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // The yaml package throws (a ReferenceError) when aliases expand past the count; said here, at the first alias.
    const alias = /alias/i.test(String(error)) ? /(^|[\s\[{,:-])\*[^\s,\]}]+/.exec(text) : null;
    const { line, col } = lineCounter.linePos(alias ? alias.index + alias[1]!.length : 0);
    problems.push(new Problem({
      ruleId: 'yaml-aliases',
      file,
      line: line + lineOffset,
      column: col,
      message: alias
        ? `YAML: its aliases (*name) expand to more than ${MAX_YAML_ALIASES} copies, which is how a resource-exhaustion document ("billion laughs") looks`
        : `YAML: the document cannot be read as data: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      hint: alias ? 'write the values out in full; content files need no anchors (&name) or aliases (*name)' : 'check the quotes, brackets and indentation near the start of the file',
    }));
    source.parsed = false;
    return source;
  }
  const deep = firstTooDeep(value, []);
  if (deep) {
    const position = positionOf(source, deep);
    problems.push(new Problem({
      ruleId: 'yaml-too-deep',
      file,
      ...position,
      message: `YAML: nested more than ${MAX_YAML_DEPTH} levels deep`,
      hint: 'content files nest a few levels at most (claims, a claim, its evidence); check the brackets and indentation here',
    }));
    source.parsed = false;
    return source;
  }
  // Cloned: the strings `toJS` gives are built up piece by piece (V8 keeps them as trees of
  // pieces), about 0.5 MB a brief's annotations; a clone's strings are flat, about a tenth.
  source.value = structuredClone(value);
  return source;
}

/** The path of the first value nested deeper than MAX_YAML_DEPTH, or `undefined`. */
function firstTooDeep(value: unknown, path: YamlPath): YamlPath | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (path.length >= MAX_YAML_DEPTH) return path;
  for (const [key, item] of Object.entries(value)) {
    const found = firstTooDeep(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Splits `brief.md` into its frontmatter (parsed) and its body. The body
 * keeps a blank line for each line of the frontmatter, so positions in the
 * Markdown are positions in the file.
 */
function splitBrief(file: string, text: string, problems: Problem[]): BriefFiles['brief'] {
  const match = /^---\n([\s\S]*?\n)?---(?:\n|$)/.exec(text);
  if (!match) {
    problems.push(new Problem({ ruleId: 'frontmatter-missing', file, line: 1, column: 1, message: 'the brief has no frontmatter', hint: 'start the file with a line "---", the fields (title, summary, date, authorship, references), then "---"' }));
    const frontmatter = parseYaml(file, '{}', 0, []);
    return { file, frontmatter, body: text, text };
  }
  const frontmatter = parseYaml(file, match[1] ?? '', 1, problems);
  const lines = match[0].split('\n').length - 1;
  return { file, frontmatter, body: '\n'.repeat(lines) + text.slice(match[0].length), text };
}
