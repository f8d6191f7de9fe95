/**
 * rehype plugin, after the plugins that check the content (remark-safe-content,
 * rehype-anchor-claims): each of them reports every problem it finds as a
 * vfile message (`content/problem.ts`) and goes on; here the render stops,
 * before any page is made of a brief with problems, with all of them in one
 * ContentError, or hands them to `onProblems` (the content check lists them).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { ContentError } from '../content/content-error';
import { problemsOf, type Problem } from '../content/problem';

export interface StopOnProblemsOptions {
  /** Takes the problems instead of throwing them. */
  onProblems?: ((problems: Problem[]) => void) | undefined;
}

export default function rehypeStopOnProblems(options: StopOnProblemsOptions = {}) {
  return (_tree: Root, file: VFile): void => {
    const problems = problemsOf(file);
    if (options.onProblems) options.onProblems(problems);
    else if (problems.length > 0) throw new ContentError(problems);
  };
}
