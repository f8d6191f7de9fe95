/**
 * References as RIS, written here rather than by citation-js: its 0.8.2 RIS
 * output drops the authors and the date of `TY  - NEWS` items and wraps
 * lines at 70 characters, which Zotero reads wrongly. One tag a line
 * (`TAG  - value`), lines ending CR LF as the RIS specification has it.
 */
import type { CslItem } from './csl';

const RIS_TYPES: Record<string, string> = {
  'article-newspaper': 'NEWS',
  report: 'RPRT',
  webpage: 'ELEC',
  article: 'GEN',
  speech: 'GEN',
};

/**
 * One line: no line break of any kind inside a value (Unicode's line and
 * paragraph separators and NEL included, which some readers also split on),
 * where RIS would read a new tag such as `ER  - ` and the rest as records of its own.
 * Every run of white space becomes one space (`\s` and NEL, U+0085, which `\s` leaves out):
 * some readers, citation-js's among them, also take `  - ` inside a line for a tag.
 */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/[\s\u0085]+/g, ' ')}`;

/** RIS dates: `YYYY/MM/DD/` with empty parts where unknown. */
function risDate(parts: [number, number?, number?]): string {
  const [year, month, day] = parts;
  const pad = (value?: number) => (value === undefined ? '' : String(value).padStart(2, '0'));
  return `${year}/${pad(month)}/${pad(day)}/`;
}

export function risRecord(item: CslItem): string {
  const lines = [line('TY', RIS_TYPES[item.type] ?? 'GEN'), line('ID', item.id)];
  for (const name of item.author ?? []) {
    lines.push(line('AU', name.literal ?? [name.family, name.given].filter(Boolean).join(', ')));
  }
  lines.push(line('TI', item.title));
  if (item['title-short']) lines.push(line('ST', item['title-short']));
  if (item['container-title']) lines.push(line('T2', item['container-title']));
  if (item.publisher) lines.push(line('PB', item.publisher));
  if (item.genre) lines.push(line('M3', item.genre));
  if (item.issued) {
    const parts = item.issued['date-parts'][0];
    lines.push(line('PY', String(parts[0])));
    lines.push(line('DA', risDate(parts)));
  }
  if (item.URL) lines.push(line('UR', item.URL));
  if (item.language) lines.push(line('LA', item.language));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** A file of RIS records, blank line between them. */
export function toRis(items: readonly CslItem[]): string {
  return `${items.map(risRecord).join('\r\n\r\n')}\r\n`;
}
