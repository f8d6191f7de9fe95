/**
 * Where each claim of a brief sits in its text: every quote found once, no
 * two claims sharing words. Pure, so the build's anchoring plugin and any
 * other tool (a content check, a re-anchorer) find claims the same way.
 */
import { excerpt, findQuote } from './anchor-quotes';
import type { Quote } from '../content/schema';

export interface ClaimToLocate {
  id: string;
  quote: Quote;
}

export interface LocatedClaim<C extends ClaimToLocate = ClaimToLocate> {
  claim: C;
  /** Offset of the claim's first character in the text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** A claim that could not be placed, told the way an editor can act on it. */
export interface LocateProblem {
  claimId: string;
  /** The rule broken, as the problem reported from it names it (`content/problem.ts`). */
  ruleId: 'quote-not-found' | 'quote-ambiguous' | 'quote-overlap' | 'claim-id-taken';
  problem: string;
  hint: string;
}

export interface LocateResult<C extends ClaimToLocate> {
  /** The claims found, in the order given. */
  located: LocatedClaim<C>[];
  /** Every claim that could not be placed, and every overlap; empty when all is well. */
  problems: LocateProblem[];
}

/**
 * Finds every claim's quote in `text`. `text` may hold block breaks (any
 * character no quote contains, e.g. U+0000) so that no quote crosses a block.
 */
export function locateClaims<C extends ClaimToLocate>(text: string, claims: readonly C[]): LocateResult<C> {
  const located: LocatedClaim<C>[] = [];
  const problems: LocateProblem[] = [];

  for (const claim of claims) {
    const match = findQuote(text, claim.quote);
    if (match.status === 'missing') {
      problems.push({
        claimId: claim.id,
        ruleId: 'quote-not-found',
        problem: `quote not found in the brief: "${excerpt(claim.quote.exact)}"`,
        hint: match.closest
          ? `the closest text is "${excerpt(match.closest)}"; quote the brief exactly, typos included`
          : 'no similar text was found; was the passage removed from the brief?',
      });
    } else if (match.status === 'ambiguous') {
      const places = match.starts.map((at) => `"…${excerpt(text.slice(Math.max(0, at - 30), at + 40), 80)}…"`);
      problems.push({
        claimId: claim.id,
        ruleId: 'quote-ambiguous',
        problem: `quote matches ${match.starts.length} places in the brief: ${places.join(' and ')}`,
        hint: 'add a `prefix` (text just before) or `suffix` (text just after) to tell them apart',
      });
    } else {
      located.push({ claim, start: match.start, end: match.end });
    }
  }

  const byPosition = [...located].sort((a, b) => a.start - b.start);
  for (let index = 1; index < byPosition.length; index++) {
    const previous = byPosition[index - 1]!;
    const current = byPosition[index]!;
    if (current.start < previous.end) {
      problems.push({
        claimId: current.claim.id,
        ruleId: 'quote-overlap',
        problem: `its quote overlaps the quote of claim "${previous.claim.id}"`,
        hint: 'claims must not share words; shorten one of the two quotes',
      });
    }
  }
  return { located, problems };
}
