/**
 * Renders a brief's Markdown with Astro's own Markdown processor (GFM,
 * smartypants) and the plugins of `markdown/plugins.ts`, each claim anchored
 * and decorated for the reading view.
 *
 * The brief is rendered here rather than by the content layer because its
 * HTML depends on two files, the Markdown and its annotations; the content
 * layer caches rendered Markdown by the Markdown file alone.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { rehypePlugins, remarkPlugins } from '../markdown/plugins';
import { EVIDENCE_LABELS, KIND_LABELS } from './labels';
import type { LinkedBrief, LinkedClaim } from './link-graph';
import { referenceEntryId } from './paths';

export interface RenderedBrief {
  html: string;
  headings: Array<{ depth: number; slug: string; text: string }>;
}

/**
 * What follows a claim's words in the reading view: its citation marks, the
 * links between a key point and the claims that elaborate it, and its
 * permalink (labelled with the claim's kind).
 */
export function claimDecorations(claim: LinkedClaim): ElementContent[] {
  const nodes: ElementContent[] = [];
  if (claim.citations.length > 0) {
    nodes.push(
      h(
        'sup.cites',
        { dataPagefindIgnore: '' },
        claim.citations.map((citation) =>
          h(
            'a.cite',
            {
              href: `#${referenceEntryId(citation.reference.id)}`,
              dataRelation: citation.relation,
              dataNote: citation.note,
              ariaLabel: `Reference ${citation.number}, ${EVIDENCE_LABELS[citation.relation].label} this claim`,
            },
            String(citation.number),
          ),
        ),
      ),
    );
  }
  const elaboratedBy = claim.linksIn.filter((link) => link.relation === 'elaborates').map((link) => link.claim);
  if (elaboratedBy.length > 0) {
    nodes.push(
      h('span.claim-down', { dataPagefindIgnore: '' }, [
        h('span.visually-hidden', 'Elaborated in the text by claims '),
        h('span', { ariaHidden: 'true' }, '↓'),
        ...elaboratedBy.map((other, position) =>
          h('a', { href: `#${other.id}`, title: other.quote.exact }, String(position + 1)),
        ),
      ]),
    );
  }
  for (const link of claim.linksOut.filter((link) => link.relation === 'elaborates')) {
    nodes.push(
      h(
        'a.claim-up',
        { href: `#${link.claim.id}`, title: link.claim.quote.exact, dataPagefindIgnore: '' },
        [h('span', { ariaHidden: 'true' }, '↑'), h('span.visually-hidden', 'Up to the key point it elaborates')],
      ),
    );
  }
  nodes.push(
    h('a.claim-link', { href: `#${claim.id}`, dataPagefindIgnore: '', title: 'Permalink to this claim' }, [
      h('span.claim-kind', KIND_LABELS[claim.kind].label),
      h('span.visually-hidden', ' claim: permalink'),
    ]),
  );
  return nodes;
}

export async function renderBrief(brief: LinkedBrief): Promise<RenderedBrief> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: remarkPlugins({ file: brief.file }),
    rehypePlugins: rehypePlugins({
      file: brief.file,
      claims: {
        claims: brief.claims,
        annotationsFile: brief.annotationsFile,
        properties: (claim: LinkedClaim) => ({ className: ['claim'], dataKind: claim.kind }),
        append: (claim: LinkedClaim) => claimDecorations(claim),
      },
    }),
  });
  const { code, metadata } = await processor.render(brief.body);
  return { html: code, headings: metadata.headings };
}
