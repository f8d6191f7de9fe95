import { describe, expect, it } from 'vitest';
import { locateClaims } from '../../src/lib/anchor/locate-claims';

const BREAK = '\u0000';

describe('locateClaims', () => {
  it('finds each claim’s words once, in the order given', () => {
    const text = `${BREAK}Talks go on. In Istanbul.${BREAK}Attackers came.`;
    const { located, problems } = locateClaims(text, [
      { id: 'istanbul', quote: { exact: 'In Istanbul.' } },
      { id: 'talks', quote: { exact: 'Talks go on.' } },
    ]);
    expect(problems).toEqual([]);
    expect(located.map(({ claim, start, end }) => [claim.id, text.slice(start, end)])).toEqual([
      ['istanbul', 'In Istanbul.'],
      ['talks', 'Talks go on.'],
    ]);
  });

  it('reports every problem at once: a missing quote with the closest text, a repeat with both places, an overlap', () => {
    const text = `${BREAK}Talks resumed. Talks resumed. The mediation ofTurkey and Qatar.`;
    const { located, problems } = locateClaims(text, [
      { id: 'mediation', quote: { exact: 'mediation of Turkey' } },
      { id: 'talks', quote: { exact: 'Talks resumed.' } },
      { id: 'qatar', quote: { exact: 'ofTurkey and Qatar.' } },
      { id: 'turkey', quote: { exact: 'The mediation ofTurkey' } },
    ]);
    expect(problems.map((problem) => problem.claimId)).toEqual(['mediation', 'talks', 'qatar']);
    expect(problems[0]!.hint).toContain('the closest text is "mediation ofTurkey');
    expect(problems[1]!.problem).toMatch(/matches 2 places/);
    expect(problems[2]!.problem).toBe('its quote overlaps the quote of claim "turkey"');
    expect(located.map(({ claim }) => claim.id)).toEqual(['qatar', 'turkey']);
  });

  it('never matches across a block break', () => {
    const { problems } = locateClaims(`${BREAK}First block ends.${BREAK}Second begins.`, [
      { id: 'across', quote: { exact: 'ends. Second' } },
    ]);
    expect(problems.map((problem) => problem.claimId)).toEqual(['across']);
  });
});
