/**
 * The one shape of a problem in the content, whatever stage finds it (the
 * reader, the schemas, the links, the glossary, the Markdown plugins, the
 * anchoring): a vfile message, the form unified's plugins report with, that
 * says where (file, line, column, 1-based), which rule, which item, what is
 * wrong, and a hint. `formatProblem` is the one way it is printed, by
 * `npm run check`, by `npm run build` and by any error the build throws.
 */
import { VFileMessage } from 'vfile-message';

/** Where in a YAML file: keys and list positions from the top, e.g. `['claims', 3, 'quote', 'exact']`. */
export type YamlPath = ReadonlyArray<string | number>;

/** Who reports the problems, as vfile messages name it (`source`). */
export const PROBLEM_SOURCE = 'annotated-reader';

export interface ProblemOptions {
  file: string;
  /** Which rule the content breaks, a short stable name (`quote-not-found`, `yaml-syntax`…). */
  ruleId: string;
  /** What is wrong, and what was expected. */
  message: string;
  /** The entry it is about (`claim "kp-mediation"`), when there is one. */
  item?: string | undefined;
  /** What to do about it. */
  hint?: string | undefined;
  /** The place, where known (Markdown, bytes, YAML syntax). 1-based. */
  line?: number | undefined;
  column?: number | undefined;
  /** The YAML node the problem is about, for its line and column, placed by the check (`placeProblem`). */
  at?: YamlPath | undefined;
  /** Another node the problem names (the first entry of a duplicate id), for its line. */
  also?: YamlPath | undefined;
  /**
   * For a link to something that is not there: what it names. The content
   * check leaves these out when the file that should hold it failed to read,
   * rather than report every link into a broken file.
   */
  missing?: { kind: 'reference' | 'listed-reference' | 'topic' | 'claim'; id: string } | undefined;
}

export class Problem extends VFileMessage {
  readonly item: string | undefined;
  readonly hint: string | undefined;
  readonly at: YamlPath | undefined;
  readonly also: YamlPath | undefined;
  readonly missing: ProblemOptions['missing'];

  constructor(options: ProblemOptions) {
    const place = options.line === undefined ? undefined : { line: options.line, column: options.column ?? 1 };
    super(options.message, { place, ruleId: options.ruleId, source: PROBLEM_SOURCE });
    this.file = options.file;
    // An error, not a warning: the build stops on it.
    this.fatal = true;
    this.item = options.item;
    this.hint = options.hint;
    this.at = options.at;
    this.also = options.also;
    this.missing = options.missing;
  }

  /** The same problem with other options (a place found, a claim's position in the file). */
  with(changes: Partial<ProblemOptions>): Problem {
    return new Problem({ ...this.options(), ...changes });
  }

  options(): ProblemOptions {
    return {
      file: this.file ?? '',
      ruleId: this.ruleId ?? 'content',
      message: this.reason,
      item: this.item,
      hint: this.hint,
      line: this.line,
      column: this.column,
      at: this.at,
      also: this.also,
      missing: this.missing,
    };
  }
}

/** `file:line:column: item: message`, the form editors' tools jump to, and the hint below it; `file: …` while the place is unknown. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const head = [where, problem.item, problem.reason].filter(Boolean).join(': ');
  return problem.hint ? `${head}\n  Hint: ${problem.hint}` : head;
}

/** File order, then line and column: the order an editor works through them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The vfile's own problems, those the site's plugins reported (a plugin of Astro's may warn there too). */
export function problemsOf(file: { messages: readonly VFileMessage[] }): Problem[] {
  return file.messages.filter((message): message is Problem => message instanceof Problem);
}
