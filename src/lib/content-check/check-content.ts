/**
 * The content check: every file of `content/` read strictly, every schema,
 * every link and every quote's anchor, checked without building a page.
 * It collects every problem rather than stopping at the first.
 *
 * One implementation, two entry points: `npm run check` prints what it finds
 * (`src/cli/check.mjs`), and `npm run build` runs it before Astro starts
 * (`src/cli/build.mjs`), so a bad file can never be published, whatever
 * Astro's cache holds.
 */
import { createMarkdownProcessor, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { contentLayout } from '../content/content-dir.mjs';
import { ContentError, type YamlPath } from '../content/content-error';
import { checkLibrary, type BriefSource } from '../content/link-graph';
import { rehypePlugins, remarkPlugins } from '../render/plugins';
import { MARKDOWN_OPTIONS } from '../render/markdown-preset.mjs';
import { checkGlossary } from '../content/glossary';
import { glossaryEntrySchema, type GlossaryEntry } from '../content/glossary-schema';
import { PARSE_FOR_EDITORS, annotationsSchema, briefSchema, claimSchema, referenceSchema, topicSchema, type Claim, type Reference, type Topic } from '../content/schema';
import { sortProblems, type Problem } from '../content/problem';
import { positionOf, problemFrom, readContent, type YamlSource } from '../content/read-content';

export type { Problem } from '../content/problem';
export { formatProblem } from '../content/problem';

export interface CheckOptions {
  /**
   * Runs a brief's anchoring, or skips it when it passed before with the
   * same key (the build's step cache, src/lib/site/step-cache.mjs): the key holds
   * everything the anchoring reads, the brief's text and claims.
   */
  anchoring?: (key: string, anchor: () => Promise<ContentError[]>) => Promise<ContentError[]>;
}

/** Every problem of the content under `contentDir`, in file and line order; none when all is well. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<Problem[]> {
  const content = readContent(contentDir);
  const problems = [...content.problems];
  const sources = new Map<string, YamlSource>();
  const claimPositions = new Map<string, number[]>();
  const fromError = (error: ContentError) => {
    const positions = claimPositions.get(error.file);
    const placed = new ContentError({ ...error, file: error.file, problem: error.problem, at: inFile(error.at, positions), also: inFile(error.also, positions) });
    problems.push(problemFrom(placed, sources));
  };

  const references = checkEntries(content.references, referenceSchema, 'reference', problems);
  const topics = checkEntries(content.topics, topicSchema, 'topic', problems);
  if (content.references) sources.set(content.references.file, content.references);
  if (content.topics) sources.set(content.topics.file, content.topics);
  if (content.glossary) {
    sources.set(content.glossary.file, content.glossary);
    const glossary = checkEntries(content.glossary, glossaryEntrySchema, 'term', problems);
    try {
      checkGlossary(glossary.entries, content.glossary.file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      fromError(error);
    }
  }

  // What is left of a broken file still takes part, so one run finds every
  // problem; links into what is broken are not reported as dangling.
  const briefs: BriefSource[] = [];
  const unsure = { reference: !references.clean, 'listed-reference': false, topic: !topics.clean, claim: false };
  const brokenClaimIds = new Set<string>();
  const briefsWithBrokenFrontmatter = new Set<string>();
  for (const files of content.briefs) {
    if (files.annotations) sources.set(files.annotationsFile, files.annotations);
    if (!files.brief) continue;
    sources.set(files.briefFile, files.brief.frontmatter);
    let data = checkDocument(files.brief.frontmatter, briefSchema, () => ({ item: 'frontmatter' }), problems);
    if (!data) {
      briefsWithBrokenFrontmatter.add(files.annotationsFile);
      data = briefSchema.parse({ title: files.id, summary: 'The frontmatter did not read; checked without it.', date: '?', authorship: '?' });
    }
    const { claims, positions } = files.annotations ? checkClaims(files.annotations, problems, brokenClaimIds) : { claims: [], positions: [] };
    claimPositions.set(files.annotationsFile, positions);
    briefs.push({ id: files.id, file: files.briefFile, annotationsFile: files.annotationsFile, data, body: files.brief.body, claims });
  }

  const isConsequence = (error: ContentError) =>
    error.missing !== undefined &&
    (unsure[error.missing.kind] ||
      (error.missing.kind === 'claim' && brokenClaimIds.has(`${error.file}#${error.missing.id}`)) ||
      (error.missing.kind === 'listed-reference' && briefsWithBrokenFrontmatter.has(error.file)));
  checkLibrary({
    referencesFile: content.references?.file ?? contentLayout(contentDir).references,
    topicsFile: content.topics?.file ?? contentLayout(contentDir).topics,
    references: references.entries,
    topics: topics.entries,
    briefs,
  })
    .filter((error) => !isConsequence(error))
    .forEach(fromError);
  const anchoring = options.anchoring ?? ((_key, anchor) => anchor());
  for (const brief of briefs) {
    const key = JSON.stringify([brief.id, brief.file, brief.annotationsFile, brief.body, brief.claims]);
    (await anchoring(key, () => anchorProblems(brief))).forEach(fromError);
  }

  return sortProblems(problems);
}

/** A list of entries (references, topics, glossary terms), each checked alone so the good ones still count. */
function checkEntries<T extends Reference | Topic | GlossaryEntry>(
  source: YamlSource | undefined,
  schema: z.ZodType<T>,
  noun: string,
  problems: Problem[],
): { entries: T[]; clean: boolean } {
  if (!source?.parsed) return { entries: [], clean: false };
  if (!Array.isArray(source.value)) {
    problems.push({ file: source.file, line: 1, column: 1, message: `must be a list of ${noun} entries, each starting with "- id:"`, hint: 'see the first entries of the file in the repository for the form' });
    return { entries: [], clean: false };
  }
  const entries: T[] = [];
  let clean = true;
  for (const [index, entry] of source.value.entries()) {
    const result = schema.safeParse(entry, PARSE_FOR_EDITORS);
    if (result.success) {
      entries.push(result.data);
      continue;
    }
    clean = false;
    const id = (entry as { id?: unknown } | null)?.id;
    const item = typeof id === 'string' ? `${noun} "${id}"` : `${noun} ${index + 1}`;
    for (const issue of result.error.issues) issueProblem(source, [index, ...yamlPath(issue.path)], item, yamlPath(issue.path), issue.message, problems);
  }
  return { entries, clean };
}

/**
 * The annotations against their schema, every issue reported; the claims
 * that pass are returned, and the ids of those that do not are noted in
 * `brokenIds` (as `<file>#<id>`).
 */
function checkClaims(source: YamlSource, problems: Problem[], brokenIds: Set<string>): { claims: Claim[]; positions: number[] } {
  const whole = checkDocument(source, annotationsSchema, claimItem(source), problems);
  if (whole) return { claims: whole.claims, positions: whole.claims.map((_, index) => index) };
  const listed = (source.value as { claims?: unknown } | null | undefined)?.claims;
  const kept: { claims: Claim[]; positions: number[] } = { claims: [], positions: [] };
  if (!Array.isArray(listed)) return kept;
  for (const [index, entry] of listed.entries()) {
    const result = claimSchema.safeParse(entry);
    if (result.success) {
      kept.claims.push(result.data);
      kept.positions.push(index);
      continue;
    }
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string') brokenIds.add(`${source.file}#${id}`);
  }
  return kept;
}

/** A path into the claims kept, turned into a path into the file: `positions[i]` is where kept claim `i` stands. */
function inFile(path: YamlPath | undefined, positions: number[] | undefined): YamlPath | undefined {
  if (!path || !positions || path[0] !== 'claims' || typeof path[1] !== 'number') return path;
  return ['claims', positions[path[1]] ?? path[1], ...path.slice(2)];
}

/** A whole document against its schema: every issue reported, the data returned when there is none. */
function checkDocument<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  itemOf: (path: YamlPath) => { item?: string; rest?: YamlPath },
  problems: Problem[],
): T | undefined {
  if (!source.parsed) return undefined;
  const result = schema.safeParse(source.value ?? {}, PARSE_FOR_EDITORS);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = yamlPath(issue.path);
    const { item, rest = path } = itemOf(path);
    issueProblem(source, path, item, rest, issue.message, problems);
  }
  return undefined;
}

/** A Zod issue's path as a path into the YAML, whose keys are never symbols. */
function yamlPath(path: readonly PropertyKey[]): YamlPath {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

function issueProblem(source: YamlSource, at: YamlPath, item: string | undefined, field: YamlPath, message: string, problems: Problem[]): void {
  problems.push({
    file: source.file,
    ...positionOf(source, at),
    item,
    message: field.length > 0 ? `${field.join('.')}: ${message}` : message,
    hint: 'the fields and their rules are documented in src/lib/content/schema.ts',
  });
}

/** Names a claim by its id where it has one: `claim "kp-x"` and the field within it. */
function claimItem(source: YamlSource) {
  return (path: YamlPath): { item?: string; rest?: YamlPath } => {
    if (path[0] !== 'claims' || typeof path[1] !== 'number') return {};
    const claims = (source.value as { claims?: unknown[] } | null)?.claims;
    const id = (claims?.[path[1]] as { id?: unknown } | undefined)?.id;
    return { item: typeof id === 'string' ? `claim "${id}"` : `claim ${path[1] + 1}`, rest: path.slice(2) };
  };
}

/**
 * Anchors the brief's claims with the very pipeline the build renders it
 * with. The anchoring stops at its first problem, so each claim it names is
 * set aside and the rest anchored again, until all that are left fit.
 */
async function anchorProblems(brief: BriefSource): Promise<ContentError[]> {
  const problems: ContentError[] = [];
  const firstOfEachId = new Map<string, Claim>();
  for (const claim of brief.claims) if (!firstOfEachId.has(claim.id)) firstOfEachId.set(claim.id, claim);
  let claims = [...firstOfEachId.values()];
  const indexOf = new Map(brief.claims.map((claim, index) => [claim.id, index] as const).reverse());

  while (true) {
    const caught: ContentError[] = [];
    const processor = await createMarkdownProcessor({
      ...MARKDOWN_OPTIONS,
      remarkPlugins: catching(remarkPlugins({ file: brief.file }), caught),
      rehypePlugins: catching(rehypePlugins({ file: brief.file, claims: { claims, annotationsFile: brief.annotationsFile } }), caught),
    });
    await processor.render(brief.body);
    const error = caught[0];
    if (!error) return problems;
    const id = /^claim "(.*)"$/.exec(error.item ?? '')?.[1];
    const index = id === undefined ? undefined : indexOf.get(id);
    if (error.file !== brief.annotationsFile || index === undefined) {
      // A problem in the Markdown itself: nothing more can be anchored in it.
      problems.push(error);
      return problems;
    }
    const at = /\bid\b/.test(error.problem) ? ['claims', index, 'id'] : ['claims', index, 'quote', 'exact'];
    problems.push(new ContentError({ file: error.file, item: error.item, problem: error.problem, hint: error.hint, at }));
    claims = claims.filter((claim) => claim.id !== id);
  }
}

/**
 * The plugins, each made to hand its ContentError to `caught` instead of
 * throwing it: the Markdown processor would log a thrown error itself, under
 * `Failed to parse Markdown file "undefined"`, before the check could say it
 * once, cleanly. Once one is caught, the later plugins let the tree be.
 */
function catching<P extends RemarkPlugins | RehypePlugins>(plugins: P, caught: ContentError[]): P {
  return plugins.map((entry) => {
    const [plugin, options] = Array.isArray(entry) ? entry : [entry, undefined];
    function guarded(this: unknown, settings: unknown) {
      const transform = (plugin as (this: unknown, settings: unknown) => ((...args: unknown[]) => unknown) | undefined).call(this, settings);
      if (!transform) return undefined;
      return (...args: unknown[]) => {
        if (caught.length > 0) return undefined;
        try {
          return transform(...args);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          caught.push(error);
          return undefined;
        }
      };
    }
    return [guarded, options];
  }) as P;
}
