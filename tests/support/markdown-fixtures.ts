/**
 * Fixture folders for the Markdown plugins, as unified's own plugins keep
 * them: one folder a case, holding `input.md`, optionally `annotations.yaml`
 * (claims, in the content's format), and what the site's pipeline must make
 * of it: `output.html`, or `error.txt` with the message an editor reads.
 * `UPDATE_FIXTURES=1` writes the current results, to review in the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Quote } from '../../src/lib/content/schema';
import { renderWithClaims } from './render';
import { projectRoot } from './site';

export function testFixtures(plugin: string): void {
  const root = join(projectRoot, 'tests/unit/fixtures', plugin);
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
    it(name.replace(/-/g, ' '), async () => {
      const annotations = read('annotations.yaml');
      const claims: Array<{ id: string; quote: Quote }> = annotations ? parse(annotations).claims : [];
      const result = await renderWithClaims(read('input.md')!, claims).then(
        (html) => ({ file: 'output.html', text: `${html.trim()}\n` }),
        // Astro's processor puts a line of its own before the plugin's message.
        (error: Error) => ({ file: 'error.txt', text: `${error.message.replace(/^Failed to parse Markdown file .*\n/, '').trim()}\n` }),
      );
      if (process.env.UPDATE_FIXTURES) writeFileSync(join(dir, result.file), result.text);
      const expected = read('output.html') ?? read('error.txt');
      expect(expected, `${name}: neither output.html nor error.txt`).toBeDefined();
      expect({ file: result.file, text: result.text }).toEqual({ file: read('output.html') ? 'output.html' : 'error.txt', text: expected });
    });
  }
}
