import { VFileMessage } from 'vfile-message';
import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error';
import { Problem, formatProblem, sortProblems } from '../../src/lib/content/problem';
import { renderWithClaims } from '../support/render';

// Astro's processor logs a failure before rethrowing it; the test reads the error itself.
vi.spyOn(console, 'error').mockImplementation(() => {});

describe('Problem, the one shape of a content problem', () => {
  const placed = new Problem({ file: 'a.yaml', ruleId: 'quote-not-found', line: 4, column: 14, item: 'claim "x"', message: 'quote not found in the brief: "y"', hint: 'quote the brief exactly' });

  it('is a vfile message with the file, line, column, rule id and hint', () => {
    expect(placed).toBeInstanceOf(VFileMessage);
    expect(placed).toMatchObject({ file: 'a.yaml', line: 4, column: 14, ruleId: 'quote-not-found', source: 'annotated-reader', fatal: true, hint: 'quote the brief exactly' });
  });

  it('prints as file:line:column: item: message, with the hint below; without a place while it has none', () => {
    expect(formatProblem(placed)).toBe('a.yaml:4:14: claim "x": quote not found in the brief: "y"\n  Hint: quote the brief exactly');
    expect(formatProblem(placed.with({ line: undefined, column: undefined }))).toBe('a.yaml: claim "x": quote not found in the brief: "y"\n  Hint: quote the brief exactly');
  });

  it('sorts by file, then line and column', () => {
    const at = (file: string, line: number, column: number) => new Problem({ file, ruleId: 'schema', line, column, message: 'm' });
    expect(sortProblems([at('b', 1, 1), at('a', 2, 1), at('a', 1, 9), at('a', 1, 2)]).map(formatProblem)).toEqual(['a:1:2: m', 'a:1:9: m', 'a:2:1: m', 'b:1:1: m']);
  });

  it('reaches the caller of a render whole: every problem of the Markdown and the anchoring in one ContentError', async () => {
    const error = await renderWithClaims('[a](javascript:x) and <b>bold</b>. Talks go on.', [
      { id: 'gone', quote: { exact: 'Talks went on.' } },
      { id: 'kept', quote: { exact: 'Talks go on.' } },
    ]).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((problem) => [problem.file, problem.ruleId, problem.line, problem.column])).toEqual([
      ['brief.md', 'unsafe-link', 1, 1],
      ['brief.md', 'raw-html', 1, 23],
      ['brief.md', 'raw-html', 1, 30],
      ['annotations.yaml', 'quote-not-found', undefined, undefined],
    ]);
    expect((error as ContentError).problems[3]!.at).toEqual(['claims', 0, 'quote', 'exact']);
  });
});
