/**
 * The link graph of the library: briefs, their claims, references and topics,
 * with every link checked and every inverse link computed.
 *
 * Editors write links in one direction only (a claim names its sources; a
 * claim names the claim it elaborates). Readers follow them both ways, so the
 * inverse of each link is derived here, once, and nowhere else.
 */
import { ContentError } from './content-error';
import { Problem, type ProblemOptions } from './problem';
import { RESERVED_TOP_LEVEL_PATHS, reservedElementId, reservedTopLevelPath } from './reserved-ids';
import { ID_PATTERN } from './schema';
import type { BriefData, Claim, ClaimRelation, Evidence, EvidenceRelation, Reference, Topic } from './schema';

export interface BriefSource {
  id: string;
  /** Where the brief's Markdown lives, for error messages. */
  file: string;
  /** Where its annotations live, for error messages. */
  annotationsFile: string;
  data: BriefData;
  /** The brief's Markdown body, without frontmatter. */
  body: string;
  claims: Claim[];
}

export interface LibrarySource {
  briefs: BriefSource[];
  references: Reference[];
  topics: Topic[];
  /** Where references and topics live, for error messages. */
  referencesFile: string;
  topicsFile: string;
}

export interface Citation {
  reference: LinkedReference;
  /** The reference's number in the brief's own list, from 1. */
  number: number;
  relation: EvidenceRelation;
  locator: string | undefined;
  note: string | undefined;
}

export interface ClaimLinkEnd {
  claim: LinkedClaim;
  relation: ClaimRelation;
}

export interface LinkedClaim extends Omit<Claim, 'evidence' | 'links' | 'topics'> {
  brief: LinkedBrief;
  /** Position in the brief's annotations, from 0: the reading order. */
  index: number;
  topics: Topic[];
  citations: Citation[];
  /** Links this claim makes: "this claim elaborates that one". */
  linksOut: ClaimLinkEnd[];
  /** Links made to this claim: "that claim elaborates this one". */
  linksIn: ClaimLinkEnd[];
}

export interface ListedReference {
  reference: LinkedReference;
  number: number;
  asListed: string;
  /** Claims of this brief citing it, in reading order. */
  citedBy: Array<{ claim: LinkedClaim; relation: EvidenceRelation; note: string | undefined }>;
}

export interface LinkedBrief extends Omit<BriefSource, 'claims'> {
  claims: LinkedClaim[];
  referenceList: ListedReference[];
}

export interface LinkedReference extends Reference {
  /** Every claim, across briefs, that cites it. */
  citedBy: Array<{ claim: LinkedClaim; relation: EvidenceRelation; note: string | undefined; number: number }>;
}

export interface LinkedTopic extends Topic {
  claims: LinkedClaim[];
}

export interface Library {
  briefs: LinkedBrief[];
  references: LinkedReference[];
  topics: LinkedTopic[];
}

/**
 * Checks every link of the library and computes the inverse ones. Throws
 * every problem in one ContentError; `checkLibrary` gives them as a list.
 */
export function buildLibrary(source: LibrarySource): Library {
  const { library, problems } = linkLibrary(source);
  if (problems.length > 0) throw new ContentError(problems);
  return library;
}

/** Every problem of the library's links, in file order; none when it links up. */
export function checkLibrary(source: LibrarySource): Problem[] {
  return linkLibrary(source).problems;
}

/** The entries of a list file by id, each linked by `link`; an id given twice is reported, naming both entries. */
function indexById<T extends { id: string }, L>(
  entries: readonly T[],
  file: string,
  noun: string,
  link: (entry: T) => L,
  report: (options: ProblemOptions) => void,
): Map<string, L> {
  const linked = new Map<string, L>();
  const positions = new Map<string, number>();
  for (const [position, entry] of entries.entries()) {
    const first = positions.get(entry.id);
    if (first !== undefined) {
      report({ file, item: `${noun} "${entry.id}"`, ruleId: 'duplicate-id', message: `this id is used twice: by entry ${first + 1} and by entry ${position + 1}`, hint: `give each ${noun} an id of its own`, at: [position, 'id'], also: [first, 'id'] });
      continue;
    }
    positions.set(entry.id, position);
    linked.set(entry.id, link(entry));
  }
  return linked;
}

/** Links what links up and reports the rest, so one pass finds every problem. */
function linkLibrary(source: LibrarySource): { library: Library; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (options: ProblemOptions) => problems.push(new Problem(options));

  const references = indexById(source.references, source.referencesFile, 'reference', (reference): LinkedReference => ({ ...reference, citedBy: [] }), report);
  const topics = indexById(source.topics, source.topicsFile, 'topic', (topic): LinkedTopic => ({ ...topic, claims: [] }), report);

  const briefs = [...source.briefs]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((brief) => linkBrief(brief, references, topics, source, report));

  for (const topic of topics.values()) topic.claims.sort(byBriefThenIndex);
  for (const reference of references.values()) reference.citedBy.sort((a, b) => byBriefThenIndex(a.claim, b.claim));

  return {
    library: { briefs, references: [...references.values()], topics: [...topics.values()] },
    problems,
  };
}

type Report = (options: ProblemOptions) => void;

function byBriefThenIndex(a: LinkedClaim, b: LinkedClaim): number {
  return a.brief.data.order - b.brief.data.order || a.brief.id.localeCompare(b.brief.id) || a.index - b.index;
}

function linkBrief(
  source: BriefSource,
  references: Map<string, LinkedReference>,
  topics: Map<string, LinkedTopic>,
  library: LibrarySource,
  report: Report,
): LinkedBrief {
  const { claims: claimSources, ...rest } = source;
  const file = source.annotationsFile;
  const folderProblem = briefFolderProblem(source.id);
  if (folderProblem) report({ file: source.file, ruleId: 'brief-folder-name', message: folderProblem.problem, hint: folderProblem.hint });
  if (source.body.trim() === '') {
    report({ file: source.file, ruleId: 'empty-brief', message: 'the brief has no text', hint: "write the brief's text below the frontmatter's closing ---" });
  }
  const brief: LinkedBrief = { ...rest, claims: [], referenceList: [] };

  const numbers = new Map<string, number>();
  for (const [position, listed] of source.data.references.entries()) {
    const at = ['references', position, 'ref'];
    const reference = references.get(listed.ref);
    if (!reference) {
      report({
        file: source.file,
        item: `reference list, entry ${position + 1}`,
        ruleId: 'unknown-reference', message: `names "${listed.ref}", which is not in ${library.referencesFile}`,
        hint: `add it there or use one of: ${[...references.keys()].join(', ')}`,
        at,
        missing: { kind: 'reference', id: listed.ref },
      });
      continue;
    }
    if (numbers.has(listed.ref)) {
      report({ file: source.file, item: `reference list, entry ${position + 1}`, ruleId: 'reference-listed-twice', message: `lists "${listed.ref}" a second time`, hint: 'list each reference once', at });
      continue;
    }
    numbers.set(listed.ref, brief.referenceList.length + 1);
    brief.referenceList.push({ reference, number: brief.referenceList.length + 1, asListed: listed.asListed, citedBy: [] });
  }

  const claims = new Map<string, LinkedClaim>();
  const claimPositions = new Map<string, number>();
  for (const [index, claim] of claimSources.entries()) {
    const item = `claim "${claim.id}"`;
    const first = claimPositions.get(claim.id);
    if (first !== undefined) {
      report({ file, item, ruleId: 'duplicate-id', message: `this id is used by another claim too: claims ${first + 1} and ${index + 1}`, hint: 'give each claim an id of its own', at: ['claims', index, 'id'], also: ['claims', first, 'id'] });
      continue;
    }
    claimPositions.set(claim.id, index);
    const reserved = reservedElementId(claim.id);
    if (reserved) {
      report({
        file,
        item,
        ruleId: 'reserved-id', message: `this id is taken by the layout: ${reserved.match === 'prefix' ? `ids starting with "${reserved.id}" belong to` : `"${reserved.id}" is the id of`} ${reserved.owner}`,
        hint: 'choose another claim id; the two would share one URL fragment',
        at: ['claims', index, 'id'],
      });
    }
    const linked: LinkedClaim = {
      id: claim.id,
      quote: claim.quote,
      kind: claim.kind,
      note: claim.note,
      corrections: claim.corrections.filter((correction, position) => {
        if (claim.quote.exact.includes(correction.written)) return true;
        report({ file, item, ruleId: 'correction-not-in-quote', message: `the correction of "${correction.written}" does not match any words of the claim's quote`, hint: 'copy the words exactly as they stand in the quote', at: ['claims', index, 'corrections', position, 'written'] });
        return false;
      }),
      brief,
      index: brief.claims.length,
      topics: claim.topics.flatMap((topicId, position) => {
        const topic = topics.get(topicId);
        if (topic) return [topic];
        report({ file, item, ruleId: 'unknown-topic', message: `topic "${topicId}" is not in the vocabulary`, hint: `use one of: ${[...topics.keys()].join(', ')}, or add it to ${library.topicsFile}`, at: ['claims', index, 'topics', position], missing: { kind: 'topic', id: topicId } });
        return [];
      }),
      citations: claim.evidence.flatMap((evidence, position) => {
        const citation = cite(evidence, { file, item, brief, references, numbers, library, at: ['claims', index, 'evidence', position, 'ref'] }, report);
        return citation ? [citation] : [];
      }),
      linksOut: [],
      linksIn: [],
    };
    claims.set(claim.id, linked);
    brief.claims.push(linked);
  }

  for (const [index, claim] of claimSources.entries()) {
    if (claimPositions.get(claim.id) !== index) continue;
    const from = claims.get(claim.id)!;
    for (const [position, link] of claim.links.entries()) {
      const at = ['claims', index, 'links', position, 'to'];
      const to = claims.get(link.to);
      if (!to) {
        report({ file, item: `claim "${claim.id}"`, ruleId: 'unknown-claim', message: `links to claim "${link.to}", which this brief does not have`, hint: 'check the id against the claims of this annotations file', at, missing: { kind: 'claim', id: link.to } });
        continue;
      }
      if (to === from) {
        report({ file, item: `claim "${claim.id}"`, ruleId: 'self-link', message: 'links to itself', hint: 'remove the link', at });
        continue;
      }
      from.linksOut.push({ claim: to, relation: link.relation });
      to.linksIn.push({ claim: from, relation: link.relation });
    }
  }

  for (const claim of brief.claims) {
    for (const topic of claim.topics) topics.get(topic.id)!.claims.push(claim);
    for (const citation of claim.citations) {
      const { reference, relation, note, number } = citation;
      reference.citedBy.push({ claim, relation, note, number });
      brief.referenceList[number - 1]!.citedBy.push({ claim, relation, note });
    }
  }
  return brief;
}

/** Why a folder name cannot be a brief's id, if it cannot: the id rule, then the paths the build writes. */
export function briefFolderProblem(name: string): { problem: string; hint: string } | undefined {
  if (!ID_PATTERN.test(name)) {
    return {
      problem: `the folder name "${name}" is not a valid brief id`,
      hint: 'name the folder with lowercase letters and digits joined by single hyphens (for example "pakistan-afghanistan-2025"): it becomes the brief\'s URL',
    };
  }
  const taken = reservedTopLevelPath(name);
  if (taken) {
    return {
      problem: `the folder name "${name}" is taken: the build writes "${taken}" at the top of the site`,
      hint: `rename the folder; taken, in any case: ${RESERVED_TOP_LEVEL_PATHS.join(', ')}`,
    };
  }
  return undefined;
}

function cite(
  evidence: Evidence,
  context: {
    file: string;
    item: string;
    brief: LinkedBrief;
    references: Map<string, LinkedReference>;
    numbers: Map<string, number>;
    library: LibrarySource;
    at: Array<string | number>;
  },
  report: Report,
): Citation | undefined {
  const reference = context.references.get(evidence.ref);
  if (!reference) {
    report({
      file: context.file,
      item: context.item,
      ruleId: 'unknown-reference', message: `cites reference "${evidence.ref}", which is not in ${context.library.referencesFile}`,
      hint: `use one of: ${[...context.numbers.keys()].join(', ')}`,
      at: context.at,
      missing: { kind: 'reference', id: evidence.ref },
    });
    return undefined;
  }
  const number = context.numbers.get(evidence.ref);
  if (number === undefined) {
    report({
      file: context.file,
      item: context.item,
      ruleId: 'reference-not-listed', message: `cites reference "${evidence.ref}", which the brief's own reference list does not include`,
      hint: `evidence must come from the brief's references; add it to the frontmatter of ${context.brief.file} if the brief lists it`,
      at: context.at,
      missing: { kind: 'listed-reference', id: evidence.ref },
    });
    return undefined;
  }
  return { reference, number, relation: evidence.relation, locator: evidence.locator, note: evidence.note };
}
