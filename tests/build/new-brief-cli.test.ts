import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
