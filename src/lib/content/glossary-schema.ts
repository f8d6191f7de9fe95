/**
 * `content/glossary.yaml`: the editors' glossary. Each entry is a term the
 * brief uses, the other names and spellings a reader might type for it, and a
 * one-line definition in the editors' words. The reading view marks a term's
 * first use with its definition, search finds a claim under any of the
 * term's names, and /glossary/ lists them.
 */
import { z } from 'astro/zod';
import { idSchema, plainText, withPosition } from './schema';

/** What a term names. */
export const TERM_KINDS = ['person', 'group', 'organisation', 'place', 'agreement', 'project', 'concept'] as const;

export const glossaryEntrySchema = z
  .object({
    /** Stable id: the term's fragment on /glossary/. */
    id: idSchema,
    /** The name as the brief writes it (or, for a term only in the notes, as the notes do). */
    term: plainText(z.string().trim().min(1)),
    /** Other names, spellings and transliterations a reader might search for. Each belongs to this term only. Default: none. */
    names: z.array(plainText(z.string().trim().min(1))).default([]),
    /** What the term names. */
    kind: z.enum(TERM_KINDS),
    /** One line in the editors' words, from the brief and the sources they checked. */
    definition: z.string().trim().min(10, { message: 'must say in a line what the term is' }),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A term as the site's loader stores it, with its place in the file. */
export const storedGlossaryEntrySchema = withPosition(glossaryEntrySchema);
