/**
 * The content's problems as a thrown error, for the stages that must stop
 * the build rather than go on (the content loaders, the library's links,
 * the render of a brief): it carries the problems themselves (vfile
 * messages, `problem.ts`), and its message is the check's own list of them,
 * so whichever stage stops, the editor reads the same text. The content
 * check (`lib/content-check/`) gathers the same problems before the build
 * starts, so in a build this is a second line of defence.
 */
import { formatProblem, type Problem } from './problem';

export type { YamlPath } from './problem';

export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
