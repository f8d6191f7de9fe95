/**
 * The content model: what editors write in `content/`, as Zod schemas.
 *
 * These schemas check one file at a time (shape, types, formats). Checks that
 * span files — an evidence link naming a reference that exists, a quote that
 * matches the brief's text — live in `link-graph.ts` and `../anchor/anchor-quotes.ts`,
 * plain TypeScript that unit tests reach without Astro.
 */
import { z } from 'astro/zod';
import { filledIn } from './placeholders';
import { invisibleCharacters } from './invisible-characters';

/**
 * Parse options for the content check: Zod's own words, but "Required" for
 * a missing field, as editors read it (Zod 4, with Astro 7, says "Invalid
 * input: expected string, received undefined").
 */
export const PARSE_FOR_EDITORS = {
  error: (issue: { code?: string; input?: unknown }) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined),
};

/** Ids become URL segments and HTML ids: lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().refine((value) => ID_PATTERN.test(value), {
  error: (issue) => `"${String(issue.input)}" must be lowercase letters and digits joined by single hyphens (for example "kp-durand-line"), since it becomes a URL and an HTML id`,
});

/**
 * Only web links: a `javascript:` or `data:` URL in content could run script.
 * The address is read by the WHATWG URL parser, as browsers read it, and kept
 * in its serialisation: quotes, angle brackets and spaces come out
 * percent-encoded, so no page or data file can carry `"><img …>` inside an
 * address. What the parser rejects is refused.
 */
export const httpUrlSchema = z
  .string()
  .refine((value) => URL.canParse(value.trim()), {
    message: 'must be a full URL such as https://example.org/page (the WHATWG URL parser, as browsers have it, could not read this one)',
  })
  .refine((value) => !URL.canParse(value.trim()) || /^https?:$/.test(new URL(value.trim()).protocol), {
    message: 'must start with http:// or https:// (other schemes, such as javascript:, are refused)',
  })
  .transform((value) => (URL.canParse(value.trim()) ? new URL(value.trim()).href : value));

/**
 * Markup in a field that is plain text by the schema (a title, a name, a
 * label, a perspective): a `<` that starts a tag, a comment or a declaration.
 * These fields are refused rather than escaped, so that a value is the same
 * text in every page and data file and a tool that drops one into HTML
 * cannot run it. A `<` before a space or a digit ("x < 5") is text.
 */
const MARKUP = /<[A-Za-z/!?]/;

export function plainText<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((value, context) => {
    const tag = MARKUP.exec(value);
    if (tag) {
      context.addIssue({
        code: 'custom',
        message: `holds markup (${JSON.stringify(value.slice(tag.index, tag.index + 20))}): this field is plain text, shown as written; write it without tags (a "<" followed by a letter, "/", "!" or "?" reads as one)`,
      });
    }
  });
}

/**
 * Quoted text holds no character a reader cannot see (zero-width spaces,
 * soft hyphens, bidi controls): two quotes that look the same must match the
 * same words.
 */
function visibleText(schema: z.ZodString) {
  return schema.superRefine((value, context) => {
    const invisible = invisibleCharacters(value);
    if (invisible.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `holds ${invisible.length === 1 ? 'a character' : 'characters'} a reader cannot see: ${[...new Set(invisible)].join(', ')}; delete ${invisible.length === 1 ? 'it' : 'them'} (copy the quote from the brief's rendered text, not from a word processor)`,
      });
    }
  });
}

/** What a claim is, so a reader knows how to weigh it. */
export const CLAIM_KINDS = ['fact', 'assessment', 'recommendation', 'prediction'] as const;
export const claimKindSchema = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof claimKindSchema>;

/** How a source bears on a claim (names from the CiTO ontology). */
export const EVIDENCE_RELATIONS = ['supports', 'qualifies', 'disputes', 'context'] as const;
export const evidenceRelationSchema = z.enum(EVIDENCE_RELATIONS);
export type EvidenceRelation = z.infer<typeof evidenceRelationSchema>;

/** How one claim relates to another. */
export const CLAIM_RELATIONS = ['elaborates', 'supports', 'contrasts'] as const;
export const claimRelationSchema = z.enum(CLAIM_RELATIONS);
export type ClaimRelation = z.infer<typeof claimRelationSchema>;

/**
 * Where a claim sits in the text: W3C Web Annotation's TextQuoteSelector.
 * Matching ignores Markdown markup, runs of whitespace and the difference
 * between straight and typographic quotes.
 */
export const quoteSchema = z
  .object({
    /** The words of the claim exactly as the author wrote them. */
    exact: visibleText(z.string().trim().min(3, { message: 'must quote at least a few words of the text' })),
    /** Text just before the quote, to tell repeats apart. Default: none. */
    prefix: visibleText(z.string()).optional(),
    /** Text just after the quote, to tell repeats apart. Default: none. */
    suffix: visibleText(z.string()).optional(),
  })
  .strict();
export type Quote = z.infer<typeof quoteSchema>;

/** One source bearing on one claim. */
export const evidenceSchema = z
  .object({
    /** Id of an entry in `content/references.yaml` listed by this brief. */
    ref: idSchema,
    /** How the source bears on the claim. */
    relation: evidenceRelationSchema,
    /** Where in the source, if narrower than the whole (a paragraph, a quote). Default: none. */
    locator: z.string().optional(),
    /** The editors' words on how the source bears on the claim. Default: none. */
    note: z.string().optional(),
  })
  .strict();
export type Evidence = z.infer<typeof evidenceSchema>;

/** A typed link from one claim to another claim of the same brief. */
export const claimLinkSchema = z
  .object({
    /** Id of the other claim. */
    to: idSchema,
    /** How this claim relates to the other: this claim `elaborates` / `supports` / `contrasts` it. */
    relation: claimRelationSchema,
  })
  .strict();

/**
 * The editors' reading of a slip in the author's typing. The text keeps the
 * slip; the reading is shown beside it and indexed, so a search for the
 * intended words still finds the claim.
 */
export const correctionSchema = z
  .object({
    /** The words as the author typed them; must occur in the claim's quote. */
    written: z.string().min(1),
    /** The words as the editors read them. */
    reading: z.string().min(1),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

export const claimSchema = z
  .object({
    /** Stable id: the claim's permalink fragment and URL segment. Never reuse one. */
    id: idSchema,
    /** The claim's words in the brief. */
    quote: quoteSchema,
    /** What kind of statement it is. */
    kind: claimKindSchema,
    /** Ids from `content/topics.yaml`. Default: none. */
    topics: z.array(idSchema).default([]),
    /** Sources that bear on it; empty means the brief gives none and the editors found none. */
    evidence: z.array(evidenceSchema).default([]),
    /** Links to other claims of this brief. Default: none. */
    links: z.array(claimLinkSchema).default([]),
    /** What a reader should know that the text does not say. Default: none. */
    note: z.string().optional(),
    /** Slips in the author's typing within this claim, with the editors' reading. Default: none. */
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

/** `content/briefs/<brief>/annotations.yaml`: the editors' layer over one brief. */
export const annotationsSchema = z
  .object({
    claims: z.array(claimSchema),
  })
  .strict();
export type Annotations = z.infer<typeof annotationsSchema>;

/** A name in CSL-JSON form: a person (`family`, `given`) or an organisation (`literal`). */
export const nameSchema = z.union([
  z.object({ family: plainText(z.string().min(1)), given: plainText(z.string()).optional() }).strict(),
  z.object({ literal: plainText(z.string().min(1)) }).strict(),
]);
export type Name = z.infer<typeof nameSchema>;

/** An entry of the brief's own reference list. */
export const listedReferenceSchema = z
  .object({
    /** Id of the entry in `content/references.yaml`. */
    ref: idSchema,
    /** The line exactly as the brief prints it, typos included. */
    asListed: z.string().min(1),
  })
  .strict();

/** Frontmatter of `content/briefs/<brief>/brief.md`. */
export const briefSchema = z
  .object({
    /** The title. The original may have none: then `titleBy: editors` says this one is ours. */
    title: plainText(filledIn(z.string().min(1))),
    /** Who wrote the title: the `author` or the `editors`. Default: author. */
    titleBy: z.enum(['author', 'editors']).default('author'),
    /** One or two sentences for listings, search and link previews. */
    summary: plainText(filledIn(z.string().min(20))),
    /** When it was written, as far as is known, in words ("late 2025"). */
    date: filledIn(z.string().min(1)),
    /**
     * The same date for machines (citation tags, feeds, exports): YYYY, YYYY-MM or
     * YYYY-MM-DD, no more precise than is known. `date` stays the words shown. Default: none.
     */
    issued: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD, no more precise than is known' })
      .optional(),
    /** Who wrote it, as far as is known, in words ("unknown: received without a name"). */
    authorship: filledIn(z.string().min(1)),
    /** The authors by name, for citation tags and exports; only names that are known. Default: none. */
    author: z.array(nameSchema).default([]),
    /** A reviewer's remark received with the brief; shown apart from the text. Default: none. */
    reviewerRemark: filledIn(z.string()).optional(),
    /** The brief's reference list in its order, each line verbatim. Default: none. */
    references: z.array(listedReferenceSchema).default([]),
    /** Ordering in the library: lower first. Default: 0. */
    order: z.number().int().default(0),
  })
  .strict();
export type BriefData = z.infer<typeof briefSchema>;

/**
 * An entry of `content/references.yaml`, field names after CSL-JSON.
 * `URL` only where a published copy was seen at that address.
 */
export const referenceSchema = z
  .object({
    /** Stable id: the reference page's URL segment. */
    id: idSchema,
    /** CSL item type. */
    type: z.enum(['article-newspaper', 'report', 'webpage', 'article', 'speech']),
    /** Authors, if known. Default: none. */
    author: z.array(nameSchema).default([]),
    /** The title as published, or as the brief gives it when no copy was seen. */
    title: plainText(z.string().min(1)),
    /** A short label for filters and lists ("Dawn 2025"). Default: outlet and year. */
    'title-short': plainText(z.string()).optional(),
    /** The outlet or publisher. */
    'container-title': plainText(z.string()).optional(),
    /** The date of issue as known: ISO year, year-month or full date. */
    issued: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
      .optional(),
    /** Whether the date is certain or the editors' best reading. Default: certain. */
    issuedApproximate: z.boolean().default(false),
    /** The published address, only if a copy was seen there. Default: none ("no link found"). */
    URL: httpUrlSchema.optional(),
    /** What the editors checked, and what they saw. */
    checked: filledIn(z.string().min(1)),
    /** Whose voice the source is (for example "Pakistani official"). Default: none. */
    perspective: plainText(z.string()).optional(),
  })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;

/** An entry of `content/topics.yaml`: the controlled vocabulary of topics. */
export const topicSchema = z
  .object({
    id: idSchema,
    /** The label readers see. */
    label: plainText(z.string().min(1)),
    /** What belongs under it. */
    description: z.string().min(1),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;
/**
 * An entry of a YAML list (references, topics, glossary) as the site's loader stores
 * it: with its place in the file. Astro 7 writes every collection sorted by
 * id, so the editors' order has to travel as data (`inFileOrder` in
 * content-loaders.ts restores it); editors never write `position` themselves.
 */
export const withPosition = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) => schema.extend({ position: z.number().int().nonnegative() });
export const storedTopicSchema = withPosition(topicSchema);
export const storedReferenceSchema = withPosition(referenceSchema);
