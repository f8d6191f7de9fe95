/**
 * One Markdown preset: GFM is listed in src/lib/render/markdown-preset.mjs
 * (not added by Astro's processor on its own), and every renderer of src/
 * and astro.config.mjs starts from that preset, so a new renderer cannot
 * quietly read Markdown another way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { BASE_REMARK_PLUGINS, MARKDOWN_OPTIONS } from '../../src/lib/render/markdown-preset.mjs';
import { readSourceGraph } from '../support/module-graph';
import { renderWithClaims } from '../support/render';
import { projectRoot } from '../support/site';

describe('the Markdown preset', () => {
  it('lists GFM itself and turns off the processor’s own', () => {
    expect(BASE_REMARK_PLUGINS).toContain(remarkGfm);
    expect(MARKDOWN_OPTIONS.gfm).toBe(false);
  });

  it('still renders GFM: tables, strikethrough, autolinks', async () => {
    const html = await renderWithClaims('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~ see https://example.org\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<a href="https://example.org">');
  });

  it('is where every renderer starts', () => {
    const files = [...readSourceGraph().files, 'astro.config.mjs'];
    const renderers = files.map((file) => [file, readFileSync(join(projectRoot, file), 'utf8')] as const).filter(([, text]) => /createMarkdownProcessor\(|\bunified\(/.test(text));
    expect(renderers.map(([file]) => file)).toContain('src/lib/render/render-brief.ts');
    const withoutPreset = renderers.filter(([, text]) => {
      const calls = text.match(/createMarkdownProcessor\(\{|\bunified\(\{/g)?.length ?? 0;
      const fromPreset = text.match(/\.\.\.MARKDOWN_OPTIONS|MARKDOWN_OPTIONS\.gfm/g)?.length ?? 0;
      return fromPreset < calls;
    });
    expect(withoutPreset.map(([file]) => file)).toEqual([]);
  });
});
