import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { newBriefFiles, type NewBriefInput } from '../../src/lib/authoring/new-brief';
import { filledIn, findPlaceholders, isPlaceholder } from '../../src/lib/content/placeholders';
import { z } from 'astro/zod';
import { annotationsSchema, briefSchema, referenceSchema } from '../../src/lib/content/schema';
import { renderWithClaims } from '../support/render';
import { projectRoot } from '../support/site';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const referencesYaml = read('content/references.yaml');

function importFixture(path: string, format: NewBriefInput['format']) {
  return newBriefFiles({
    id: 'new-brief',
    source: read(path),
    format,
    sourceName: path,
    referencesYaml,
    knownReferences: parse(referencesYaml),
  });
}

/** Frontmatter (parsed) and body of a brief.md. */
function splitBrief(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!), body: markdown.slice(match[0].length) };
}

describe('importing the seed brief (plain text)', () => {
  const files = importFixture('tests/fixtures/seed-brief.txt', 'text');
  const { data, body } = splitBrief(files.briefMarkdown);
  const existing = splitBrief(read('content/briefs/pakistan-afghanistan-2025/brief.md'));

  it('gives the body the editors wrote by hand, but for the section heading they added', () => {
    const handWritten = existing.body.replace('## Analysis\n\n', '');
    expect(body.trim()).toBe(handWritten.trim());
  });

  it('recognises the Key Points as a list and "Way Forward:" as a heading', () => {
    expect(body.trimStart()).toMatch(/^## Key Points\n\n(- .+\n){6}\n/);
    expect(body).toContain('\n## Way Forward:\n');
    expect(files.recognised).toContain('list of 6 items (lines 3–8)');
  });

  it('matches every listed source to references.yaml, each line verbatim, in the brief\'s order', () => {
    expect(data.references).toEqual(existing.data.references);
    expect(files.references.every((reference) => reference.status === 'matched')).toBe(true);
    expect(files.referencesYaml).toBeUndefined();
  });

  it('keeps and reports the remark after the references', () => {
    expect(files.unplaced).toEqual([{ line: 34, text: 'well researched and articulated.' }]);
    expect(data.reviewerRemark).toBe(existing.data.reviewerRemark);
  });

  it('leaves title, summary, date and authorship as placeholders, flagged as such', () => {
    expect(findPlaceholders(data).map((found) => found.path)).toEqual(['title', 'summary', 'date', 'authorship']);
    expect(data.titleBy).toBe('editors');
    // The schema refuses exactly the placeholders; once they are replaced, the frontmatter is complete.
    const refused = briefSchema.safeParse(data);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['title', 'summary', 'date', 'authorship']);
    const filled = { ...data, title: 'A title', summary: 'What the brief argues, in a sentence.', date: 'late 2025', authorship: 'Unknown.' };
    expect(briefSchema.safeParse(filled).success).toBe(true);
  });

  it('gives the schema one rule that refuses a placeholder and accepts a real value', () => {
    const title = filledIn(z.string().min(1));
    const refused = title.safeParse(data.title);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/still holds the placeholder written by `npm run new-brief`/);
    expect(title.safeParse('Pakistan and Afghanistan in late 2025').success).toBe(true);
  });

  it('drops no line of the text', () => {
    const kept = [body, ...files.references.map((reference) => reference.asListed), String(data.reviewerRemark)].join('\n');
    // The "References" heading is the one line not kept as such: the list becomes the frontmatter's.
    for (const line of read('tests/fixtures/seed-brief.txt').split('\n').filter((line) => line !== 'References')) {
      expect(kept).toContain(line.replace(/^(-|\d+\.) /, '').trim());
    }
  });

  it('writes annotations with no claims and a commented example', () => {
    expect(parse(files.annotationsYaml)).toEqual({ claims: [] });
    const example = files.annotationsYaml
      .split('\n')
      .filter((line) => line.startsWith('#  '))
      .map((line) => line.slice(1))
      .join('\n');
    expect(annotationsSchema.safeParse({ claims: parse(example) }).success).toBe(true);
  });
});

describe('importing a Markdown brief with headings', () => {
  const files = importFixture('tests/fixtures/import/markdown-headings.md', 'markdown');
  const { data, body } = splitBrief(files.briefMarkdown);

  it('takes the level-1 heading as the author\'s title and keeps the other headings and their levels', () => {
    expect(data.title).toBe('Water and the Kabul River');
    expect(data.titleBy).toBeUndefined();
    expect(body).toContain('## Key Points\n\n- The river feeds irrigation downstream.\n- Dams upstream would cut the flow.\n\n## Background\n');
    expect(body).toContain('\n### Upstream projects\n');
  });

  it('keeps a paragraph written over two lines as one paragraph', async () => {
    expect(body).toContain('The Kabul River rises in Afghanistan\nand joins the Indus in Pakistan.');
    expect(await renderWithClaims(body)).toContain('<p>The Kabul River rises in Afghanistan\nand joins the Indus in Pakistan.</p>');
  });

  it('matches a known source and adds an unknown one to references.yaml as an unchecked stub, keeping the file as it was', () => {
    expect(files.references.map(({ status, ref }) => [status, ref])).toEqual([
      ['stub', 'example-2024-desk-a-made'],
      ['matched', 'pips-2023-india-afghanistan'],
    ]);
    const updated = files.referencesYaml!;
    expect(updated.startsWith(referencesYaml)).toBe(true);
    expect(updated.slice(referencesYaml.length)).toContain('# Unchecked: listed by the brief "new-brief"');
    const stub = (parse(updated) as Array<{ id: string; checked: string }>).find((entry) => entry.id === 'example-2024-desk-a-made');
    expect(isPlaceholder(stub?.checked)).toBe(true);
    // Refused until an editor has checked the source and says what was seen; nothing else is wrong with it.
    expect(referenceSchema.safeParse(stub).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['checked']);
    expect(referenceSchema.parse({ ...stub, checked: 'Seen on the publisher’s site.' }).title).toBe('Example Desk. A made-up report on river flows. 2024');
    expect(parseDocument(updated).errors).toEqual([]);
  });
});

describe('importing a text with a line that fits nowhere', () => {
  const files = importFixture('tests/fixtures/import/unplaceable-line.txt', 'text');
  const { data, body } = splitBrief(files.briefMarkdown);

  it('joins a wrapped reference to its entry, and reports and keeps the lines after the list', () => {
    expect(files.references.map((reference) => reference.asListed)).toEqual([
      'Example Desk. A made-up report on talks. 2025',
      'Another Desk. A second made-up report on talks. Islamabad, 2025',
    ]);
    expect(files.unplaced).toEqual([
      { line: 10, text: 'see also the annex' },
      { line: 11, text: 'thanks, a reviewer' },
    ]);
    expect(data.reviewerRemark).toBe('see also the annex\nthanks, a reviewer');
    expect(files.briefMarkdown).toContain('# Lines 10, 11 of tests/fixtures/import/unplaceable-line.txt belong to no part of the brief');
  });

  it('shows characters Markdown would take for markup as the author typed them', async () => {
    const html = await renderWithClaims(body);
    expect(html).toContain('Both sides spoke of *red lines* and of a ceasefire_agreement.');
    expect(html).toContain('<h2 id="way-forward">Way Forward:<a');
  });
});
