/**
 * A brief's text as the build's anchoring sees it, for tools that work on
 * quotes outside the build (`npm run reanchor`): the Markdown rendered by
 * Astro's processor with the site's remark plugins (GFM, smartypants, the
 * safety checks), flattened to text with a block break between blocks.
 *
 * `flattenBlocks` mirrors `flatten()` in `render/rehype-anchor-claims.ts`,
 * which is private to that plugin; `anchorsInBuild` then runs the plugin
 * itself on the result, so a difference between the two could never let a
 * quote through that the build would refuse.
 */
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Parent, Root } from 'hast';
import { rehypePlugins, remarkPlugins } from '../render/plugins';
import { MARKDOWN_OPTIONS } from '../render/markdown-preset.mjs';
import type { AnchoredClaim } from '../render/rehype-anchor-claims';
import { BLOCK_BREAK, BLOCK_TAGS } from '../anchor/text-blocks';

/** The text of a HTML tree in document order, a block break before each block's first text. */
export function flattenBlocks(tree: Root): string {
  let text = '';
  let currentBlock: Parent | undefined;
  const visit = (node: Parent, block: Parent | undefined): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (block !== currentBlock) {
          text += BLOCK_BREAK;
          currentBlock = block;
        }
        text += child.value;
      } else if (child.type === 'element') {
        visit(child, BLOCK_TAGS.has(child.tagName) ? child : block);
      }
    }
  };
  visit(tree, undefined);
  return text;
}

/** The brief's Markdown body rendered and flattened, as the claims plugin receives it. */
export async function renderedText(markdown: string, file: string): Promise<string> {
  let text = '';
  const capture = () => (tree: Root) => {
    text = flattenBlocks(tree);
  };
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file }),
    rehypePlugins: [rehypeHeadingIds, capture],
  });
  await processor.render(markdown);
  return text;
}

/**
 * Anchors the claims with the build's own plugin; throws its ContentError
 * (missing, repeated or overlapping quotes) as the build would.
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
