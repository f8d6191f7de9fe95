/**
 * The licence of the editors' layer (claims, kinds, topics, evidence links,
 * notes, readings), stated in the data package, the annotations and on the
 * about page. The briefs' text is not covered: it keeps its author's rights.
 */
export const EDITORS_LICENCE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const LICENCE_STATEMENT =
  "The editors' layer (claims, their kinds and topics, evidence links, notes and readings) is licensed under CC BY 4.0. " +
  "The quoted words of each brief are its author's and keep the author's rights; they are included to identify the claims.";

/** Who made the annotations, as the site names them. */
export const EDITORS_NAME = 'The editors of Annotated briefs';
