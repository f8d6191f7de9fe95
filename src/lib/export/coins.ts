/**
 * COinS (https://web.archive.org/web/2020/https://ocoins.info/): an OpenURL
 * ContextObject in an empty span's title, for reference pages only. Zotero
 * prefers COinS over Highwire tags, so the reading view carries none, or a
 * click there would save the brief's first source instead of the brief.
 */
import type { CslItem } from './csl';

const GENRES: Record<string, string> = { 'article-newspaper': 'article', article: 'article', report: 'report', webpage: 'document', speech: 'document' };

export function coinsTitle(item: CslItem): string {
  const pairs: Array<[string, string]> = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rft.genre', GENRES[item.type] ?? 'document'],
    ['rft.atitle', item.title],
  ];
  if (item['container-title']) pairs.push(['rft.jtitle', item['container-title']]);
  const date = item.issued?.['date-parts'][0];
  if (date) pairs.push(['rft.date', date.filter((part) => part !== undefined).map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-')]);
  const [first] = item.author ?? [];
  if (first?.family) pairs.push(['rft.aulast', first.family]);
  if (first?.given) pairs.push(['rft.aufirst', first.given]);
  for (const name of item.author ?? []) pairs.push(['rft.au', name.literal ?? [name.family, name.given].filter(Boolean).join(', ')]);
  if (item.URL) pairs.push(['rft_id', item.URL]);
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}
