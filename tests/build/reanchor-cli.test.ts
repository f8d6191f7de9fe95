import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site';

const brief = 'pakistan-afghanistan-2025';

/** A scratch copy of the content with the brief edited, and the brief as it was to compare with. */
function editedContent(from: string, to: string) {
  const content = join(mkdtempSync(join(tmpdir(), 'reader-reanchor-')), 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const briefFile = join(content, 'briefs', brief, 'brief.md');
  const original = readFileSync(briefFile, 'utf8');
  if (!original.includes(from)) throw new Error(`no "${from}" in the brief`);
  writeFileSync(briefFile, original.replace(from, to));
  return { content, annotations: join(content, 'briefs', brief, 'annotations.yaml'), previous: join(projectRoot, 'content/briefs', brief, 'brief.md') };
}

function reanchor(content: string, ...args: string[]) {
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/reanchor.ts', '--brief', brief, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, READER_CONTENT_DIR: content },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run reanchor', () => {
  it('prints the change as a before/after diff, and writes it only with --write', () => {
    const { content, annotations, previous } = editedContent('Afghanistanis Durand', 'Afghanistan is Durand');
    const before = readFileSync(annotations, 'utf8');
    const dry = reanchor(content, '--previous', previous);
    expect(dry.status, dry.output).toBe(0);
    expect(dry.output).toContain('claim "kp-durand-line-mistrust": re-anchored');
    expect(dry.output).toContain('  - exact: "The historical source of mistrust between both Pakistan and Afghanistanis Durand line (border) dispute."');
    expect(dry.output).toContain('  + exact: "The historical source of mistrust between both Pakistan and Afghanistan is Durand line (border) dispute."');
    expect(dry.output).toContain('correction "Afghanistanis" → "Afghanistan is" no longer applies');
    expect(readFileSync(annotations, 'utf8')).toBe(before);

    const write = reanchor(content, '--previous', previous, '--write');
    expect(write.status, write.output).toBe(0);
    expect(readFileSync(annotations, 'utf8')).toContain('exact: "The historical source of mistrust between both Pakistan and Afghanistan is Durand line (border) dispute."');
    // Written through a temporary file renamed into place, the file as it was kept beside it.
    expect(write.output).toContain(`(as it was: ${annotations}.bak)`);
    expect(readFileSync(`${annotations}.bak`, 'utf8')).toBe(before);
    expect(readdirSync(dirname(annotations)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // Once written, the quotes fit the text: nothing left to do.
    const again = reanchor(content, '--previous', previous);
    expect(again.output).toMatch(/\d+ unchanged, 0 re-anchored, 0 lost, 0 ambiguous\./);
  });

  it('reads annotations.yaml as the build does: a claim against the schema is refused by name and place, and nothing is written', () => {
    const { content, annotations, previous } = editedContent('Afghanistanis Durand', 'Afghanistan is Durand');
    const text = readFileSync(annotations, 'utf8');
    const broken = text.replace(/^(    kind: )"?[a-z]+"?$/m, '$1"rumour"');
    expect(broken).not.toBe(text);
    writeFileSync(annotations, broken);
    const run = reanchor(content, '--previous', previous, '--write');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/annotations\.yaml:\d+:\d+: claim "[a-z0-9-]+": kind: .*\n  Hint: /);
    expect(run.output).toContain('nothing re-anchored');
    expect(run.output).not.toContain('": re-anchored (');
    expect(readFileSync(annotations, 'utf8')).toBe(broken);
  });

  it('exits 1 on a claim whose words are gone, leaving annotations.yaml as it was', () => {
    const sentence = 'It is estimated that the application of these projects will cut down the share of Pakistan by about 16-17%. ';
    const { content, annotations, previous } = editedContent(sentence, '');
    const before = readFileSync(annotations, 'utf8');
    const run = reanchor(content, '--previous', previous, '--write');
    expect(run.status).toBe(1);
    expect(run.output).toContain('claim "kabul-river-share-cut": NOT RE-ANCHORED (lost), left as it was');
    expect(readFileSync(annotations, 'utf8')).toBe(before);
  });

  it('refuses a brief id that leads out of the content folder, and a brief that is not UTF-8, naming them', () => {
    const { content } = editedContent('Afghanistanis Durand', 'Afghanistan is Durand');
    const climb = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/reanchor.ts', '--brief', '../../etc', '--write'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, READER_CONTENT_DIR: content } });
    expect(climb.status).toBe(1);
    expect(`${climb.stdout}${climb.stderr}`).toMatch(/reanchor: --brief "\.\.\/\.\.\/etc": .*\n  Hint: /);

    const briefFile = join(content, 'briefs', brief, 'brief.md');
    writeFileSync(briefFile, Buffer.concat([readFileSync(briefFile), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]));
    const latin1 = reanchor(content, '--write');
    expect(latin1.status).toBe(1);
    expect(latin1.output).toMatch(/brief\.md:\d+:4: the file is not valid UTF-8: byte 0xE9 at byte offset \d+\n  Hint: save the file as UTF-8/);
  });
});
