import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findQuote } from '../../src/lib/anchor/anchor-quotes';
import { anchorsInBuild, renderedText, splitFrontmatter } from '../../src/lib/authoring/anchoring-text';
import { reanchorClaims, type ClaimToReanchor, type ReanchorOutcome } from '../../src/lib/anchor/reanchor';
import { rewriteAnnotations, UNPLACED_MARK } from '../../src/lib/authoring/rewrite-annotations';
import { projectRoot } from '../support/site';

const briefDir = join(projectRoot, 'content/briefs/pakistan-afghanistan-2025');
const body = splitFrontmatter(readFileSync(join(briefDir, 'brief.md'), 'utf8')).body;
const annotationsYaml = readFileSync(join(briefDir, 'annotations.yaml'), 'utf8');
const claims: ClaimToReanchor[] = parse(annotationsYaml).claims;

const RIVER_SHARE = 'It is estimated that the application of these projects will cut down the share of Pakistan by about 16-17%.';
const INDIA_POLICY = 'This approach forms a core component of India’s foreign policy aimed at destabilizing Pakistan.';

/** Replaces a passage that must be there, so an edit can never silently do nothing. */
function edit(markdown: string, passage: string, replacement: string): string {
  if (!markdown.includes(passage)) throw new Error(`the brief has no "${passage}"`);
  return markdown.replace(passage, replacement);
}

let previousText: string;
beforeAll(async () => {
  previousText = await renderedText(body, 'brief.md');
});

// An edit two tests share (one reads the outcome, one writes it back) is re-anchored once.
const reanchored = new Map<string, ReturnType<typeof reanchorUncached>>();
function reanchor(editedBody: string, withPrevious = true) {
  const key = `${withPrevious}\n${editedBody}`;
  if (!reanchored.has(key)) reanchored.set(key, reanchorUncached(editedBody, withPrevious));
  return reanchored.get(key)!;
}

async function reanchorUncached(editedBody: string, withPrevious: boolean) {
  const text = await renderedText(editedBody, 'brief.md');
  const outcomes = reanchorClaims(text, claims, withPrevious ? previousText : undefined);
  const changed = outcomes.filter((outcome) => outcome.status !== 'unchanged');
  return { text, outcomes, changed };
}

/** The quotes as they would be written, anchored by the build's own plugin (throws as the build would). */
async function anchorsAfterWrite(editedBody: string, outcomes: ReanchorOutcome[]): Promise<void> {
  const quotes = outcomes.map((outcome) => ({ id: outcome.id, quote: outcome.status === 'reanchored' ? outcome.after : outcome.before }));
  await anchorsInBuild(editedBody, quotes, { file: 'brief.md', annotationsFile: 'annotations.yaml' });
}

describe('re-anchoring after the text changed', () => {
  it('leaves every claim as it is when the text is unchanged', async () => {
    const { changed } = await reanchor(body);
    expect(changed).toEqual([]);
  });

  it('a moved sentence: found exactly where it went, nothing to change', async () => {
    const moved = edit(edit(body, `${RIVER_SHARE} `, ''), 'We need to understand', `${RIVER_SHARE} We need to understand`);
    const { text, changed } = await reanchor(moved);
    expect(changed).toEqual([]);
    const match = findQuote(text, { exact: RIVER_SHARE });
    expect(match.status === 'found' && text.slice(match.end, match.end + 22)).toBe(' We need to understand');
  });

  it('an inserted paragraph: nothing to change', async () => {
    const { changed } = await reanchor(edit(body, 'Kabul River is one', 'A paragraph the author added later.\n\nKabul River is one'));
    expect(changed).toEqual([]);
  });

  it('a changed word: the quote follows the new wording', async () => {
    const edited = edit(body, 'the application of these projects', 'the completion of these projects');
    const { changed, outcomes } = await reanchor(edited);
    expect(changed).toMatchObject([
      { id: 'kabul-river-share-cut', status: 'reanchored', after: { exact: RIVER_SHARE.replace('application', 'completion') } },
    ]);
    await anchorsAfterWrite(edited, outcomes);
  });

  it('a typo fixed in the text: the quote follows, and the correction of the typo is reported', async () => {
    const edited = edit(body, 'Afghanistanis Durand', 'Afghanistan is Durand');
    const { changed, outcomes } = await reanchor(edited);
    expect(changed).toMatchObject([
      {
        id: 'kp-durand-line-mistrust',
        status: 'reanchored',
        after: { exact: 'The historical source of mistrust between both Pakistan and Afghanistan is Durand line (border) dispute.' },
        staleCorrections: [{ written: 'Afghanistanis', reading: 'Afghanistan is' }],
      },
    ]);
    await anchorsAfterWrite(edited, outcomes);
  });

  it('a deleted sentence: the claim is reported lost, never moved to other words', async () => {
    const { changed } = await reanchor(edit(body, `${RIVER_SHARE} `, ''));
    expect(changed).toMatchObject([{ id: 'kabul-river-share-cut', status: 'lost', before: { exact: RIVER_SHARE } }]);
  });

  it('a deleted sentence with a look-alike elsewhere: the look-alike scores below the threshold, so the claim is reported lost', async () => {
    const lookAlike = 'It is estimated that the application of these plans will cut down the share of Afghanistan by about 12%.';
    const edited = edit(edit(body, `${RIVER_SHARE} `, ''), 'in diplomacy.', `in diplomacy. ${lookAlike}`);
    const { changed } = await reanchor(edited);
    expect(changed).toMatchObject([{ id: 'kabul-river-share-cut', status: 'lost', reason: expect.stringMatching(/below 0\.8/) }]);
    // Nor without the text as it was: then only a near-identical passage would do.
    const blind = await reanchor(edited, false);
    expect(blind.changed).toMatchObject([{ id: 'kabul-river-share-cut', status: 'lost', reason: expect.stringMatching(/0\.9 needed/) }]);
  });

  it('a sentence reworded beyond the threshold: reported, not re-anchored', async () => {
    const reworded = 'These projects, it is estimated, will reduce what Pakistan receives by some 16-17%.';
    const { changed } = await reanchor(edit(body, RIVER_SHARE, reworded));
    expect(changed).toMatchObject([{ id: 'kabul-river-share-cut', status: 'lost' }]);
  });

  describe('a repeat that makes a quote ambiguous', () => {
    const repeated = edit(body, '## Way Forward:', `${INDIA_POLICY}\n\n## Way Forward:`);

    it('with the text as it was, the claim keeps its own place and gains the shortest prefix or suffix that tells it apart', async () => {
      const { text, changed, outcomes } = await reanchor(repeated);
      expect(changed).toHaveLength(1);
      const [outcome] = changed;
      expect(outcome).toMatchObject({ id: 'india-policy-destabilize-pakistan', status: 'reanchored', after: { exact: INDIA_POLICY } });
      const after = (outcome as Extract<ReanchorOutcome, { status: 'reanchored' }>).after;
      expect(Boolean(after.prefix) !== Boolean(after.suffix)).toBe(true);
      const match = findQuote(text, after);
      // Its own place: after the sentence on Balochistan, in the Way Forward section.
      expect(match.status === 'found' && text.slice(match.start - 30, match.start)).toContain('insurgency in Balochistan.');
      await anchorsAfterWrite(repeated, outcomes);
    });

    it('without the text as it was, nothing tells the two apart: reported as ambiguous', async () => {
      const { changed } = await reanchor(repeated, false);
      expect(changed).toMatchObject([{ id: 'india-policy-destabilize-pakistan', status: 'ambiguous' }]);
    });

    it('a whole paragraph repeated: even the text around cannot tell, so it is reported as ambiguous', async () => {
      const paragraph = body.split('\n\n').find((block) => block.includes(INDIA_POLICY))!;
      const { changed } = await reanchor(edit(body, paragraph, `${paragraph}\n\n${paragraph}`));
      expect(changed.map((outcome) => outcome.status)).toEqual(changed.map(() => 'ambiguous'));
      expect(changed.map((outcome) => outcome.id)).toContain('india-policy-destabilize-pakistan');
    });
  });
});

describe('writing re-anchored quotes back', () => {
  it('changes only the quote and the stale correction, keeping every other byte of annotations.yaml', async () => {
    const { outcomes } = await reanchor(edit(body, 'Afghanistanis Durand', 'Afghanistan is Durand'));
    const rewritten = rewriteAnnotations(annotationsYaml, outcomes);
    const expected = annotationsYaml
      .replace('and Afghanistanis Durand line (border) dispute."', 'and Afghanistan is Durand line (border) dispute."')
      .replace('    corrections:\n      - written: "Afghanistanis"\n        reading: "Afghanistan is"\n', '');
    expect(expected).not.toBe(annotationsYaml);
    expect(rewritten).toBe(expected);
  });

  it('adds a prefix or suffix in the file\'s quoting style when a repeat needs one', async () => {
    const { outcomes } = await reanchor(edit(body, '## Way Forward:', `${INDIA_POLICY}\n\n## Way Forward:`));
    const rewritten = rewriteAnnotations(annotationsYaml, outcomes);
    const claim = parse(rewritten).claims.find((entry: ClaimToReanchor) => entry.id === 'india-policy-destabilize-pakistan');
    const added = claim.quote.prefix ?? claim.quote.suffix;
    expect(rewritten).toContain(`      ${claim.quote.prefix ? 'prefix' : 'suffix'}: "${added}"\n`);
  });
});

describe('a claim that cannot be placed', () => {
  it('stays in annotations.yaml whole, marked by a comment for the editor', () => {
    const yamlText = 'claims:\n  - id: "kept"\n    quote:\n      exact: "Words that are gone."\n    kind: "fact"\n    note: "Its note."\n  - id: "other"\n    quote:\n      exact: "Still here."\n    kind: "fact"\n';
    const rewritten = rewriteAnnotations(yamlText, [
      { id: 'kept', status: 'lost', before: { exact: 'Words that are gone.' }, reason: 'no passage of the text is close: its words are gone' },
      { id: 'other', status: 'unchanged', before: { exact: 'Still here.' } },
    ]);
    expect(rewritten).toContain(`# ${UNPLACED_MARK} NOT RE-ANCHORED (lost): no passage of the text is close: its words are gone. Place this quote by hand.\n  - id: "kept"`);
    expect(parse(rewritten)).toEqual(parse(yamlText));
  });
});
