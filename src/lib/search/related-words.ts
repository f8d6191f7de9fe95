/**
 * Related words for a claim, from WordNet (src/lib/search/wordnet.ts), indexed at
 * build time below the author's words so that a reader's own word finds a
 * claim worded otherwise ("frontier" for the claim's "border").
 *
 * Narrow on purpose: only nouns and verbs, never names (capitalised); for each word of the claim, one
 * sense, the one that fits the claim: the sense whose words, gloss and
 * broader words share most words with the rest of the claim (a simplified
 * Lesk), else WordNet's most frequent sense when the word has few senses;
 * from it, its synonyms and its direct broader words (hypernyms), a few.
 */
import { PARTS_OF_SPEECH, type PartOfSpeech, type Sense, type WordNet } from './wordnet';

/** A word of the claim, as written, and the related words indexed for it. */
export interface RelatedGroup {
  written: string;
  related: string[];
}

/** Function words and words too general to expand usefully. */
const SKIP = new Set(
  'also among been being both does done each from have into more most much must only other over same some such than that their them then there these they this those very were what when where which while will with would could should about after again against because before between during further under until upon within without'.split(' '),
);

/**
 * Whether the build indexes related words. Off: measured on the reader
 * questions (README, Search), the expansion helped the working half by one
 * and the held-out half not at all, and its longer pages pushed an
 * other-names query ("Tehrik-i-Taliban Pakistan") below its rank.
 */
export const RELATED_WORDS = false;

/** Most related words kept for one word of the claim. */
export const RELATED_PER_WORD = 3;
/** A word with more senses than this (across nouns and verbs) is expanded only when a sense fits the claim. */
export const FALLBACK_MAX_SENSES = 3;

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
/** A word without a plural's or third person's "s", so "agreements" in a claim meets "agreement" in a gloss. */
const stem = (word: string) => (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);

/** The form WordNet lists `word` under as `pos`: itself, or without a regular ending ("disputes", "talks", "mediated"). */
export function lemmaOf(word: string, pos: PartOfSpeech, wordnet: WordNet): string | undefined {
  const candidates = [word];
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  if (pos === 'verb') {
    for (const ending of ['ed', 'ing']) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      candidates.push(stem, `${stem}e`);
      if (/(\w)\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    }
  }
  return candidates.find((candidate) => candidate.length >= 3 && wordnet.has(candidate, pos));
}

/** How many of the claim's other words a sense shares (in its words, broader words and gloss). */
function fit(sense: Sense, context: ReadonlySet<string>): number {
  const own = new Set([...sense.words, ...sense.broader].flatMap(wordsOf).concat(wordsOf(sense.gloss)).filter((word) => word.length >= 4).map(stem));
  let shared = 0;
  for (const word of own) if (context.has(word)) shared++;
  return shared;
}

/** The sense of `word` that fits the claim, if any (see the module's comment). */
export function senseFor(word: string, context: ReadonlySet<string>, wordnet: WordNet): Sense | undefined {
  const senses = PARTS_OF_SPEECH.flatMap((pos) => {
    const lemma = lemmaOf(word, pos, wordnet);
    return lemma ? wordnet.senses(lemma, pos) : [];
  });
  if (senses.length === 0) return undefined;
  let best: Sense | undefined;
  let bestFit = 0;
  for (const sense of senses) {
    const score = fit(sense, context);
    if (score > bestFit) [best, bestFit] = [sense, score];
  }
  if (best) return best;
  return senses.length <= FALLBACK_MAX_SENSES ? senses[0] : undefined;
}

/**
 * The related words of a claim's text: per word of it (nouns and verbs that
 * WordNet knows), the chosen sense's synonyms and broader words, without the
 * words the claim already holds.
 */
export function relatedWords(text: string, wordnet: WordNet): RelatedGroup[] {
  const written = [...new Set(text.match(/\p{L}+/gu) ?? [])];
  const said = new Set(wordsOf(text));
  const groups: RelatedGroup[] = [];
  const seen = new Set<string>();
  for (const word of written) {
    const lower = word.toLowerCase();
    // Names (capitalised: "Pakistan", "Taliban") are the glossary's: its other names, checked by the editors.
    if (lower.length < 4 || SKIP.has(lower) || seen.has(lower) || word !== lower) continue;
    seen.add(lower);
    const context = new Set([...said].filter((other) => other !== lower && other.length >= 4 && !SKIP.has(other)).map(stem));
    const sense = senseFor(lower, context, wordnet);
    if (!sense) continue;
    const related = [...new Set([...sense.words, ...sense.broader])]
      .filter((candidate) => candidate.split(' ').length <= 3 && !said.has(candidate) && !candidate.split(' ').every((part) => said.has(part)))
      .filter((candidate) => lemmaOf(lower, sense.pos, wordnet) !== candidate)
      .slice(0, RELATED_PER_WORD);
    if (related.length > 0) groups.push({ written: word, related });
  }
  return groups;
}
