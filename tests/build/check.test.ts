/**
 * `npm run check`: the content check without a build. It lists every
 * problem at once, each as `file:line:column: item: message` with a hint,
 * exits 1 when there is one and 0 when there is none, and with `--watch`
 * checks again on every save.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnvironment, copyContent, scratchDir } from '../support/build';
import { briefId, projectRoot } from '../support/site';

const annotations = `briefs/${briefId}/annotations.yaml`;

function runCheck(content: string) {
  const run = spawnSync(process.execPath, ['src/cli/check.mjs'], { cwd: projectRoot, encoding: 'utf8', env: buildEnvironment({ READER_CONTENT_DIR: content }) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function change(content: string, file: string, from: string, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found`);
  writeFileSync(path, text.replace(from, to));
}

describe('npm run check', () => {
  it('passes the project’s content with exit 0', () => {
    const check = runCheck(join(projectRoot, 'content'));
    expect(check.output).toMatch(/Content checked: no problem/);
    expect(check.status).toBe(0);
  });

  it('reports several planted problems at once, each with file:line:column, item and hint, and exits 1', () => {
    const content = copyContent(scratchDir('check'));
    change(content, annotations, 'id: "kp-deterrence-diplomacy-shift"', 'id: "note-deterrence"');
    change(content, annotations, 'exact: "Kabul River is one of the most important', 'exact: "Kabul river is one of the most important');
    change(content, annotations, 'kind: "assessment"', 'kind: "opinion"');
    change(content, 'topics.yaml', 'label: "Border"', 'label: "Border');
    change(content, `briefs/${briefId}/brief.md`, 'titleBy: editors', 'titleBy: editors\ntitleBy: author');

    const check = runCheck(content);
    const file = (name: string) => join(content, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(check.status).toBe(1);
    for (const line of [
      new RegExp(`^${file(annotations)}:13:9: claim "note-deterrence": this id is taken by the layout: ids starting with "note-" belong to`, 'm'),
      new RegExp(`^${file(annotations)}:9:11: claim "kp-durand-line-mistrust": kind: Invalid option: expected one of`, 'm'),
      new RegExp(`^${file(annotations)}:255:14: claim "kabul-river-irrigation": quote not found in the brief`, 'm'),
      new RegExp(`^${file('topics.yaml')}:2:17: YAML: Missing closing "quote`, 'm'),
      new RegExp(`^${file(`briefs/${briefId}/brief.md`)}:4:1: YAML: Map keys must be unique`, 'm'),
    ]) {
      expect(check.output).toMatch(line);
    }
    expect(check.output.match(/^ {2}Hint: /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(check.output).toMatch(/\n\d+ problems in /);
  });

  it('--watch checks again when a file is saved', async () => {
    const content = copyContent(scratchDir('check-watch'));
    const child = spawn(process.execPath, ['src/cli/check.mjs', '--watch'], { cwd: projectRoot, env: buildEnvironment({ READER_CONTENT_DIR: content }) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (pattern.test(output.slice(from))) {
            clearInterval(timer);
            resolve();
          } else if (child.exitCode !== null) {
            clearInterval(timer);
            reject(new Error(`check --watch ended:\n${output}`));
          }
        }, 50);
      });
    try {
      await waitFor(/Watching /, 0);
      expect(output).toMatch(/Content checked: no problem/);
      let from = output.length;
      change(content, annotations, 'to: "kp-durand-line-mistrust"', 'to: "kp-durand-line"');
      await waitFor(/links to claim "kp-durand-line", which this brief does not have/, from);
      from = output.length;
      change(content, annotations, 'to: "kp-durand-line"', 'to: "kp-durand-line-mistrust"');
      await waitFor(/Content checked: no problem/, from);
    } finally {
      child.kill();
    }
  });
});
