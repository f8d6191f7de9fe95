import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendReferenceStubs, referenceStub } from '../../src/lib/authoring/match-references';
import { referenceSchema } from '../../src/lib/content/schema';
import { projectRoot } from '../support/site';

/** `npm run new-brief` against a scratch copy of the content. */
function newBrief(contentDir: string, ...args: string[]) {
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/new-brief.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, READER_CONTENT_DIR: contentDir },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function scratchContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'reader-new-brief-')), 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  return dir;
}

describe('npm run new-brief', () => {
  const seed = 'tests/fixtures/seed-brief.txt';

  it('writes a new brief, then refuses to write it again', () => {
    const content = scratchContent();
    const first = newBrief(content, '--from', seed, '--id', 'seed-again');
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('tests/fixtures/seed-brief.txt:34: "well researched and articulated."');
    const written = readFileSync(join(content, 'briefs/seed-again/brief.md'), 'utf8');
    expect(written).toContain('## Way Forward:');

    const second = newBrief(content, '--from', 'tests/fixtures/import/markdown-headings.md', '--id', 'seed-again');
    expect(second.status).toBe(1);
    expect(second.output).toMatch(/briefs\/seed-again already exists: the id "seed-again" is taken/);
    expect(readFileSync(join(content, 'briefs/seed-again/brief.md'), 'utf8')).toBe(written);
  });

  it('reads references.yaml as the build does: a broken file is refused with its place and the build’s words, and nothing is written', () => {
    const content = scratchContent();
    const references = join(content, 'references.yaml');
    const text = readFileSync(references, 'utf8');
    const firstId = /^- id: .*$/m.exec(text)![0];
    // The first entry's id written twice: a duplicate key, which the build refuses.
    writeFileSync(references, text.replace(firstId, `${firstId}\n  ${firstId.slice(2)}`));
    const run = newBrief(content, '--from', seed, '--id', 'seed-broken-references');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/references\.yaml:\d+:\d+: YAML: Map keys must be unique\n  Hint: a key may appear once in each entry/);
    expect(existsSync(join(content, 'briefs/seed-broken-references'))).toBe(false);
    // A field against the schema: named with its entry, as the build names it.
    writeFileSync(references, text.replace(/^(- id: .*\n(?:  .*\n)*?)  type: .*$/m, '$1  type: "blog"'));
    const wrongType = newBrief(content, '--from', seed, '--id', 'seed-broken-references');
    expect(wrongType.status).toBe(1);
    expect(wrongType.output).toMatch(/references\.yaml:\d+:\d+: reference "[a-z0-9-]+": type: /);
  });

  it('starts a brief while references.yaml holds an unchecked stub an earlier run added (which the build itself refuses)', () => {
    const content = scratchContent();
    const references = join(content, 'references.yaml');
    const stub = referenceStub('example-2024-river-flows', 'Example Desk. A made-up report on river flows. 2024');
    writeFileSync(references, appendReferenceStubs(readFileSync(references, 'utf8'), [stub], 'an-earlier-brief'));
    expect(referenceSchema.safeParse(stub).success).toBe(false);
    const run = newBrief(content, '--from', seed, '--id', 'seed-after-stub');
    expect(run.status, run.output).toBe(0);
  });

  it('refuses the id of an existing brief, leaving it as it was', () => {
    const content = scratchContent();
    const before = readFileSync(join(content, 'briefs/pakistan-afghanistan-2025/brief.md'), 'utf8');
    const run = newBrief(content, '--from', seed, '--id', 'pakistan-afghanistan-2025');
    expect(run.status).toBe(1);
    expect(run.output).toContain('never overwrites a brief');
    expect(readFileSync(join(content, 'briefs/pakistan-afghanistan-2025/brief.md'), 'utf8')).toBe(before);
  });

  it.each([
    ['search', 'is taken: the build writes "search" at the top of the site'],
    ['Data', 'is not a valid brief id'],
    ['Seed_Brief', 'is not a valid brief id'],
  ])('refuses the id "%s"', (id, message) => {
    const run = newBrief(scratchContent(), '--from', seed, '--id', id);
    expect(run.status).toBe(1);
    expect(run.output).toContain(message);
  });

  it.each([
    ['Latin-1 (a Word "Save as text" default)', Buffer.from('Title\n\nCaf\xe9 talks in Doha.\n', 'latin1'), /hostile\.txt:3:4: the file is not valid UTF-8: byte 0xE9 at byte offset 10/],
    ['binary (a .docx sent as is)', Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml'), /hostile\.txt:1:6: the file holds a NUL byte: it looks like a binary file/],
  ])('refuses input that is %s, naming the place, and writes nothing', (_name, bytes, message) => {
    const content = scratchContent();
    const from = join(mkdtempSync(join(tmpdir(), 'reader-hostile-')), 'hostile.txt');
    writeFileSync(from, bytes);
    const run = newBrief(content, '--from', from, '--id', 'hostile');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(message);
    expect(run.output).toMatch(/\n  Hint: .*export plain text \(\.txt\) or Markdown/);
    expect(existsSync(join(content, 'briefs/hostile'))).toBe(false);
  });

  it('refuses a huge input before reading it as a brief', () => {
    const from = join(mkdtempSync(join(tmpdir(), 'reader-hostile-')), 'huge.txt');
    writeFileSync(from, '');
    truncateSync(from, 9 * 1024 * 1024);
    const run = newBrief(scratchContent(), '--from', from, '--id', 'huge');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/huge\.txt:1:1: the file is 9\.0 MB, more than the 8 MB a content file may be/);
  });

  it('keeps smart quotes as written and names zero-width and direction-control characters by line', () => {
    const content = scratchContent();
    const from = join(mkdtempSync(join(tmpdir(), 'reader-hostile-')), 'pasted.txt');
    writeFileSync(from, 'Talks in Doha\n\nThe \u201cceasefire\u201d held, the minister\u2019s aide said.\n\nA zero\u200bwidth space and a \u202eright-to-left override.\n');
    const run = newBrief(content, '--from', from, '--id', 'pasted');
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Characters a reader cannot see .*\n  .*pasted\.txt:5: \\u200B, \\u202E/);
    const written = readFileSync(join(content, 'briefs/pasted/brief.md'), 'utf8');
    expect(written).toContain('The \u201cceasefire\u201d held, the minister\u2019s aide said.');
    expect(readdirSync(join(content, 'briefs/pasted')).sort()).toEqual(['annotations.yaml', 'brief.md']);
  });
});
