/**
 * One problem in the content, as the check reports it: where (file, line,
 * column, 1-based), which item, what is wrong, and a hint. Printed as
 * `file:line:column: item: message`, the form editors' tools jump to.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** The entry it is about (`claim "kp-mediation"`), when there is one. */
  item?: string | undefined;
  message: string;
  hint?: string | undefined;
}

export function formatProblem(problem: Problem): string {
  const head = [`${problem.file}:${problem.line}:${problem.column}`, problem.item, problem.message].filter(Boolean).join(': ');
  return problem.hint ? `${head}\n  Hint: ${problem.hint}` : head;
}

/** File order, then line and column: the order an editor works through them. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
