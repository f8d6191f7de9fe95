/**
 * Readers' own highlights and notes, as W3C Web Annotations: the model the
 * editors' export uses (`export/annotations.ts`), kept on the reader's
 * device. Each highlight targets the reading view by a TextQuoteSelector
 * (the words, with up to 32 characters of text either side, as Hypothesis
 * keeps) and a TextPositionSelector (offsets in the author's rendered text,
 * as `export/selector-text.ts` counts them). Pure functions: the browser's
 * notes code and the unit tests share them.
 */
import { ANNO_CONTEXT } from '../export/anno-context';

/** How much text either side of the words a quote selector keeps. */
export const CONTEXT_LENGTH = 32;

export interface ReaderTarget {
  type: 'SpecificResource';
  /** The reading view's address, without fragment; its title as `label`. */
  source: { id: string; type: 'Text'; format: 'text/html'; label: string };
  selector: [
    { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    { type: 'TextPositionSelector'; start: number; end: number },
  ];
}

export interface ReaderAnnotation {
  '@context': typeof ANNO_CONTEXT;
  /** A URN: the annotation has no address on the web. */
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified?: string;
  body?: Array<{ type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }>;
  target: ReaderTarget;
}

export interface NewHighlight {
  /** The author's rendered text of the page, and where the words are in it. */
  text: string;
  start: number;
  end: number;
  source: string;
  title: string;
  note?: string;
  id: string;
  created: string;
}

/** A highlight of `text[start, end)`, with the reader's note if any. */
export function describeHighlight({ text, start, end, source, title, note, id, created }: NewHighlight): ReaderAnnotation {
  const trimmed = note?.trim();
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'Annotation',
    motivation: trimmed ? 'commenting' : 'highlighting',
    created,
    ...(trimmed ? { body: [{ type: 'TextualBody' as const, purpose: 'commenting' as const, value: trimmed, format: 'text/plain' as const }] } : {}),
    target: {
      type: 'SpecificResource',
      source: { id: source, type: 'Text', format: 'text/html', label: title },
      selector: [
        { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

export const quoteOf = (annotation: ReaderAnnotation) => annotation.target.selector[0];
export const positionOf = (annotation: ReaderAnnotation) => annotation.target.selector[1];
export const noteOf = (annotation: ReaderAnnotation) => annotation.body?.[0]?.value;

/**
 * Where the highlight is in `text` without searching: its position, if the
 * words are still there; else the one place its words, prefix and suffix
 * occur. Anything else needs the fuzzy re-anchoring (`anchor/reanchor.ts`).
 */
export function placeExactly(text: string, annotation: ReaderAnnotation): { start: number; end: number } | undefined {
  const { exact, prefix, suffix } = quoteOf(annotation);
  const { start, end } = positionOf(annotation);
  if (text.slice(start, end) === exact) return { start, end };
  const places: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (text.slice(Math.max(0, at - prefix.length), at).endsWith(prefix) && text.slice(at + exact.length).startsWith(suffix)) places.push(at);
  }
  return places.length === 1 ? { start: places[0]!, end: places[0]! + exact.length } : undefined;
}

/** The same highlight, placed again at `text[start, end)` after the text changed. */
export function movedTo(annotation: ReaderAnnotation, text: string, start: number, end: number, modified: string): ReaderAnnotation {
  const moved = describeHighlight({ text, start, end, source: annotation.target.source.id, title: annotation.target.source.label, note: noteOf(annotation), id: annotation.id, created: annotation.created });
  return { ...moved, modified };
}

/** A link that lands on the words: a text fragment, after the claim's id where the words lie within a claim. */
export function fragmentLink(page: string, exact: string, claimId?: string): string {
  const encode = (words: string) => encodeURIComponent(words).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const words = exact.trim().split(/\s+/);
  // Long passages by their first and last words, as the text-fragment syntax allows.
  const directive = words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${page}#${claimId ? encodeURIComponent(claimId) : ''}:~:text=${directive}`;
}

export interface Citation {
  author: string;
  title: string;
  date: string;
  url: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[character]};`);

/** The words as a quotation with the brief's citation, in plain text and in HTML. */
export function quotation(words: string, { author, title, date, url }: Citation): { text: string; html: string } {
  const quote = words.replace(/\s+/g, ' ').trim();
  return {
    text: `“${quote}”\n— ${author}, “${title}”, ${date}. ${url}`,
    html: `<blockquote cite="${escapeHtml(url)}"><p>${escapeHtml(quote)}</p></blockquote><p>— ${escapeHtml(author)}, “<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>”, ${escapeHtml(date)}.</p>`,
  };
}

/** The highlights as Markdown, for Zotero, Obsidian or Hypothesis: each quote, its note, a link back. */
export function toMarkdown(annotations: readonly ReaderAnnotation[]): string {
  return annotations
    .map((annotation) => {
      const { exact } = quoteOf(annotation);
      const note = noteOf(annotation);
      const link = fragmentLink(annotation.target.source.id, exact);
      return [`> ${exact.replace(/\s+/g, ' ').trim()}`, ...(note ? ['', note] : []), '', `— [${annotation.target.source.label}](${link})`].join('\n');
    })
    .join('\n\n---\n\n')
    .concat('\n');
}

/** The highlights as one W3C AnnotationCollection, its items on one page. */
export function toCollection(annotations: readonly ReaderAnnotation[], exported: string) {
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:reader-notes:${exported}`,
    type: 'AnnotationCollection',
    label: 'My highlights and notes',
    total: annotations.length,
    first: { id: `urn:reader-notes:${exported}:page-1`, type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
}

export class ImportError extends Error {}

/** The readers' annotations of an exported collection, a page, or a bare list; refuses anything else, saying what. */
export function fromImport(json: string): ReaderAnnotation[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError('The file is not JSON: choose a file exported from “My notes” (.jsonld).');
  }
  const record = data as { first?: { items?: unknown }; items?: unknown };
  const items = Array.isArray(data) ? data : (record.first?.items ?? record.items);
  if (!Array.isArray(items)) throw new ImportError('The file holds no list of annotations: choose a file exported from “My notes”.');
  return items.map((item, index) => {
    const annotation = item as ReaderAnnotation;
    const selectors = annotation?.target?.selector;
    const ok =
      annotation?.type === 'Annotation' &&
      typeof annotation.id === 'string' &&
      typeof annotation.target?.source?.id === 'string' &&
      Array.isArray(selectors) &&
      selectors[0]?.type === 'TextQuoteSelector' &&
      typeof selectors[0].exact === 'string' &&
      selectors[1]?.type === 'TextPositionSelector' &&
      Number.isInteger(selectors[1].start) &&
      Number.isInteger(selectors[1].end);
    if (!ok) throw new ImportError(`Item ${index + 1} is not a highlight of this site: it needs an id, a target with a source, a TextQuoteSelector and a TextPositionSelector.`);
    return annotation;
  });
}

/** `stored` with `added` merged in: same id, the imported one wins; the order of first appearance kept. */
export function merge(stored: readonly ReaderAnnotation[], added: readonly ReaderAnnotation[]): ReaderAnnotation[] {
  const byId = new Map(stored.map((annotation) => [annotation.id, annotation]));
  for (const annotation of added) byId.set(annotation.id, annotation);
  return [...byId.values()];
}
