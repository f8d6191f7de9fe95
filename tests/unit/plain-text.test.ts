import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, plainText, segmentAt } from '../../src/lib/render/plain-text';

const tree = fromHtml('<h2>Way <em>forward</em></h2><p>Talks <span class="claim" id="c">go <b>on</b>.</span><span data-editorial>[1]</span></p><ul><li>One</li></ul>', { fragment: true });

describe('plainText, the one flattener of the rendered text', () => {
  it('gives the anchoring a block break before each block, so no quote runs from one paragraph into the next', () => {
    expect(plainText(tree).text).toBe(`${BLOCK_BREAK}Way forward${BLOCK_BREAK}Talks go on.[1]${BLOCK_BREAK}One`);
  });

  it('gives the selectors the text a browser’s textContent gives, the skipped elements left out, with the range of each chosen element', () => {
    const isEditorial = (element: Element) => element.properties.dataEditorial !== undefined;
    const isClaim = (element: Element) => element.properties.id === 'c';
    const { text, ranges } = plainText(tree, { blockBreaks: false, skip: isEditorial, ranges: isClaim });
    expect(text).toBe('Way forwardTalks go on.One');
    const [range] = [...ranges.values()];
    expect(text.slice(range!.start, range!.end)).toBe('go on.');
  });

  it('maps an offset back to its text node and block', () => {
    const flat = plainText(tree);
    const at = flat.text.indexOf('on.');
    const segment = segmentAt(flat, at, 'start');
    expect(segment.node.value).toBe('on');
    expect(segment.block?.tagName).toBe('p');
    expect(segmentAt(flat, at + 2, 'end').node.value).toBe('on');
  });
});
