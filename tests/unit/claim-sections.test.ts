import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { claimSections, isKeyPointsSection, OPENING_SECTION } from '../../src/lib/render/claim-sections';
import { createPaths } from '../../src/lib/site/paths';
import { rehypePlugins, remarkPlugins } from '../../src/lib/render/plugins';
import { MARKDOWN_OPTIONS } from '../../src/lib/render/markdown-preset.mjs';
import type { ClaimContext } from '../../src/lib/render/rehype-anchor-claims';
import { renderBrief } from '../../src/lib/render/render-brief';
import type { Quote } from '../../src/lib/content/schema';
import { contentLibrary } from '../support/library';

const markdown = `Before any heading, a *first* sentence.

## Key Points

- Talks go on in Istanbul.
- The border stays closed.

## Analysis

The talks began in **October**; they go on.

## Way Forward:

Both should talk. The border stays closed, again.
`;

/** The sections the anchoring finds for these claims in the Markdown above. */
async function sectionsOf(claims: Array<{ id: string; quote: Quote }>): Promise<Map<string, string>> {
  const contexts = new Map<string, ClaimContext>();
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file: 'brief.md' }),
    rehypePlugins: rehypePlugins({ file: 'brief.md', claims: { claims, annotationsFile: 'annotations.yaml', contexts } }),
  });
  await processor.render(markdown);
  return claimSections(contexts);
}

describe('claimSections: which heading a claim sits under, as the anchoring found it', () => {
  it('finds each quote under its heading, through inline markup, and drops a trailing colon from a title', async () => {
    const sections = await sectionsOf([
      { id: 'first', quote: { exact: 'a first sentence' } },
      { id: 'talks', quote: { exact: 'Talks go on in Istanbul.' } },
      { id: 'october', quote: { exact: 'The talks began in October' } },
      { id: 'talk', quote: { exact: 'Both should talk.' } },
    ]);
    expect(Object.fromEntries(sections)).toEqual({ first: OPENING_SECTION, talks: 'Key Points', october: 'Analysis', talk: 'Way Forward' });
  });

  it('tells repeated words apart by their prefix', async () => {
    const sections = await sectionsOf([{ id: 'again', quote: { exact: 'The border stays closed', prefix: 'Both should talk.' } }]);
    expect(sections.get('again')).toBe('Way Forward');
  });

  it('knows a key points section by its title', () => {
    expect(isKeyPointsSection('Key Points')).toBe(true);
    expect(isKeyPointsSection('key point')).toBe(true);
    expect(isKeyPointsSection('Analysis')).toBe(false);
  });

  it('places every claim of the real brief: six key points, the rest in Analysis and Way Forward', async () => {
    const brief = contentLibrary().briefs[0]!;
    const sections = claimSections((await renderBrief(brief, createPaths('/'))).contexts);
    expect(sections.size).toBe(brief.claims.length);
    const keyPoints = brief.claims.filter((claim) => sections.get(claim.id) === 'Key Points').map((claim) => claim.id);
    expect(keyPoints).toEqual(brief.claims.filter((claim) => claim.id.startsWith('kp-')).map((claim) => claim.id));
    expect(new Set(sections.values())).toEqual(new Set(['Key Points', 'Analysis', 'Way Forward']));
  });
});
