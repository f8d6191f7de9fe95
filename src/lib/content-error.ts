/**
 * A mistake in the content, told the way an editor can act on it: which file,
 * which item, what was expected, and a hint. The build stops on the first one
 * it meets, before anything is written to `dist/`.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly item: string | undefined;
  readonly hint: string | undefined;

  constructor(options: { file: string; item?: string; problem: string; hint?: string }) {
    const where = options.item ? `${options.file}: ${options.item}` : options.file;
    const lines = [`${where}: ${options.problem}`];
    if (options.hint) lines.push(`  Hint: ${options.hint}`);
    super(lines.join('\n'));
    this.name = 'ContentError';
    this.file = options.file;
    this.item = options.item;
    this.hint = options.hint;
  }
}
