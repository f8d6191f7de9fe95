/**
 * The files `npm run new-brief` writes for a brief received as text: its
 * `brief.md` (frontmatter with placeholders an editor must replace, the
 * author's words as they came), an `annotations.yaml` with no claims yet,
 * and `references.yaml` with a stub for each listed source it did not know.
 * Pure: the CLI (src/cli/new-brief.ts) reads and writes the files.
 */
import { briefBody, parseBrief, summarise, type SourceFormat, type UnplacedLine } from './import-brief';
import { appendReferenceStubs, matchListedReference, referenceStub, stubId, type KnownReference } from './match-references';
import { placeholder } from '../content/placeholders';

export interface NewBriefInput {
  id: string;
  /** The brief as received. */
  source: string;
  format: SourceFormat;
  /** Where it came from, named in a comment of the frontmatter. */
  sourceName: string;
  /** `content/references.yaml` as it stands. */
  referencesYaml: string;
  /** Its entries, parsed. */
  knownReferences: readonly KnownReference[];
}

export interface ListedReferenceImport {
  asListed: string;
  ref: string;
  /** `matched`: an entry of references.yaml fits; `stub`: a new, unchecked entry. */
  status: 'matched' | 'stub';
}

export interface NewBriefFiles {
  briefMarkdown: string;
  annotationsYaml: string;
  /** The new references.yaml, or undefined when every listed source was known. */
  referencesYaml: string | undefined;
  references: ListedReferenceImport[];
  recognised: string[];
  unplaced: UnplacedLine[];
  /** Frontmatter fields left as placeholders. */
  placeholders: string[];
}

const json = (value: string) => JSON.stringify(value);

export function newBriefFiles(input: NewBriefInput): NewBriefFiles {
  const parsed = parseBrief(input.source, input.format);

  const taken = new Set(input.knownReferences.map((reference) => reference.id));
  const stubs: Array<ReturnType<typeof referenceStub>> = [];
  const references = parsed.references.map(({ asListed }): ListedReferenceImport => {
    const known = matchListedReference(asListed, input.knownReferences);
    if (known) return { asListed, ref: known.id, status: 'matched' };
    const id = stubId(asListed, taken);
    taken.add(id);
    stubs.push(referenceStub(id, asListed));
    return { asListed, ref: id, status: 'stub' };
  });

  const fields: string[] = [];
  const placeholders: string[] = [];
  const unknown = (name: string, whatToWrite: string) => {
    fields.push(`${name}: ${json(placeholder(whatToWrite))}`);
    placeholders.push(name);
  };
  if (parsed.title) {
    fields.push(`title: ${json(parsed.title)}`);
  } else {
    unknown('title', "a title in the editors' words; the original has none (hence titleBy: editors)");
    fields.push('titleBy: editors');
  }
  unknown('summary', 'one or two sentences on what the brief argues, for listings, search and link previews');
  unknown('date', 'when it was written, in words, as far as is known (for example "late 2025"), and how that is known');
  unknown('authorship', 'who wrote it, in words, as far as is known (for example "Unknown: received without an author\'s name")');
  if (parsed.unplaced.length > 0) {
    fields.push(
      `# ${parsed.unplaced.length === 1 ? 'Line' : 'Lines'} ${parsed.unplaced.map((line) => line.line).join(', ')} of ${input.sourceName} ${parsed.unplaced.length === 1 ? 'belongs' : 'belong'} to no part of the brief (the reference list had ended);`,
      "# kept here as a reviewer's remark: check that this is what it is; otherwise move it.",
      `reviewerRemark: ${json(parsed.unplaced.map((line) => line.text).join('\n'))}`,
    );
  }
  if (references.length > 0) {
    fields.push('references:');
    for (const reference of references) {
      fields.push(`  - ref: ${json(reference.ref)}${reference.status === 'stub' ? '  # new, unchecked entry in references.yaml' : ''}`);
      fields.push(`    asListed: ${json(reference.asListed)}`);
    }
  }

  const briefMarkdown = [
    '---',
    `# Imported by \`npm run new-brief\` from ${input.sourceName}. Every "TODO:" is for an editor to replace.`,
    ...fields,
    '---',
    '',
    briefBody(parsed, input.format),
  ].join('\n');

  return {
    briefMarkdown,
    annotationsYaml: annotationsTemplate(),
    referencesYaml: stubs.length > 0 ? appendReferenceStubs(input.referencesYaml, stubs, input.id) : undefined,
    references,
    recognised: summarise(parsed),
    unplaced: parsed.unplaced,
    placeholders,
  };
}

/** A new brief's annotations: no claims yet, and an example of one to copy. */
export function annotationsTemplate(): string {
  return `# The editors' claims over brief.md, each anchored by a quote of its text.
# In \`npm run dev\`, select words in the reading view to get a claim ready to paste.
claims: []
# An example (remove the "#" signs, and the "[]" above):
#  - id: "kp-some-key-point"           # stable: it becomes the claim's permalink
#    quote:
#      exact: "The words of the claim, exactly as in the brief, typos included."
#    kind: "assessment"                # fact | assessment | recommendation | prediction
#    topics: ["diplomacy"]             # ids from content/topics.yaml
#    evidence:                         # sources from the brief's own reference list
#      - ref: "some-reference-id"
#        relation: "supports"          # supports | qualifies | disputes | context
#        note: "How this source bears on the claim, in the editors' words."
#    note: "What a reader should know that the text does not say."
`;
}
