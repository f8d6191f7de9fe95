import { describe, expect, it } from 'vitest';
import { headerSearch, searchPageHref } from '../../src/lib/search/header-search';

const brief = { id: 'kabul-2025', data: { title: 'Kabul, water & the TTP' }, claims: [{}] };

describe('the header’s search box', () => {
  it('on a brief’s pages searches that brief, says so, and sends its title as the brief filter', () => {
    const search = headerSearch(brief);
    expect(search.briefId).toBe('kabul-2025');
    expect(search.placeholder).toBe('Search this brief  /');
    expect(search.boxLabel).toBe('Search the claims of “Kabul, water & the TTP”');
    expect(search.hidden).toEqual([{ name: 'brief', value: 'Kabul, water & the TTP' }]);
  });

  it('searches the library elsewhere, and on the pages of a brief without claims (it has no bundle)', () => {
    for (const search of [headerSearch(), headerSearch({ ...brief, claims: [] })]) {
      expect(search.briefId).toBeUndefined();
      expect(search.placeholder).toBe('Search claims  /');
      expect(search.hidden).toEqual([]);
    }
  });

  it('links to the search page with the query and the filters, encoded', () => {
    expect(searchPageHref('/briefs/search/', 'Kabul & River')).toBe('/briefs/search/?q=Kabul+%26+River');
    expect(searchPageHref('/search/', 'dams', headerSearch(brief).hidden)).toBe('/search/?q=dams&brief=Kabul%2C+water+%26+the+TTP');
    // "Search instead for …": the words as typed, asked for literally.
    expect(searchPageHref('/search/', 'Gwader', [], true)).toBe('/search/?q=Gwader&literal=1');
    expect(searchPageHref('/search/', 'dams', headerSearch(brief).hidden, true)).toBe('/search/?q=dams&brief=Kabul%2C+water+%26+the+TTP&literal=1');
  });
});
