/** `astro dev` on a free loopback port, for tests of what only development shows. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnvironment } from './build';
import { astroCli, projectRoot } from './site';
import { freePort } from './free-port';

export interface DevServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * A copy of the project's code to run the dev server from: the dev server
 * writes its own state (`.astro/`, its content store) under its root, and
 * that must not mix with the builds the other tests run from the project.
 * package-lock.json too: the page keys hash it (content/content-hash.mjs's codeHash).
 */
function isolatedRoot(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'reader-dev-')), 'site');
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return root;
}

/** Starts the dev server with the given environment (e.g. READER_CONTENT_DIR, an absolute path) and waits until it answers. */
export async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  const port = await freePort();
  const root = isolatedRoot();
  const child = spawn(process.execPath, [astroCli, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: buildEnvironment(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not answer on ${url} within two minutes:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop };
}
