/**
 * `npm run new-brief -- --from <file> --id <brief-id>`: starts a brief from
 * the text as received. Writes content/briefs/<id>/brief.md and
 * annotations.yaml, adds unknown sources to content/references.yaml as
 * unchecked stubs, and reports what it recognised and what it could not place.
 * It never overwrites a brief and refuses an id that is taken or reserved.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { invisibleCharacters } from '../lib/anchor/anchor-quotes';
import { decodeText, readCheckedYaml } from '../lib/content/read-content';
import { contentDir, contentLayout } from '../lib/content/content-dir.mjs';
import { formatProblem } from '../lib/content/problem';
import { referenceSchema } from '../lib/content/schema';
import { briefFolderProblem } from '../lib/content/link-graph';
import type { KnownReference } from '../lib/authoring/match-references';
import { newBriefFiles } from '../lib/authoring/new-brief';
import { writeContentFile } from '../lib/authoring/safe-write';

function fail(problem: string, hint: string): never {
  console.error(`new-brief: ${problem}\n  Hint: ${hint}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { from: { type: 'string' }, id: { type: 'string' } } });
const usage = 'npm run new-brief -- --from <file.txt|file.md> --id <brief-id>';
if (!values.from || !values.id) fail('--from and --id are both needed', usage);
const { from, id } = values as { from: string; id: string };

// The build's own rule for a brief's folder: the id rule, and no name the build writes at the top of the site.
const folderProblem = briefFolderProblem(id);
if (folderProblem) fail(folderProblem.problem, folderProblem.hint);
const layout = contentLayout(contentDir);
const { dir: briefDir, brief: briefFile, annotations: annotationsFile } = layout.brief(id);
if (existsSync(briefDir)) fail(`${briefDir} already exists: the id "${id}" is taken`, 'choose another id; new-brief never overwrites a brief');
if (!existsSync(from)) fail(`${from}: no such file`, 'give the path of the brief as received, plain text or Markdown');

// references.yaml read and checked as the build reads it (a bad file gets the build's own words and
// place), but for `checked`: a stub added for an earlier brief may still hold new-brief's placeholder,
// which the build and `npm run check` refuse on their own.
const referencesFile = layout.references;
const references = readCheckedYaml(referencesFile, contentDir, z.array(referenceSchema.extend({ checked: z.string().min(1) })), 'reference');
if (!('value' in references)) {
  console.error(`new-brief: ${referencesFile} cannot be read, so sources cannot be matched; nothing written.\n${references.problems.map(formatProblem).join('\n')}`);
  process.exit(1);
}
const referencesYaml = references.text;
const knownReferences: KnownReference[] = references.value;
const format = ['.md', '.markdown'].includes(extname(from).toLowerCase()) ? 'markdown' : 'text';

// The build's own rule for text: UTF-8, not binary, not huge. Read as 'utf8', a
// Latin-1 or Word file would come through with its bytes silently replaced.
const decoded = decodeText(from, readFileSync(from));
if ('problem' in decoded) {
  console.error(`new-brief: ${formatProblem(decoded.problem.with({ hint: `${decoded.problem.hint}; export plain text (.txt) or Markdown (.md) from the word processor` }))}`);
  process.exit(1);
}
const source = decoded.text;

const files = newBriefFiles({ id, source, format, sourceName: from, referencesYaml, knownReferences });

mkdirSync(briefDir, { recursive: true });
// `wx`: fail rather than overwrite, should the folder have appeared meanwhile.
writeFileSync(briefFile, files.briefMarkdown, { flag: 'wx' });
writeFileSync(annotationsFile, files.annotationsYaml, { flag: 'wx' });
// references.yaml is the library's, not this brief's: replaced atomically, the old one kept as references.yaml.bak.
const referencesBackup = files.referencesYaml !== undefined ? writeContentFile(contentDir, referencesFile, files.referencesYaml, { backup: true }) : undefined;

const out: string[] = [`Wrote ${briefFile} and ${basename(annotationsFile)} (read as ${format}).`, '', 'Recognised:'];
out.push(...files.recognised.map((line) => `  ${line}`));
out.push('', 'References:');
for (const [index, reference] of files.references.entries()) {
  out.push(`  ${index + 1}. ${reference.status === 'matched' ? `matched ${reference.ref}` : `NEW ${reference.ref} (unchecked stub added to ${referencesFile})`}: "${reference.asListed}"`);
}
if (referencesBackup) out.push(`  (${referencesFile} as it was: ${referencesBackup})`);
out.push('', `To fill in (placeholders starting "TODO:"): ${files.placeholders.join(', ')}${files.references.some((r) => r.status === 'stub') ? ', and each new reference' : ''}.`);
// What a word processor adds that a reader cannot see (zero-width spaces, direction
// controls, soft hyphens): kept as written, as the author's text is, but named
// here, as a quote that holds one will not match the same words typed plainly.
const invisible = source.split('\n').flatMap((text, index) => {
  const found = [...new Set(invisibleCharacters(text))];
  return found.length > 0 ? [`  ${from}:${index + 1}: ${found.join(', ')}`] : [];
});
if (invisible.length > 0) {
  out.push('', `Characters a reader cannot see (zero-width, direction controls), kept as written; remove them from brief.md if they are not the author's:`);
  out.push(...invisible);
}
if (files.unplaced.length > 0) {
  out.push('', 'Could not place (kept as the frontmatter\'s reviewerRemark; check it):');
  out.push(...files.unplaced.map((line) => `  ${from}:${line.line}: "${line.text}"`));
}
console.log(out.join('\n'));
