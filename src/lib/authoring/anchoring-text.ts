/**
 * A brief's text as the build's anchoring sees it, for tools that work on
 * quotes outside the build (`npm run reanchor`): the Markdown rendered by
 * Astro's processor with the site's remark plugins (GFM, smartypants, the
 * safety checks), flattened by the build's own flattener
 * (`render/plain-text.ts`) with a block break between blocks;
 * `anchorsInBuild` then runs the anchoring plugin itself on the result.
 */
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { rehypePlugins, remarkPlugins } from '../render/plugins';
import stopOnProblems from '../render/rehype-stop-on-problems';
import { MARKDOWN_OPTIONS } from '../render/markdown-preset.mjs';
import type { AnchoredClaim } from '../render/rehype-anchor-claims';
import { plainText } from '../render/plain-text';

/** The brief's Markdown body rendered and flattened, as the claims plugin receives it; throws a ContentError for unsafe Markdown. */
export async function renderedText(markdown: string, file: string): Promise<string> {
  let text = '';
  const capture = () => (tree: Root) => {
    text = plainText(tree).text;
  };
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file }),
    rehypePlugins: [rehypeHeadingIds, capture, stopOnProblems],
  });
  await processor.render(markdown);
  return text;
}

/**
 * Anchors the claims with the build's own plugin; throws a ContentError
 * holding every problem (missing, repeated or overlapping quotes) as the build would.
 */
export async function anchorsInBuild(markdown: string, claims: readonly AnchoredClaim[], files: { file: string; annotationsFile: string }): Promise<void> {
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file: files.file }),
    rehypePlugins: rehypePlugins({ file: files.file, claims: { claims, annotationsFile: files.annotationsFile } }),
  });
  await processor.render(markdown);
}

/** A brief.md split into its frontmatter's YAML and its Markdown body. */
export function splitFrontmatter(markdown: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  return match ? { frontmatter: match[1]!, body: markdown.slice(match[0].length) } : { frontmatter: '', body: markdown };
}
