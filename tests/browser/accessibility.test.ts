/** axe-core on every page type, in the light and the dark scheme, with no console error. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const { open } = useChromium(inject('siteUrl'));

describe('accessibility of every page type', () => {
  const pages = [
    ['home', ''],
    ['reading', `${briefId}/`],
    ['claim', `${briefId}/claims/kabul-river-share-cut/`],
    ['claims index', `${briefId}/claims/`],
    ['reference', 'references/dawn-2025-talks-outcome/'],
    ['references', 'references/'],
    ['topic', 'topics/water/'],
    ['topics', 'topics/'],
    ['about', 'about/'],
    ['my notes', 'notes/'],
    ['search', 'search/'],
    ['not found', 'no-such-page/'],
  ] as const;
  for (const [name, path] of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe finds nothing on the ${name} page (${colorScheme})`, async () => {
        const { page, errors, close } = await open(path, { colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
        // The not-found page is served with a 404, which Chromium logs as an error.
        expect(errors.filter((error) => !(name === 'not found' && /404 \(Not Found\)/.test(error)))).toEqual([]);
        await close();
      });
    }
  }
});
