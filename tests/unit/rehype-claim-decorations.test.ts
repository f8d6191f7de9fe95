import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/content/link-graph';
import { createPaths } from '../../src/lib/site/paths';
import { annotationsSchema, briefSchema, referenceSchema } from '../../src/lib/content/schema';
import { rehypePlugins, remarkPlugins } from '../../src/lib/render/plugins';
import { MARKDOWN_OPTIONS } from '../../src/lib/render/markdown-preset.mjs';
import { evidenceSummary, openingWords } from '../../src/lib/render/rehype-claim-decorations';
import type { LinkedClaim } from '../../src/lib/content/link-graph';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll, textOf } from '../support/dist';

const parse = (html: string): Root => fromHtml(html, { fragment: true });
/** The citation marks, in order, as a reader and a screen reader meet them. */
const citations = (tree: Root) =>
  selectAll('a[href^="#ref-"]', tree).map((link) => ({ href: link.properties.href, label: link.properties.ariaLabel, text: textOf(link) }));
/** The group the first citation mark stands in. */
const groupOf = (tree: Root): Element => select(':has(> a[href^="#ref-"])', tree)!;

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
  // Read as a reader and the reading view's scripts read it: the text in order, the links and
  // what they point at, the data the citation previews use. Not the markup's exact spelling.
  it('puts a claim’s citation numbers at the end of its sentence, never where the claim ends mid-sentence', async () => {
    const html = parse(
      await render('Gunfire and closures are signs of escalation. Talks followed.', [
        claim('gunfire', 'Gunfire and closures', ['three']),
        claim('signs', 'are signs of escalation.'),
      ]),
    );
    expect(textOf(select('p', html)!)).toBe('Gunfire and closures are signs of escalation.[3] Talks followed.');
    expect(textOf(select('#gunfire', html)!)).toBe('Gunfire and closures');
    expect(textOf(select('#signs', html)!)).toBe('are signs of escalation.');
    expect(citations(html)).toEqual([{ href: '#ref-three', label: 'Reference 3', text: '[3]' }]);
    // A group after the claim it backs names no other claim.
    const backed = parse(await render('Talks resumed in Istanbul. Nothing else.', [claim('resumed', 'Talks resumed in Istanbul.', ['one'])]));
    expect(textOf(select('p', backed)!)).toBe('Talks resumed in Istanbul.[1] Nothing else.');
    expect(citations(backed)).toEqual([{ href: '#ref-one', label: 'Reference 1', text: '[1]' }]);
    expect(groupOf(backed).properties.dataFollows).toBeUndefined();
  });

  it('names the claim a group stands after, so a preview can say when its sources back another claim of the sentence', async () => {
    const html = parse(
      await render('Gunfire and closures are signs of escalation. Talks followed.', [
        claim('gunfire', 'Gunfire and closures', ['three']),
        claim('signs', 'are signs of escalation.'),
      ]),
    );
    // The mark stands after "signs", but backs "gunfire".
    expect(groupOf(html).properties.dataFollows).toBe('signs');
    expect(String(select('a[href="#ref-three"]', html)!.properties.dataBearing)).toContain('gunfire');
  });

  it('merges the numbers of claims ending in one sentence into one ascending group, each mark a Tab stop of its own', async () => {
    const html = parse(
      await render('Talks resumed in Istanbul, mediators said.', [
        claim('resumed', 'Talks resumed', ['two', 'three']),
        claim('istanbul', 'in Istanbul, mediators said.', ['one', 'three']),
      ]),
    );
    expect(textOf(select('p', html)!)).toBe('Talks resumed in Istanbul, mediators said.[1][2][3]');
    expect(citations(html).map((citation) => citation.text)).toEqual(['[1]', '[2]', '[3]']);
    // Links, so each is a Tab stop; none taken out of the order.
    expect(selectAll('a[href^="#ref-"]', html).filter((link) => link.properties.tabIndex !== undefined)).toEqual([]);
    // Reference 3 bears on both claims.
    expect(String(select('a[href="#ref-three"]', html)!.properties.dataBearing)).toMatch(/resumed.*istanbul/);
  });

  it('sets the editors’ layer after a paragraph, and inside a list item, marked as editorial', async () => {
    const html = parse(
      await render('- A key point.\n\nA body claim. More.', [claim('point', 'A key point.', [], { note: 'What the editors know.' }), claim('body', 'A body claim.')]),
    );
    const item = select('li:has(#point)', html)!;
    const paragraph = select('p:has(#body)', html)!;
    // The author's words stay whole; the layer comes after them, marked as not the author's.
    expect(textOf(paragraph)).toBe('A body claim. More.');
    const layers = selectAll('[data-editorial]:has([href="/brief/claims/point/"]), [data-editorial]:has([href="/brief/claims/body/"])', html);
    expect(layers).toHaveLength(2);
    expect(select('[data-editorial] [href="/brief/claims/point/"]', item)).toBeDefined();
    const siblings = html.children.filter((node): node is Element => node.type === 'element');
    expect(siblings[siblings.indexOf(paragraph) + 1]).toBe(layers.find((layer) => select('[href="/brief/claims/body/"]', layer)));
    // Each claim's entry: its note, its kind in words (never colour alone), and "uncited" when no source backs it.
    const note = select('#note-point', html)!;
    expect(note.properties.dataClaim).toBe('point');
    expect(textOf(note)).toContain('What the editors know.');
    expect(textOf(note)).toContain('Fact');
    expect(textOf(note)).toContain('uncited');
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
