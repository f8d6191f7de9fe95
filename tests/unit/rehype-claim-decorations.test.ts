import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/content/link-graph';
import { createPaths } from '../../src/lib/site/paths';
import { annotationsSchema, briefSchema, referenceSchema } from '../../src/lib/content/schema';
import { rehypePlugins, remarkPlugins } from '../../src/lib/render/plugins';
import { MARKDOWN_OPTIONS } from '../../src/lib/render/markdown-preset.mjs';
import { evidenceSummary, openingWords } from '../../src/lib/render/rehype-claim-decorations';
import type { LinkedClaim } from '../../src/lib/content/link-graph';

/** Renders a one-brief library's text with its claims anchored and decorated, as the reading view does. */
async function render(body: string, claims: unknown[]): Promise<string> {
  const library = buildLibrary({
    referencesFile: 'references.yaml',
    topicsFile: 'topics.yaml',
    references: ['one', 'two', 'three'].map((id) => referenceSchema.parse({ id, type: 'article-newspaper', title: id, checked: 'Seen.' })),
    topics: [],
    briefs: [
      {
        id: 'brief',
        file: 'brief.md',
        annotationsFile: 'annotations.yaml',
        body,
        data: briefSchema.parse({ title: 'A brief for tests', summary: 'A brief for the tests of the decorations.', date: '2025', authorship: 'unknown', references: ['one', 'two', 'three'].map((ref) => ({ ref, asListed: ref })) }),
        claims: annotationsSchema.parse({ claims }).claims,
      },
    ],
  });
  const brief = library.briefs[0]!;
  const processor = await createMarkdownProcessor({
    ...MARKDOWN_OPTIONS,
    remarkPlugins: remarkPlugins({ file: 'brief.md' }),
    rehypePlugins: rehypePlugins({
      file: 'brief.md',
      claims: { claims: brief.claims, annotationsFile: 'annotations.yaml' },
      decorations: { claims: brief.claims, sitePaths: createPaths('/') },
    }),
  });
  return (await processor.render(body)).code;
}

const claim = (id: string, exact: string, refs: string[] = [], extra: object = {}) => ({
  id,
  quote: { exact },
  kind: 'fact',
  evidence: refs.map((ref) => ({ ref, relation: 'supports' })),
  ...extra,
});

describe('rehype-claim-decorations', () => {
  it('puts a claim’s citation numbers at the end of its sentence, never where the claim ends mid-sentence', async () => {
    const html = await render('Gunfire and closures are signs of escalation. Talks followed.', [
      claim('gunfire', 'Gunfire and closures', ['three']),
      claim('signs', 'are signs of escalation.'),
    ]);
    expect(html).toContain('<span class="claim" id="gunfire">Gunfire and closures</span> <span class="claim" id="signs">are signs of escalation.</span><sup class="cites"');
    // A group after a claim it backs names nothing more.
    const backed = await render('Talks resumed in Istanbul. Nothing else.', [claim('resumed', 'Talks resumed in Istanbul.', ['one'])]);
    expect(backed).toContain('<sup class="cites"><a class="cite"');
    expect(html).toMatch(/<sup class="cites"[^>]*><a class="cite" href="#ref-three" aria-label="Reference 3"[^>]*>\[3\]<\/a><\/sup> Talks followed\./);
  });

  it('names the claim a group stands after, so a preview can say when its sources back another claim of the sentence', async () => {
    const html = await render('Gunfire and closures are signs of escalation. Talks followed.', [
      claim('gunfire', 'Gunfire and closures', ['three']),
      claim('signs', 'are signs of escalation.'),
    ]);
    // The mark stands after "signs", but backs "gunfire".
    expect(html).toMatch(/<sup class="cites" data-follows="signs"><a class="cite"[^>]*data-bearing="[^"]*gunfire/);
  });

  it('merges the numbers of claims ending in one sentence into one ascending group, each mark a Tab stop of its own', async () => {
    const html = await render('Talks resumed in Istanbul, mediators said.', [
      claim('resumed', 'Talks resumed', ['two', 'three']),
      claim('istanbul', 'in Istanbul, mediators said.', ['one', 'three']),
    ]);
    const group = html.match(/<sup class="cites"[^>]*>(.*?)<\/sup>/)![1]!;
    expect([...group.matchAll(/>\[(\d)\]</g)].map((match) => match[1])).toEqual(['1', '2', '3']);
    expect(group).not.toContain('tabindex');
    // Reference 3 bears on both claims, each with its own relation.
    expect(group).toMatch(/href="#ref-three"[^>]*data-bearing="[^"]*resumed[^"]*istanbul/);
  });

  it('sets the editors’ layer after a paragraph, and inside a list item, marked as editorial', async () => {
    const html = await render('- A key point.\n\nA body claim. More.', [
      claim('point', 'A key point.', [], { note: 'What the editors know.' }),
      claim('body', 'A body claim.'),
    ]);
    expect(html).toMatch(/<li><span class="claim" id="point">A key point\.<\/span><ul class="claim-notes" data-editorial=""/);
    expect(html).toMatch(/<p><span class="claim" id="body">A body claim\.<\/span> More\.<\/p>\s*<ul class="claim-notes" data-editorial=""/);
    expect(html).toMatch(/<li id="note-point" data-claim="point" data-kind="fact" class="claim-note has-note"><a class="claim-control" href="\/brief\/claims\/point\/"/);
    expect(html).toContain('What the editors know.');
    expect(html).toContain('<span class="claim-evidence no-evidence-flag"> · uncited</span>');
    // The kind by shape and by word, never by colour alone.
    expect(html).toMatch(/<span class="claim-kind">Fact<\/span>/);
  });

  it('says how a claim’s sources bear on it, grouped by relation, by the brief’s numbers', () => {
    const citation = (number: number, relation: string) => ({ number, relation }) as unknown as LinkedClaim['citations'][number];
    expect(evidenceSummary({ citations: [citation(9, 'context'), citation(5, 'supports'), citation(7, 'supports')] })).toBe('supports [5] [7], context [9]');
    expect(evidenceSummary({ citations: [] })).toBe('uncited');
  });

  it('ties an annotation to its claim by the claim’s opening words', () => {
    expect(openingWords('Kabul River is one of the most important elements')).toBe('“Kabul River is one of…”');
    expect(openingWords('Talks go on.')).toBe('“Talks go on.”');
  });
});
