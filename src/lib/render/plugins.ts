/**
 * The Markdown pipeline, top to bottom. Astro's processor runs smartypants
 * first; then the preset's plugins (GFM, markdown-preset.mjs) and these, in
 * this order.
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeAnchorClaims, { type AnchorClaimsOptions, type AnchoredClaim } from './rehype-anchor-claims';
import rehypeClaimDecorations, { type ClaimDecorationsOptions } from './rehype-claim-decorations';
import rehypeGlossaryTerms, { type GlossaryTermsOptions } from './rehype-glossary-terms';
import { plainText } from './plain-text';
import { BASE_REMARK_PLUGINS } from './markdown-preset.mjs';
import remarkSafeContent from './remark-safe-content';
import { EDITORIAL_ATTRIBUTE } from '../content/reading-ids';
import type { Problem } from '../content/problem';
import stopOnProblems from './rehype-stop-on-problems';

export interface PipelineOptions<C extends AnchoredClaim> {
  /** The Markdown file, for error messages. */
  file: string;
  /** Claims to anchor in the text, if any. */
  claims?: AnchorClaimsOptions<C>;
  /** The reading view's citation marks and editors' layer around the anchored claims, if wanted. */
  decorations?: ClaimDecorationsOptions;
  /** Glossary terms whose first use is marked with their definition, if any. */
  glossary?: GlossaryTermsOptions;
  /**
   * Takes the problems the plugins reported (`rehype-stop-on-problems`), for the
   * content check, which lists them; without it, they are thrown.
   */
  onProblems?: (problems: Problem[]) => void;
}

/** Text of a heading, for its permalink's accessible name. */
const headingText = (element: Element): string => plainText(element, { blockBreaks: false }).text.trim();

export function remarkPlugins(options: { file: string }): RemarkPlugins {
  return [...BASE_REMARK_PLUGINS, [remarkSafeContent, { file: options.file }]];
}

export function rehypePlugins<C extends AnchoredClaim>(options: PipelineOptions<C>): RehypePlugins {
  return [
    // Astro gives headings their ids after user plugins run; the claims
    // plugin (to refuse a claim id equal to a heading's) and the autolinks
    // need them now, so Astro's own plugin runs first, as its docs advise
    // (exported for this in https://github.com/withastro/astro/pull/5654).
    rehypeHeadingIds,
    ...(options.glossary ? [[rehypeGlossaryTerms, options.glossary] satisfies [unknown, GlossaryTermsOptions]] : []),
    ...(options.claims ? [[rehypeAnchorClaims, options.claims] satisfies [unknown, AnchorClaimsOptions<C>]] : []),
    [stopOnProblems, { onProblems: options.onProblems }],
    ...(options.decorations ? [[rehypeClaimDecorations, options.decorations] satisfies [unknown, ClaimDecorationsOptions]] : []),
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        properties: (heading: Element) => ({
          className: ['heading-permalink'],
          ariaLabel: `Link to the section “${headingText(heading)}”`,
          // A pointer's shortcut only: the brief's contents list links every section, so the text keeps one Tab stop per citation group.
          tabIndex: -1,
          [EDITORIAL_ATTRIBUTE]: '',
        }),
        content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      },
    ],
  ];
}
