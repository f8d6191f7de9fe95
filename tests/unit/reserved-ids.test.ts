import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/lib/content/link-graph';
import { briefFolderProblem } from '../../src/lib/content/link-graph';
import { LIBRARY_PAGES, createPaths } from '../../src/lib/site/paths';
import { reservedElementId, reservedTopLevelPath } from '../../src/lib/content/reserved-ids';
import { annotationsSchema, briefSchema } from '../../src/lib/content/schema';

describe('reserved element ids', () => {
  it('finds exact ids and ids made from a prefix, with their owner', () => {
    expect(reservedElementId('main')?.owner).toMatch(/main column/);
    expect(reservedElementId('ref-dawn-2025')).toMatchObject({ id: 'ref-', match: 'prefix' });
    expect(reservedElementId('note-toggle-x')).toMatchObject({ id: 'note-', match: 'prefix' });
    expect(reservedElementId('mainland-claim')).toBeUndefined();
    expect(reservedElementId('kp-durand-line-mistrust')).toBeUndefined();
    expect(reservedElementId('references-matter')).toBeUndefined();
  });
});

describe('brief folder names', () => {
  it.each(['search', 'SEARCH', 'About', 'pagefind', '404', 'index', 'robots', 'sitemap'])('%s is taken by a path of the build', (name) => {
    expect(reservedTopLevelPath(name)).toBeDefined();
  });

  it("the home page's later pages live under a reserved folder, so no brief can take it", () => {
    const [folder] = createPaths('/').home(2).split('/').filter(Boolean);
    expect(folder).toBe(LIBRARY_PAGES);
    expect(reservedTopLevelPath(LIBRARY_PAGES)).toBe('library');
  });

  it('a brief id that is no path of the build is free', () => {
    expect(reservedTopLevelPath('pakistan-afghanistan-2025')).toBeUndefined();
    expect(reservedTopLevelPath('searching')).toBeUndefined();
  });

  it.each([
    ['Pakistan-2025', /is not a valid brief id/],
    ['sitemap.xml', /is not a valid brief id/],
    ['a--b', /is not a valid brief id/],
    ['topics', /is taken: the build writes "topics"/],
    ['404', /is taken: the build writes "404\.html"/],
    ['library', /is taken: the build writes "library"/],
  ])('refuses the folder %s', (name, problem) => {
    expect(briefFolderProblem(name)?.problem).toMatch(problem);
  });
});

describe('checkLibrary', () => {
  it('reports every problem, not only the first, each with the path of its YAML node', () => {
    const claims = annotationsSchema.parse({
      claims: [
        { id: 'main', quote: { exact: 'One claim.' }, kind: 'fact', topics: ['nowhere'] },
        { id: 'two', quote: { exact: 'Two claims.' }, kind: 'fact', links: [{ to: 'three', relation: 'supports' }] },
        { id: 'two', quote: { exact: 'Again.' }, kind: 'fact' },
      ],
    }).claims;
    const problems = checkLibrary({
      referencesFile: 'references.yaml',
      topicsFile: 'topics.yaml',
      references: [],
      topics: [],
      briefs: [{ id: 'one', file: 'brief.md', annotationsFile: 'annotations.yaml', data: briefSchema.parse({ title: 'One', summary: 'A brief for the tests of the checks.', date: '2025', authorship: 'unknown' }), body: 'One claim. Two claims. Again.', claims }],
    });
    expect(problems.map((problem) => [problem.item, problem.message.replace(/:.*/, ''), problem.at])).toEqual([
      ['claim "main"', 'this id is taken by the layout', ['claims', 0, 'id']],
      ['claim "main"', 'topic "nowhere" is not in the vocabulary', ['claims', 0, 'topics', 0]],
      ['claim "two"', 'this id is used by another claim too', ['claims', 2, 'id']],
      ['claim "two"', 'links to claim "three", which this brief does not have', ['claims', 1, 'links', 0, 'to']],
    ]);
  });
});
