/**
 * Reads a brief received as plain text or Markdown and recognises its
 * structure, without changing a word: headings ("Way Forward:"), lists (the
 * "Key Points"), paragraphs, and the reference list at the end. What fits
 * none of these (a reviewer's remark after the references, say) is kept and
 * reported as unplaced, never dropped.
 *
 * `npm run new-brief` (src/cli/new-brief.ts) writes the result to content/.
 */

export type BriefBlock =
  | { type: 'heading'; depth: number; text: string; line: number }
  | { type: 'list'; items: Array<{ marker: string; text: string; line: number }> }
  | { type: 'paragraph'; lines: string[]; line: number };

export interface UnplacedLine {
  /** Line number in the file received, from 1. */
  line: number;
  text: string;
}

export interface ParsedBrief {
  /** A level-1 Markdown heading at the top: the author's own title. */
  title: string | undefined;
  blocks: BriefBlock[];
  /** The reference list, each entry as printed (a wrapped entry joined with a space), without its number or bullet. */
  references: Array<{ asListed: string; line: number }>;
  unplaced: UnplacedLine[];
}

/**
 * `text`: one line is one paragraph (as the seed brief comes). `markdown`:
 * consecutive lines form one paragraph, as Markdown reads them.
 */
export type SourceFormat = 'text' | 'markdown';

const LIST_ITEM = /^([-*•+]|\d{1,3}[.)])\s+(.*)$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const REFERENCES_HEADING = /^(references|reference list|bibliography|sources|works cited)\s*:?$/i;
const YEAR = /\b(1[89]|20)\d{2}\b/;
/** A heading in plain text: a short line ("Way Forward:", "Key Points") with no sentence ending. */
const MAX_HEADING_WORDS = 8;

function isPlainHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS || !/^\p{Lu}/u.test(line)) return false;
  return line.endsWith(':') || !/[.!?;,"'”’)\]]$/.test(line);
}

/** Splits a brief into blocks, its reference list and what fits neither. */
export function parseBrief(source: string, format: SourceFormat): ParsedBrief {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const result: ParsedBrief = { title: undefined, blocks: [], references: [], unplaced: [] };
  let inReferences = false;
  /** Whether the reference list numbers or bullets its entries: then an unmarked line continues one. */
  let referencesMarked = false;

  const last = () => result.blocks[result.blocks.length - 1];

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') {
      // A blank line ends a paragraph or a list in Markdown.
      if (format === 'markdown' && !inReferences) result.blocks.push({ type: 'paragraph', lines: [], line: lineNumber });
      return;
    }
    const heading = MARKDOWN_HEADING.exec(line);
    // Markdown marks its headings; plain text has only short lines to go by.
    const plainHeading = format === 'text' && isPlainHeading(line) && !LIST_ITEM.test(line);
    const headingText = heading ? heading[2]! : plainHeading ? line : undefined;

    if (REFERENCES_HEADING.test(headingText ?? line)) {
      inReferences = true;
      return;
    }
    if (inReferences) {
      if (heading) {
        // A Markdown heading after the references starts the text again (an annex, say).
        inReferences = false;
      } else {
        const item = LIST_ITEM.exec(line);
        const previous = result.references[result.references.length - 1];
        if (item) {
          referencesMarked = true;
          result.references.push({ asListed: item[2]!.trim(), line: lineNumber });
        } else if (previous && referencesMarked && (YEAR.test(line) || /^https?:\/\//i.test(line))) {
          // A wrapped entry: "Moman, Abdullah. … with Kabul." then "Dawn 2025".
          previous.asListed = `${previous.asListed} ${line}`;
        } else if (!referencesMarked && YEAR.test(line)) {
          result.references.push({ asListed: line, line: lineNumber });
        } else {
          result.unplaced.push({ line: lineNumber, text: line });
        }
        return;
      }
    }

    if (heading) {
      const depth = heading[1]!.length;
      if (depth === 1 && result.title === undefined && result.blocks.every((block) => isEmpty(block))) {
        result.title = heading[2]!;
      } else {
        result.blocks.push({ type: 'heading', depth: Math.max(depth, 2), text: heading[2]!, line: lineNumber });
      }
      return;
    }
    if (headingText !== undefined) {
      result.blocks.push({ type: 'heading', depth: 2, text: headingText, line: lineNumber });
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const block = last();
      const entry = { marker: /^\d/.test(item[1]!) ? item[1]! : '-', text: item[2]!, line: lineNumber };
      if (block?.type === 'list') block.items.push(entry);
      else result.blocks.push({ type: 'list', items: [entry] });
      return;
    }
    const block = last();
    if (format === 'markdown' && block?.type === 'paragraph') block.lines.push(line);
    else result.blocks.push({ type: 'paragraph', lines: [line], line: lineNumber });
  });

  result.blocks = result.blocks.filter((block) => !isEmpty(block));
  return result;
}

function isEmpty(block: BriefBlock): boolean {
  return block.type === 'paragraph' && block.lines.length === 0;
}

/**
 * Plain text is not Markdown: characters Markdown would read as markup are
 * escaped, so the page shows exactly what the author typed.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_<[\]])/g, '\\$1').replace(/^(>|#|\d+[.)](?=\s)|[-+](?=\s))/, '\\$1');
}

/** The brief's body as Markdown: the blocks in order, the author's words as they came. */
export function briefBody(parsed: ParsedBrief, format: SourceFormat): string {
  const words = format === 'text' ? escapeMarkdown : (text: string) => text;
  return `${parsed.blocks
    .map((block) => {
      if (block.type === 'heading') return `${'#'.repeat(block.depth)} ${words(block.text)}`;
      if (block.type === 'list') return block.items.map((item) => `${item.marker} ${words(item.text)}`).join('\n');
      return block.lines.map(words).join('\n');
    })
    .join('\n\n')}\n`;
}

/** What was recognised, in the order of the text, for the importer's report. */
export function summarise(parsed: ParsedBrief): string[] {
  const lines: string[] = [];
  if (parsed.title) lines.push(`title: "${parsed.title}"`);
  let paragraphs = 0;
  const flush = () => {
    if (paragraphs > 0) lines.push(`${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`);
    paragraphs = 0;
  };
  for (const block of parsed.blocks) {
    if (block.type === 'paragraph') {
      paragraphs++;
      continue;
    }
    flush();
    if (block.type === 'heading') lines.push(`heading (line ${block.line}): "${block.text}"`);
    else lines.push(`list of ${block.items.length} items (lines ${block.items[0]!.line}–${block.items[block.items.length - 1]!.line})`);
  }
  flush();
  lines.push(`reference list of ${parsed.references.length} entries`);
  return lines;
}
