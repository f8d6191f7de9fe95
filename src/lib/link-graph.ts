/**
 * The link graph of the library: briefs, their claims, references and topics,
 * with every link checked and every inverse link computed.
 *
 * Editors write links in one direction only (a claim names its sources; a
 * claim names the claim it elaborates). Readers follow them both ways, so the
 * inverse of each link is derived here, once, and nowhere else.
 */
import { ContentError } from './content-error';
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

/** Ids a brief cannot take: they are the site's own top-level pages. */
export const RESERVED_BRIEF_IDS = new Set(['about', 'search', 'references', 'topics', 'pagefind', '_astro', '404', 'data']);

/** Checks every link of the library and computes the inverse ones. Throws a ContentError at the first problem. */
export function buildLibrary(source: LibrarySource): Library {
  const references = new Map<string, LinkedReference>();
  for (const reference of source.references) {
    if (references.has(reference.id)) {
      throw new ContentError({ file: source.referencesFile, item: `reference "${reference.id}"`, problem: 'this id is used twice', hint: 'give each reference an id of its own' });
    }
    references.set(reference.id, { ...reference, citedBy: [] });
  }
  const topics = new Map<string, LinkedTopic>();
  for (const topic of source.topics) {
    if (topics.has(topic.id)) {
      throw new ContentError({ file: source.topicsFile, item: `topic "${topic.id}"`, problem: 'this id is used twice', hint: 'give each topic an id of its own' });
    }
    topics.set(topic.id, { ...topic, claims: [] });
  }

  const briefs = [...source.briefs]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((brief) => linkBrief(brief, references, topics, source));

  for (const topic of topics.values()) topic.claims.sort(byBriefThenIndex);
  for (const reference of references.values()) reference.citedBy.sort((a, b) => byBriefThenIndex(a.claim, b.claim));

  return {
    briefs,
    references: [...references.values()],
    topics: [...topics.values()],
  };
}

function byBriefThenIndex(a: LinkedClaim, b: LinkedClaim): number {
  return a.brief.data.order - b.brief.data.order || a.brief.id.localeCompare(b.brief.id) || a.index - b.index;
}

function linkBrief(
  source: BriefSource,
  references: Map<string, LinkedReference>,
  topics: Map<string, LinkedTopic>,
  library: LibrarySource,
): LinkedBrief {
  const { claims: claimSources, ...rest } = source;
  const file = source.annotationsFile;
  if (RESERVED_BRIEF_IDS.has(source.id)) {
    throw new ContentError({ file: source.file, problem: `the folder name "${source.id}" is taken by a page of the site`, hint: `rename the folder; reserved: ${[...RESERVED_BRIEF_IDS].join(', ')}` });
  }
  if (source.body.trim() === '') {
    throw new ContentError({ file: source.file, problem: 'the brief has no text', hint: "write the brief's text below the frontmatter's closing ---" });
  }
  const brief: LinkedBrief = { ...rest, claims: [], referenceList: [] };

  const numbers = new Map<string, number>();
  for (const [position, listed] of source.data.references.entries()) {
    const reference = references.get(listed.ref);
    if (!reference) {
      throw new ContentError({
        file: source.file,
        item: `reference list, entry ${position + 1}`,
        problem: `names "${listed.ref}", which is not in ${library.referencesFile}`,
        hint: `add it there or use one of: ${[...references.keys()].join(', ')}`,
      });
    }
    if (numbers.has(listed.ref)) {
      throw new ContentError({ file: source.file, item: `reference list, entry ${position + 1}`, problem: `lists "${listed.ref}" a second time`, hint: 'list each reference once' });
    }
    numbers.set(listed.ref, position + 1);
    brief.referenceList.push({ reference, number: position + 1, asListed: listed.asListed, citedBy: [] });
  }

  const claims = new Map<string, LinkedClaim>();
  for (const [index, claim] of claimSources.entries()) {
    const item = `claim "${claim.id}"`;
    if (claims.has(claim.id)) {
      throw new ContentError({ file, item, problem: 'this id is used by another claim too', hint: 'give each claim an id of its own' });
    }
    const linked: LinkedClaim = {
      id: claim.id,
      quote: claim.quote,
      kind: claim.kind,
      note: claim.note,
      corrections: claim.corrections.map((correction) => {
        if (!claim.quote.exact.includes(correction.written)) {
          throw new ContentError({ file, item, problem: `the correction of "${correction.written}" does not match any words of the claim's quote`, hint: 'copy the words exactly as they stand in the quote' });
        }
        return correction;
      }),
      brief,
      index,
      topics: claim.topics.map((topicId) => {
        const topic = topics.get(topicId);
        if (!topic) {
          throw new ContentError({ file, item, problem: `topic "${topicId}" is not in the vocabulary`, hint: `use one of: ${[...topics.keys()].join(', ')}, or add it to ${library.topicsFile}` });
        }
        return topic;
      }),
      citations: claim.evidence.map((evidence) => cite(evidence, { file, item, brief, references, numbers, library })),
      linksOut: [],
      linksIn: [],
    };
    claims.set(claim.id, linked);
    brief.claims.push(linked);
  }

  for (const claim of claimSources) {
    const from = claims.get(claim.id)!;
    for (const link of claim.links) {
      const to = claims.get(link.to);
      if (!to) {
        throw new ContentError({ file, item: `claim "${claim.id}"`, problem: `links to claim "${link.to}", which this brief does not have`, hint: 'check the id against the claims of this annotations file' });
      }
      if (to === from) {
        throw new ContentError({ file, item: `claim "${claim.id}"`, problem: 'links to itself', hint: 'remove the link' });
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

function cite(
  evidence: Evidence,
  context: {
    file: string;
    item: string;
    brief: LinkedBrief;
    references: Map<string, LinkedReference>;
    numbers: Map<string, number>;
    library: LibrarySource;
  },
): Citation {
  const reference = context.references.get(evidence.ref);
  if (!reference) {
    throw new ContentError({
      file: context.file,
      item: context.item,
      problem: `cites reference "${evidence.ref}", which is not in ${context.library.referencesFile}`,
      hint: `use one of: ${[...context.numbers.keys()].join(', ')}`,
    });
  }
  const number = context.numbers.get(evidence.ref);
  if (number === undefined) {
    throw new ContentError({
      file: context.file,
      item: context.item,
      problem: `cites reference "${evidence.ref}", which the brief's own reference list does not include`,
      hint: `evidence must come from the brief's references; add it to the frontmatter of ${context.brief.file} if the brief lists it`,
    });
  }
  return { reference, number, relation: evidence.relation, locator: evidence.locator, note: evidence.note };
}
