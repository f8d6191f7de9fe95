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
import type { GlossaryTermsOptions } from '../markdown/rehype-glossary-terms';
import { EVIDENCE_LABELS, KIND_LABELS } from './labels';
import type { LinkedBrief, LinkedClaim } from './link-graph';
import { referenceEntryId, type SitePaths } from './paths';

export interface RenderedBrief {
  html: string;
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

/**
 * The editors' note on a claim, and their readings of slips in it, as a
 * margin note: beside the text on wide screens, and on narrow ones behind a
 * "note" toggle (a checkbox and its label, so it needs no JavaScript).
 */
export function claimSidenote(claim: LinkedClaim, sitePaths: SitePaths): ElementContent[] {
  if (!claim.note && claim.corrections.length === 0) return [];
  const toggleId = `note-toggle-${claim.id}`;
  const readings = claim.corrections.map((correction) => `Read “${correction.written}” as “${correction.reading}”. `);
  return [
    h('input.sidenote-checkbox', { type: 'checkbox', id: toggleId }),
    h('label.sidenote-toggle', { htmlFor: toggleId, dataPagefindIgnore: '' }, [h('span', { ariaHidden: 'true' }, '✱'), ' note']),
    h('span.sidenote', { id: `note-${claim.id}`, role: 'note', dataPagefindIgnore: '' }, [
      h('strong', 'Editors’ note. '),
      ...readings,
      claim.note ?? '',
      ' ',
      h('a', { href: sitePaths.claim(claim.brief.id, claim.id) }, 'More on this claim'),
    ]),
  ];
}

export async function renderBrief(brief: LinkedBrief, sitePaths: SitePaths, glossary?: GlossaryTermsOptions): Promise<RenderedBrief> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: remarkPlugins({ file: brief.file }),
    rehypePlugins: rehypePlugins({
      file: brief.file,
      glossary,
      claims: {
        claims: brief.claims,
        annotationsFile: brief.annotationsFile,
        properties: (claim: LinkedClaim) => ({ className: ['claim'], dataKind: claim.kind }),
        append: (claim: LinkedClaim) => claimDecorations(claim),
        after: (claim: LinkedClaim) => claimSidenote(claim, sitePaths),
      },
    }),
  });
  const { code } = await processor.render(brief.body);
  return { html: code };
}
