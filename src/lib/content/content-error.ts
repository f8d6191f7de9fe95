/**
 * A mistake in the content, told the way an editor can act on it: which file,
 * which item, what was expected, and a hint. The content check
 * (`lib/content-check/`) gathers every one before the build starts and prints
 * each with its line and column; the build's own stages throw the first one
 * they meet, before anything is written to `dist/`.
 */

/** Where in a YAML file: keys and list positions from the top, e.g. `['claims', 3, 'quote', 'exact']`. */
export type YamlPath = ReadonlyArray<string | number>;

export interface ContentErrorOptions {
  file: string;
  item?: string;
  problem: string;
  hint?: string;
  /** The YAML node the problem is about, for its line and column. */
  at?: YamlPath;
  /** Another node the problem names (the first entry of a duplicate id), for its line. */
  also?: YamlPath;
  /**
   * For a link to something that is not there: what it names. The content
   * check leaves these out when the file that should hold it failed to read,
   * rather than report every link into a broken file.
   */
  missing?: { kind: 'reference' | 'listed-reference' | 'topic' | 'claim'; id: string };
  /** The line and column, where known without a YAML path (Markdown). 1-based. */
  line?: number;
  column?: number;
}

export class ContentError extends Error {
  readonly file: string;
  readonly item: string | undefined;
  readonly problem: string;
  readonly hint: string | undefined;
  readonly at: YamlPath | undefined;
  readonly also: YamlPath | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly missing: ContentErrorOptions['missing'];

  constructor(options: ContentErrorOptions) {
    const where = options.item ? `${options.file}: ${options.item}` : options.file;
    const lines = [`${where}: ${options.problem}`];
    if (options.hint) lines.push(`  Hint: ${options.hint}`);
    super(lines.join('\n'));
    this.name = 'ContentError';
    this.file = options.file;
    this.item = options.item;
    this.problem = options.problem;
    this.hint = options.hint;
    this.at = options.at;
    this.also = options.also;
    this.line = options.line;
    this.column = options.column;
    this.missing = options.missing;
  }
}
