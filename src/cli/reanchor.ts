/**
 * `npm run reanchor -- --brief <brief-id> [--write] [--previous <file>]`:
 * after the brief's text has changed, finds each claim's quote again and
 * prints every change as a before/after diff; `--write` rewrites the quotes
 * in annotations.yaml, keeping everything else. A claim it cannot place
 * with confidence is reported and left as it was (with `--write`, marked by
 * a comment for the editor: never dropped), and the command exits 1.
 *
 * It writes only inside the content folder, after showing the diff, through
 * a temporary file renamed into place (safe-write.ts), keeping the file as
 * it was in annotations.yaml.bak.
 *
 * The text around each claim before the edit (which tells repeats apart
 * and weighs fuzzy matches) comes from `--previous`, or else from the brief
 * as last committed to git.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { diffWords } from 'diff';
import { anchorsInBuild, renderedText, splitFrontmatter } from '../lib/authoring/anchoring-text';
import { decodeText, readCheckedYaml } from '../lib/content/read-content';
import { contentDir, contentLayout } from '../lib/content/content-dir.mjs';
import { formatProblem } from '../lib/content/problem';
import { briefFolderProblem } from '../lib/content/link-graph';
import { OutsideContentError, writeContentFile } from '../lib/authoring/safe-write';
import { MIN_LEAD, QUOTE_SIMILARITY_THRESHOLD, QUOTE_SIMILARITY_WITHOUT_CONTEXT, reanchorClaims, SCORE_THRESHOLD, type ClaimToReanchor, type ReanchorOutcome } from '../lib/anchor/reanchor';
import { rewriteAnnotations } from '../lib/authoring/rewrite-annotations';
import { annotationsSchema, type Quote } from '../lib/content/schema';

function fail(problem: string, hint: string): never {
  console.error(`reanchor: ${problem}\n  Hint: ${hint}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { brief: { type: 'string' }, write: { type: 'boolean', default: false }, previous: { type: 'string' } } });
if (!values.brief) fail('--brief is needed', 'npm run reanchor -- --brief <brief-id> [--write] [--previous <old brief.md>]');
// A brief's id is a folder name by the build's rule: no "..", no slash, so no path out of content/.
const folderProblem = briefFolderProblem(values.brief);
if (folderProblem) fail(`--brief "${values.brief}": ${folderProblem.problem}`, folderProblem.hint);
const layout = contentLayout(contentDir);
const { dir: briefDir, brief: briefFile, annotations: annotationsFile } = layout.brief(values.brief);
for (const file of [briefFile, annotationsFile]) if (!existsSync(file)) fail(`${file}: no such file`, `is "${values.brief}" the name of a folder in ${layout.briefs}?`);

/** A file's text by the build's rule (UTF-8, not binary, not huge), or a refusal naming it. */
function readTextFile(file: string): string {
  const decoded = decodeText(file, readFileSync(file));
  if ('problem' in decoded) fail(`${file}:${decoded.problem.line}:${decoded.problem.column}: ${decoded.problem.message}`, decoded.problem.hint ?? 'save the file as plain UTF-8 text');
  return decoded.text;
}

// Read and checked as the build reads and checks it: a bad file stops here with the build's own words and place.
const annotations = readCheckedYaml(annotationsFile, contentDir, annotationsSchema, 'claim');
if (!('value' in annotations)) {
  console.error(`reanchor: ${annotationsFile} must be fixed first; nothing re-anchored.\n${annotations.problems.map(formatProblem).join('\n')}`);
  process.exit(1);
}
const annotationsYaml = annotations.text;
const claims: ClaimToReanchor[] = annotations.value.claims;

/** The brief before the edit: the file given, or the version last committed. */
function previousBrief(): { markdown: string; from: string } | undefined {
  if (values.previous) return { markdown: readTextFile(values.previous), from: values.previous };
  const git = spawnSync('git', ['show', `HEAD:./${basename(briefFile)}`], { cwd: briefDir, encoding: 'utf8' });
  return git.status === 0 ? { markdown: git.stdout, from: `${briefFile} as last committed` } : undefined;
}

const { body } = splitFrontmatter(readTextFile(briefFile));
const text = await renderedText(body, briefFile);
const previous = previousBrief();
const previousText = previous ? await renderedText(splitFrontmatter(previous.markdown).body, previous.from) : undefined;
const outcomes = reanchorClaims(text, claims, previousText);

const show = (value: string) => JSON.stringify(value);
/** The quote's change word by word: [-removed-]{+added+}. */
function wordDiff(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('');
}

function report(outcome: ReanchorOutcome): string[] {
  const head = `claim "${outcome.id}"`;
  if (outcome.status === 'lost' || outcome.status === 'ambiguous') {
    return [
      `${head}: NOT RE-ANCHORED (${outcome.status}), left as it was: ${outcome.reason}`,
      `    exact: ${show(outcome.before.exact)}`,
      ...(outcome.status === 'ambiguous' ? outcome.places.map((place) => `    fits: ${show(place)}`) : []),
    ];
  }
  if (outcome.status !== 'reanchored') return [];
  const { score, before, after } = outcome;
  const lines = [
    `${head}: re-anchored (score ${score.total.toFixed(2)}: quote ${score.quote.toFixed(2)}, before ${score.prefix.toFixed(2)}, after ${score.suffix.toFixed(2)}, place ${score.position.toFixed(2)})`,
  ];
  for (const key of ['exact', 'prefix', 'suffix'] as const) {
    if (before[key] === after[key]) continue;
    if (before[key] !== undefined) lines.push(`  - ${key}: ${show(before[key])}`);
    if (after[key] !== undefined) lines.push(`  + ${key}: ${show(after[key])}`);
  }
  if (before.exact !== after.exact) lines.push(`    words: ${wordDiff(before.exact, after.exact)}`);
  for (const correction of outcome.staleCorrections) {
    lines.push(
      `  correction "${correction.written}" → "${correction.reading}" no longer applies: the text no longer has "${correction.written}"${values.write ? '; removed' : '; --write removes it'}`,
    );
  }
  return lines;
}

const lines = outcomes.flatMap(report);
const count = (status: ReanchorOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
const failed = count('lost') + count('ambiguous');
console.log(
  [
    `Re-anchoring ${claims.length} claims of ${annotationsFile} on ${briefFile}${previous ? `, compared with ${previous.from}` : ' (no earlier version found: only the claims\' own prefix and suffix give context)'}.`,
    `A passage is taken when it keeps ≥ ${QUOTE_SIMILARITY_THRESHOLD} of the quote's characters (≥ ${QUOTE_SIMILARITY_WITHOUT_CONTEXT} with no text around it known), scores ≥ ${SCORE_THRESHOLD} in all and leads any other by ≥ ${MIN_LEAD}.`,
    '',
    ...lines,
    ...(lines.length > 0 ? [''] : []),
    `${count('unchanged')} unchanged, ${count('reanchored')} re-anchored, ${count('lost')} lost, ${count('ambiguous')} ambiguous.`,
  ].join('\n'),
);

const finalQuotes = outcomes.map((outcome): { id: string; quote: Quote } => ({
  id: outcome.id,
  quote: outcome.status === 'reanchored' ? outcome.after : outcome.before,
}));
if (failed === 0) {
  // The build's own anchoring has the last word: overlapping claims, say, would stop it.
  try {
    await anchorsInBuild(body, finalQuotes, { file: briefFile, annotationsFile });
  } catch (error) {
    console.error(`\nThe build's anchoring still refuses the result, so nothing was written:\n${(error as Error).message}`);
    process.exit(1);
  }
}

if (count('reanchored') > 0) {
  if (values.write) {
    let backup: string | undefined;
    try {
      backup = writeContentFile(contentDir, annotationsFile, rewriteAnnotations(annotationsYaml, outcomes), { backup: true });
    } catch (error) {
      fail(`${annotationsFile}: not written: ${(error as Error).message}`, error instanceof OutsideContentError ? 'run it on a brief inside the content folder' : 'check the folder\'s permissions and free space; the file is as it was');
    }
    console.log(
      `Wrote ${annotationsFile} (as it was: ${backup})${failed > 0 ? '; the claims reported above are left as they were, each marked by a comment "reanchor: …" for the editor' : ''}.`,
    );
  } else {
    console.log('Nothing written: run again with --write to apply these changes.');
  }
}
process.exit(failed > 0 ? 1 : 0);
