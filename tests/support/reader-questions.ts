/**
 * Reader questions: a reader's own phrase for what a claim says in other
 * words (paraphrases and concept phrases), each with the claim it is after.
 * Written by the project from the brief's content, not from the search's
 * answers. Split once, by position, into a working half (odd positions) and
 * a held-out half (even positions) that no change of the search is tuned to;
 * README reports the top-3 hits of both.
 */
export interface ReaderQuestion {
  question: string;
  claim: string;
}

export const READER_QUESTIONS: readonly ReaderQuestion[] = [
  { question: 'frontier dispute', claim: 'kp-durand-line-mistrust' },
  { question: 'armed groups', claim: 'cooperation-reduces-spoilers' },
  { question: 'economic ties', claim: 'cpec-gwadar-access-goodwill' },
  { question: 'truce talks', claim: 'ceasefire-istanbul-talks' },
  { question: 'water scarcity', claim: 'kabul-river-obstruction-risk' },
  { question: 'building dams', claim: 'afghan-dams-india-aided' },
  { question: 'distrust between the neighbours', claim: 'kp-durand-line-mistrust' },
  { question: 'shooting on the border', claim: 'october-2025-clashes-crossings' },
  { question: 'farm water supply', claim: 'kabul-river-irrigation' },
  { question: 'guerrilla warfare', claim: 'terrorism-asymmetric-not-military-only' },
  { question: 'hideouts of the Pakistani Taliban', claim: 'taliban-reluctance-ttp-sanctuaries' },
  { question: 'money trail of captured fighters', claim: 'captured-militants-external-facilitation' },
  { question: 'safe havens', claim: 'taliban-reluctance-ttp-sanctuaries' },
  { question: 'holy war against America', claim: 'taliban-jihad-against-us' },
  { question: 'rebellion in Balochistan', claim: 'india-strategic-space-balochistan' },
  { question: 'international recognition', claim: 'taliban-legitimacy-vs-doctrine' },
  { question: 'religious dogma', claim: 'taliban-legitimacy-vs-doctrine' },
  { question: 'global warming', claim: 'shared-threats-coordination' },
  { question: 'press coverage', claim: 'media-public-awareness' },
  { question: 'common culture', claim: 'shared-heritage-trust' },
  { question: 'border closures', claim: 'october-2025-clashes-crossings' },
  { question: 'harbour access for Afghanistan', claim: 'cpec-gwadar-access-goodwill' },
  { question: 'smaller share of the river', claim: 'kabul-river-share-cut' },
  { question: 'negotiations in Istanbul', claim: 'ceasefire-istanbul-talks' },
  { question: 'foreign troops', claim: 'taliban-war-coercive-ideology' },
  { question: 'territorial integrity at risk', claim: 'escalation-speed-sovereignty' },
  { question: 'water treaty', claim: 'water-conflict-india-capitalize' },
  { question: 'monitoring help from partners', claim: 'border-management-measures' },
  { question: 'police officers attacked', claim: 'afghan-based-attacks-engagement-failed' },
  { question: 'contradictions in foreign policy', claim: 'taliban-foreign-policy-discrepancy' },
  { question: 'flexibility and stubbornness', claim: 'engage-pragmatism-and-rigidity' },
  { question: 'economic decline', claim: 'shared-threats-coordination' },
  { question: 'encirclement by India', claim: 'afghan-indian-adversary-perception' },
  { question: 'joint security arrangements', claim: 'direct-dialogue-security-cooperation' },
  { question: 'destabilising the region', claim: 'india-exploited-region' },
  { question: 'peace negotiations', claim: 'kp-turkey-qatar-mediation' },
];

/** The working half (odd positions, 1st, 3rd …) and the held-out half (even positions). */
export const WORKING_HALF = READER_QUESTIONS.filter((_, position) => position % 2 === 0);
export const HELD_OUT_HALF = READER_QUESTIONS.filter((_, position) => position % 2 === 1);
