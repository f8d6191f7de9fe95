/**
 * Whose side a source speaks for, read from its `perspective` (content/references.yaml).
 *
 * A perspective that opens with a nation's adjective ("Pakistani official
 * (Foreign Office), as reported by a Pakistani newspaper", "Pakistani think
 * tank") speaks for that nation: it is one side's voice. One that opens
 * otherwise ("International newspaper (British)", "UN Security Council
 * monitoring team, …", "News report, outlet not identified") speaks for no
 * side. The words are the editors' own, so the rule reads only how they open.
 */

/** Nations a source can speak for, by the adjective a perspective opens with. */
const NATIONAL_ADJECTIVES = new Set(['Pakistani', 'Afghan', 'Indian', 'Iranian', 'Chinese', 'American', 'Russian', 'Turkish', 'Qatari']);

/** The side a source speaks for, as its adjective ("Pakistani"), or undefined for an international, independent or unknown voice. */
export function sourceSide(perspective: string | undefined): string | undefined {
  const opening = perspective?.trim().split(/[\s,(]/, 1)[0];
  return opening && NATIONAL_ADJECTIVES.has(opening) ? opening : undefined;
}

/**
 * The one side every source of a claim speaks for, or undefined when the
 * claim cites nothing, or cites a source of no side, or sources of two sides.
 */
export function oneSideOnly(perspectives: ReadonlyArray<string | undefined>): string | undefined {
  if (perspectives.length === 0) return undefined;
  const sides = new Set(perspectives.map(sourceSide));
  if (sides.size !== 1) return undefined;
  return [...sides][0];
}
