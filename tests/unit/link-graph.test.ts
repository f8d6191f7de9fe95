import { describe, expect, it } from 'vitest';
import { buildLibrary, type LibrarySource } from '../../src/lib/content/link-graph';
import { annotationsSchema, briefSchema, referenceSchema, topicSchema } from '../../src/lib/content/schema';

function library(overrides: { claims?: unknown[]; references?: unknown[]; listed?: string[]; briefId?: string; body?: string } = {}): LibrarySource {
  const references = (overrides.references ?? [
    { id: 'dawn-2025', type: 'article-newspaper', title: 'Talks', checked: 'Seen.' },
    { id: 'tribune-2025', type: 'article-newspaper', title: 'Footprint', checked: 'Seen.' },
  ]).map((reference) => referenceSchema.parse(reference));
  const claims = annotationsSchema.parse({
    claims: overrides.claims ?? [
      { id: 'kp-talks', quote: { exact: 'Talks go on.' }, kind: 'fact', topics: ['diplomacy'], evidence: [{ ref: 'dawn-2025', relation: 'supports' }] },
      { id: 'istanbul', quote: { exact: 'In Istanbul.' }, kind: 'fact', topics: ['diplomacy'], evidence: [{ ref: 'dawn-2025', relation: 'qualifies', note: 'Dates them.' }], links: [{ to: 'kp-talks', relation: 'elaborates' }] },
      { id: 'attackers', quote: { exact: 'Attackers came.' }, kind: 'assessment', evidence: [{ ref: 'tribune-2025', relation: 'supports' }], links: [{ to: 'kp-talks', relation: 'elaborates' }] },
      { id: 'unsupported', quote: { exact: 'Nobody says so.' }, kind: 'prediction' },
    ],
  }).claims;
  return {
    referencesFile: 'content/references.yaml',
    topicsFile: 'content/topics.yaml',
    references,
    topics: [topicSchema.parse({ id: 'diplomacy', label: 'Diplomacy', description: 'Talks.' })],
    briefs: [
      {
        id: overrides.briefId ?? 'brief-one',
        file: 'content/briefs/brief-one/brief.md',
        annotationsFile: 'content/briefs/brief-one/annotations.yaml',
        body: overrides.body ?? 'Talks go on. In Istanbul. Attackers came. Nobody says so.',
        data: briefSchema.parse({
          title: 'One',
          summary: 'A brief for the tests of the link graph.',
          date: '2025',
          authorship: 'unknown',
          references: (overrides.listed ?? ['dawn-2025', 'tribune-2025']).map((ref) => ({ ref, asListed: ref })),
        }),
        claims,
      },
    ],
  };
}

describe('buildLibrary: inverse links', () => {
  it('lists, for each reference, every claim citing it with how', () => {
    const { references } = buildLibrary(library());
    const dawn = references.find((reference) => reference.id === 'dawn-2025')!;
    expect(dawn.citedBy.map(({ claim, relation, note }) => [claim.id, relation, note])).toEqual([
      ['kp-talks', 'supports', undefined],
      ['istanbul', 'qualifies', 'Dates them.'],
    ]);
  });

  it('numbers citations by the brief’s own reference list', () => {
    const { briefs } = buildLibrary(library({ listed: ['tribune-2025', 'dawn-2025'] }));
    const attackers = briefs[0]!.claims.find((claim) => claim.id === 'attackers')!;
    expect(attackers.citations.map((citation) => citation.number)).toEqual([1]);
    expect(briefs[0]!.referenceList.map((entry) => [entry.number, entry.citedBy.map((citing) => citing.claim.id)])).toEqual([
      [1, ['attackers']],
      [2, ['kp-talks', 'istanbul']],
    ]);
  });

  it('computes the claims that elaborate a key point, in reading order', () => {
    const { briefs } = buildLibrary(library());
    const keyPoint = briefs[0]!.claims.find((claim) => claim.id === 'kp-talks')!;
    expect(keyPoint.linksIn.map((link) => [link.claim.id, link.relation])).toEqual([
      ['istanbul', 'elaborates'],
      ['attackers', 'elaborates'],
    ]);
    expect(briefs[0]!.claims.find((claim) => claim.id === 'istanbul')!.linksOut.map((link) => link.claim.id)).toEqual(['kp-talks']);
  });

  it('files claims under their topics', () => {
    const { topics } = buildLibrary(library());
    expect(topics[0]!.claims.map((claim) => claim.id)).toEqual(['kp-talks', 'istanbul']);
  });

  it('keeps a claim without evidence, with no citations', () => {
    const { briefs } = buildLibrary(library());
    expect(briefs[0]!.claims.find((claim) => claim.id === 'unsupported')!.citations).toEqual([]);
  });
});

describe('buildLibrary: no dangling ids', () => {
  it('fails on evidence naming an unknown reference, with the file, the claim and the known ids', () => {
    expect(() => buildLibrary(library({ claims: [{ id: 'a', quote: { exact: 'Talks go on.' }, kind: 'fact', evidence: [{ ref: 'guardian-2025', relation: 'supports' }] }] }))).toThrow(
      /annotations\.yaml: claim "a": cites reference "guardian-2025", which is not in content\/references\.yaml\n {2}Hint: use one of: dawn-2025, tribune-2025/,
    );
  });

  it('fails on evidence naming a reference the brief does not list', () => {
    expect(() => buildLibrary(library({ listed: ['dawn-2025'], claims: [{ id: 'a', quote: { exact: 'Talks go on.' }, kind: 'fact', evidence: [{ ref: 'tribune-2025', relation: 'supports' }] }] }))).toThrow(
      /claim "a": cites reference "tribune-2025", which the brief's own reference list does not include/,
    );
  });

  it('fails on a link to an unknown claim', () => {
    expect(() => buildLibrary(library({ claims: [{ id: 'a', quote: { exact: 'Talks go on.' }, kind: 'fact', links: [{ to: 'kp-missing', relation: 'elaborates' }] }] }))).toThrow(
      /claim "a": links to claim "kp-missing", which this brief does not have/,
    );
  });

  it('fails on a duplicate claim id', () => {
    const claim = { id: 'a', quote: { exact: 'Talks go on.' }, kind: 'fact' };
    expect(() => buildLibrary(library({ claims: [claim, { ...claim, quote: { exact: 'In Istanbul.' } }] }))).toThrow(/claim "a": this id is used by another claim too/);
  });

  it('fails on a topic outside the vocabulary, listing the vocabulary', () => {
    expect(() => buildLibrary(library({ claims: [{ id: 'a', quote: { exact: 'Talks go on.' }, kind: 'fact', topics: ['weather'] }] }))).toThrow(
      /claim "a": topic "weather" is not in the vocabulary\n {2}Hint: use one of: diplomacy/,
    );
  });

  it('fails on a duplicate reference id', () => {
    const reference = { id: 'dawn-2025', type: 'article-newspaper', title: 'Talks', checked: 'Seen.' };
    expect(() => buildLibrary(library({ references: [reference, reference] }))).toThrow(/references\.yaml: reference "dawn-2025": this id is used twice/);
  });

  it('fails on a brief folder named like a page of the site', () => {
    expect(() => buildLibrary(library({ briefId: 'search' }))).toThrow(/the folder name "search" is taken: the build writes "search"/);
  });

  it('fails on an empty brief', () => {
    expect(() => buildLibrary(library({ body: '  \n' }))).toThrow(/brief\.md: the brief has no text/);
  });
});
