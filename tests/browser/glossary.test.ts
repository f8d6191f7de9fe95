/** The glossary in Chromium: its page passes axe in both schemes, and a term's first use carries its definition. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../support/chromium';
import { briefId } from '../support/site';

const { open } = useChromium(inject('siteUrl'));

describe('the glossary', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing on /glossary/ (${colorScheme})`, async () => {
      const { page, errors, close } = await open('glossary/', { colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('the reading view makes a term’s first use a control for its definition, the text unchanged', async () => {
    const { page, close } = await open(`${briefId}/`);
    const ttp = page.locator('.brief-text .glossary-term[data-term="ttp"]');
    await expect(ttp.count()).resolves.toBe(1);
    await expect(ttp.textContent()).resolves.toBe('TTP');
    await expect(ttp.getAttribute('role')).resolves.toBe('button');
    await expect(ttp.getAttribute('aria-expanded')).resolves.toBe('false');
    // The sentence reads as the author wrote it.
    await expect(page.locator('.brief-text > ul:not([data-editorial]) > li').nth(1).evaluate((item) => item.textContent)).resolves.toContain('after TTP attacks from Afghan territory happenedagain and again.');
    await ttp.click();
    await page.waitForFunction(() => /^TTP: Tehreek-e-Taliban Pakistan/.test(document.getElementById('term-definition')?.textContent ?? ''));
    await expect(ttp.getAttribute('aria-expanded')).resolves.toBe('true');
    await close();
  });
});
