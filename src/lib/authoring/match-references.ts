/**
 * A brief's reference list against `content/references.yaml`: each line as
 * the brief prints it is matched to the entry it names, when one fits;
 * otherwise a stub entry, marked unchecked, is added to the file, editing
 * the YAML in place so its comments and formatting stay as they were.
 */
import { isMap, isScalar, parseDocument, Scalar, type YAMLSeq } from 'yaml';
import { placeholder } from '../content/placeholders';
import { ID_PATTERN } from '../content/schema';

/** The fields of a references.yaml entry that matching reads. */
export interface KnownReference {
  id: string;
  title: string;
  issued?: string;
}

/** Share of a known title's words that must appear in the listed line. */
export const TITLE_COVERAGE_THRESHOLD = 0.8;
/** Titles shorter than this are too generic to match on. */
const MIN_TITLE_WORDS = 3;

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

const yearOf = (text: string | undefined) => text?.match(/\b(1[89]|20)\d{2}\b/)?.[0];

/**
 * The entry a listed line names: the one most of whose title's words the
 * line contains (at least `TITLE_COVERAGE_THRESHOLD`), and whose year, when
 * both give one, is the line's. Two equally good entries match neither.
 */
export function matchListedReference(asListed: string, known: readonly KnownReference[]): KnownReference | undefined {
  const lineWords = new Set(words(asListed));
  const lineYear = yearOf(asListed);
  let best: { reference: KnownReference; coverage: number } | undefined;
  let tie = false;
  for (const reference of known) {
    const titleWords = words(reference.title);
    if (titleWords.length < MIN_TITLE_WORDS) continue;
    const referenceYear = yearOf(reference.issued);
    if (lineYear && referenceYear && lineYear !== referenceYear) continue;
    const coverage = titleWords.filter((word) => lineWords.has(word)).length / titleWords.length;
    if (coverage < TITLE_COVERAGE_THRESHOLD) continue;
    if (!best || coverage > best.coverage) {
      best = { reference, coverage };
      tie = false;
    } else if (coverage === best.coverage) {
      tie = true;
    }
  }
  return tie ? undefined : best?.reference;
}

/** An id for a new entry, from the line's first word, its year and the next words; unique among `taken`. */
export function stubId(asListed: string, taken: ReadonlySet<string>): string {
  const year = yearOf(asListed);
  const lineWords = words(asListed)
    .map((word) => word.replace(/'/g, ''))
    .filter((word) => word !== year && /^[a-z0-9]+$/.test(word));
  const [first = 'reference', ...rest] = lineWords;
  const base = [first, year, ...rest.slice(0, 3)].filter(Boolean).join('-').slice(0, 60).replace(/-+$/, '');
  const root = ID_PATTERN.test(base) ? base : 'reference';
  let id = root;
  for (let number = 2; taken.has(id); number++) id = `${root}-${number}`;
  return id;
}

/** A references.yaml entry for a line no entry fits: the line as the title, everything else to be checked. */
export function referenceStub(id: string, asListed: string) {
  return {
    id,
    type: 'article',
    title: asListed,
    checked: placeholder('unchecked stub from `npm run new-brief`: find the source, fill in type, author, container-title, issued and URL as seen, then say here what was checked'),
  };
}

/**
 * `references.yaml` with the stubs appended, each under a comment saying it
 * is unchecked. Everything already there is kept byte for byte.
 */
export function appendReferenceStubs(yamlText: string, stubs: ReadonlyArray<ReturnType<typeof referenceStub>>, briefId: string): string {
  const document = parseDocument(yamlText);
  const list = document.contents as YAMLSeq;
  for (const stub of stubs) {
    const node = document.createNode(stub);
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
      for (const pair of node.items) if (isScalar(pair.key)) pair.key.type = Scalar.PLAIN;
      node.commentBefore = ` Unchecked: listed by the brief "${briefId}" and matched to no entry above.`;
    }
    list.add(node);
  }
  return document.toString({ lineWidth: 0 });
}
