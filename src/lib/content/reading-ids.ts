/**
 * The reading view's own ids and attributes, in one place: the layout, the
 * scripts and the tests take them from here. A claim id may not take any of
 * these (or start with one of the prefixes).
 */

/** Marks what the editors added around the author's text: not the author's words, not copied, not searched. */
export const EDITORIAL_ATTRIBUTE = 'data-editorial';

/**
 * Everything in the brief's text that is not the author's: the editors' layer
 * and the citation marks (the brief cites nothing inline; the marks are kept
 * in a copy, so they are not `data-editorial`). The annotations' selectors
 * count the text without these.
 */
export const NOT_THE_AUTHORS_SELECTOR = `[${EDITORIAL_ATTRIBUTE}], .cites`;

/** The element holding the brief's own text (the skip link's target). */
export const BRIEF_TEXT_ID = 'brief-text';
/** The contents list of the brief's sections. */
export const CONTENTS_ID = 'contents';
/** The switch between the plain and the annotated reading. */
export const ANNOTATIONS_SWITCH_ID = 'annotations-switch';

/** Where a reader's own highlights and notes are kept: this browser's localStorage, under this key. */
export const READER_NOTES_KEY = 'reader.notes';

/** Asks the annotated reading to lay its margin out again (the reader's notes came or went). */
export const RELAYOUT_EVENT = 'reader:relayout';

/** The editors' annotation on a claim (kind, note, the control that opens its details). */
export const noteId = (claimId: string) => `note-${claimId}`;

/** A reference's entry in a brief's reference list. */
export const referenceEntryId = (referenceId: string) => `ref-${referenceId}`;
