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
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { contentLayout } from '../content/content-dir.mjs';
import { checkLibrary, type BriefSource } from '../content/link-graph';
import { rehypePlugins, remarkPlugins } from '../render/plugins';
import { MARKDOWN_OPTIONS } from '../render/markdown-preset.mjs';
import { glossaryProblems } from '../content/glossary';
import { glossaryEntrySchema, type GlossaryEntry } from '../content/glossary-schema';
import { PARSE_FOR_EDITORS, annotationsSchema, briefSchema, claimSchema, referenceSchema, topicSchema, type Claim, type Reference, type Topic } from '../content/schema';
import { Problem, sortProblems, type YamlPath } from '../content/problem';
import { placeProblem, positionOf, readContent, type ContentFiles, type YamlSource } from '../content/read-content';

export type { Problem } from '../content/problem';
export { formatProblem } from '../content/problem';

export interface CheckOptions {
  /**
   * Runs a brief's anchoring, or skips it when it passed before with the
   * same key (the build's step cache, src/lib/site/step-cache.mjs): the key holds
   * everything the anchoring reads, the brief's text and claims.
   */
  anchoring?: (key: string, anchor: () => Promise<Problem[]>) => Promise<Problem[]>;
  /** Receives the content as read, before it is checked (the build hands it to Astro's loaders: content-handover.ts). */
  onRead?: (content: ContentFiles) => void;
}

/** Every problem of the content under `contentDir`, in file and line order; none when all is well. */
export async function checkContent(contentDir: string, options: CheckOptions = {}): Promise<Problem[]> {
  const content = readContent(contentDir);
  options.onRead?.(content);
  const problems = [...content.problems];
  const sources = new Map<string, YamlSource>();
  const claimPositions = new Map<string, number[]>();
  /** A problem that names a YAML node, placed in its file (claims counted as the file lists them). */
  const place = (problem: Problem) => {
    const positions = problem.file === undefined ? undefined : claimPositions.get(problem.file);
    problems.push(placeProblem(problem.with({ at: inFile(problem.at, positions), also: inFile(problem.also, positions) }), sources));
  };

  const references = checkEntries(content.references, referenceSchema, 'reference', problems);
  const topics = checkEntries(content.topics, topicSchema, 'topic', problems);
  if (content.references) sources.set(content.references.file, content.references);
  if (content.topics) sources.set(content.topics.file, content.topics);
  if (content.glossary) {
    sources.set(content.glossary.file, content.glossary);
    const glossary = checkEntries(content.glossary, glossaryEntrySchema, 'term', problems);
    glossaryProblems(glossary.entries, content.glossary.file).forEach(place);
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

  const isConsequence = (problem: Problem) =>
    problem.missing !== undefined &&
    (unsure[problem.missing.kind] ||
      (problem.missing.kind === 'claim' && brokenClaimIds.has(`${problem.file}#${problem.missing.id}`)) ||
      (problem.missing.kind === 'listed-reference' && briefsWithBrokenFrontmatter.has(problem.file ?? '')));
  checkLibrary({
    referencesFile: content.references?.file ?? contentLayout(contentDir).references,
    topicsFile: content.topics?.file ?? contentLayout(contentDir).topics,
    references: references.entries,
    topics: topics.entries,
    briefs,
  })
    .filter((problem) => !isConsequence(problem))
    .forEach(place);
  const anchoring = options.anchoring ?? ((_key, anchor) => anchor());
  for (const brief of briefs) {
    const key = JSON.stringify([brief.id, brief.file, brief.annotationsFile, brief.body, brief.claims]);
    (await anchoring(key, () => anchorProblems(brief))).forEach(place);
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
    problems.push(new Problem({ file: source.file, ruleId: 'not-a-list', line: 1, column: 1, message: `must be a list of ${noun} entries, each starting with "- id:"`, hint: 'see the first entries of the file in the repository for the form' }));
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
  problems.push(
    new Problem({
      file: source.file,
      ruleId: 'schema',
      ...positionOf(source, at),
      item,
      message: field.length > 0 ? `${field.join('.')}: ${message}` : message,
      hint: 'the fields and their rules are documented in src/lib/content/schema.ts',
    }),
  );
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
 * with, in one run: its plugins report every problem they find (vfile
 * messages, `content/problem.ts`) and the pipeline hands them over. A claim's
 * problem names a field of the claims given (`at`), counted here as the
 * brief lists them; `place` then counts them as the file does.
 */
async function anchorProblems(brief: BriefSource): Promise<Problem[]> {
  const firstOfEachId = new Map<string, Claim>();
  for (const claim of brief.claims) if (!firstOfEachId.has(claim.id)) firstOfEachId.set(claim.id, claim);
  const claims = [...firstOfEachId.values()];
  const indexOf = new Map(brief.claims.map((claim, index) => [claim.id, index] as const).reverse());

  let reported: Problem[] = [];
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file: brief.file }),
    rehypePlugins: rehypePlugins({
      file: brief.file,
      claims: { claims, annotationsFile: brief.annotationsFile },
      onProblems: (problems) => {
        reported = problems;
      },
    }),
  });
  await processor.render(brief.body);
  const inMarkdown = reported.filter((problem) => problem.file === brief.file);
  // Raw HTML drops its text from the rendered brief: a quote near it would be
  // reported missing for a reason the Markdown's own problem already gives.
  if (inMarkdown.length > 0) return inMarkdown;
  return reported.map((problem) => {
    const [, given, ...field] = problem.at ?? [];
    const claim = typeof given === 'number' ? claims[given] : undefined;
    return claim ? problem.with({ at: ['claims', indexOf.get(claim.id)!, ...field] }) : problem;
  });
}
