/** Renders Markdown through the site's pipeline, as the reading view does, for plugin tests. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from '../../src/lib/render/plugins';
import { MARKDOWN_OPTIONS } from '../../src/lib/render/markdown-preset.mjs';
import type { Quote } from '../../src/lib/content/schema';

export async function renderWithClaims(markdown: string, claims: Array<{ id: string; quote: Quote }> = []): Promise<string> {
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file: 'brief.md' }),
    rehypePlugins: rehypePlugins({ file: 'brief.md', claims: { claims, annotationsFile: 'annotations.yaml' } }),
  });
  const { code } = await processor.render(markdown);
  return code;
}
