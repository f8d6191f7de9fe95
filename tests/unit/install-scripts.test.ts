/**
 * Install scripts are allowed one package at a time (`allowScripts` in
 * package.json, each justified in README): a dependency that brings a new
 * install script must be reviewed, and the list names only packages that
 * have one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site';

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];
const manifest = (path: string) => JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));

describe('install scripts', () => {
  it('leaves no installed package’s install script unreviewed (npm install-scripts ls)', () => {
    const listed = JSON.parse(execFileSync('npm', ['install-scripts', 'ls', '--json'], { cwd: projectRoot, encoding: 'utf8' }));
    expect(listed.allowScripts).toEqual([]);
  });

  it('names in allowScripts only installed packages that have an install script', () => {
    const allowScripts: Record<string, boolean> = manifest(projectRoot).allowScripts;
    expect(Object.keys(allowScripts).length).toBeGreaterThan(0);
    for (const name of Object.keys(allowScripts)) {
      const folder = join(projectRoot, 'node_modules', name);
      expect(existsSync(folder), `${name} is in allowScripts but not installed`).toBe(true);
      const scripts = Object.keys(manifest(folder).scripts ?? {});
      expect(scripts.filter((script) => INSTALL_SCRIPTS.includes(script)), `${name} has no install script to allow or deny`).not.toEqual([]);
    }
  });

  it('runs every script on the Node 24 of the node devDependency', () => {
    // The `node` an npm script runs is node_modules/.bin/node (npm puts it first on PATH); asked directly, not through
    // `npm exec`, which costs two seconds of npm's own start-up for the same answer.
    const version = execFileSync(join(projectRoot, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe(`v${manifest(projectRoot).devDependencies.node}`);
    expect(process.version).toBe(version);
  });
});
