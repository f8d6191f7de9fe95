/**
 * Renders a brief for the reading view: Astro's own Markdown processor (GFM,
 * smartypants) with the plugins of `plugins.ts`, claims anchored and the
 * editors' layer added around them.
 *
 * The brief is rendered here rather than by the content layer because its
 * HTML depends on two files, the Markdown and its annotations; the content
 * layer caches rendered Markdown by the Markdown file alone.
 */
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { LinkedBrief, LinkedClaim } from '../content/link-graph';
import type { SitePaths } from '../site/paths';
import { rehypePlugins, remarkPlugins } from './plugins';
import { MARKDOWN_OPTIONS } from './markdown-preset.mjs';
import type { ClaimContext } from './rehype-anchor-claims';
import type { GlossaryTermsOptions } from './rehype-glossary-terms';

export interface RenderedBrief {
  html: string;
  /** The brief's headings, for its table of contents. */
  headings: MarkdownHeading[];
  /** Each claim's paragraph split around it, by claim id: the anchoring's own result. */
  contexts: Map<string, ClaimContext>;
}

/** Renders a brief; `glossary`, if given, marks each term's first use with its definition. */
export async function renderBrief(brief: LinkedBrief, sitePaths: SitePaths, glossary?: GlossaryTermsOptions): Promise<RenderedBrief> {
  const contexts = new Map<string, ClaimContext>();
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file: brief.file }),
    rehypePlugins: rehypePlugins({
      file: brief.file,
      claims: {
        claims: brief.claims,
        annotationsFile: brief.annotationsFile,
        properties: (claim: LinkedClaim) => ({ className: ['claim'], dataKind: claim.kind }),
        contexts,
      },
      decorations: { claims: brief.claims, sitePaths },
      glossary,
    }),
  });
  const { code, metadata } = await processor.render(brief.body);
  return { html: code, headings: metadata.headings, contexts };
}
