// @ts-check
/**
 * A library of N briefs made from one: content/ copied with its first brief
 * N times, the first copy under its own id, the others `<id>-copy-0001` …
 * (claim ids are per brief, so they stay). For the scale benchmark and the
 * tests of listings that must paginate.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { contentLayout } from '../lib/content/content-dir.mjs';

/**
 * @param {string} content the content folder to copy from
 * @param {string} into the new content folder (created)
 * @param {number} count how many briefs
 * @param {{ issued?: (copy: number) => string }} [options] `issued`: the
 *   frontmatter date of copy n (from 0), so listings sorted newest first can
 *   be told from listings in id order; by default every copy keeps the
 *   brief's own date
 * @returns {string[]} the ids of the briefs, in the order made
 */
export function copyLibrary(content, into, count, options = {}) {
  const from = contentLayout(content);
  const to = contentLayout(into);
  const briefsDir = from.briefs;
  cpSync(content, into, { recursive: true, filter: (path) => !path.startsWith(`${briefsDir}/`) });
  const brief = readdirSync(briefsDir).sort()[0];
  if (!brief) throw new Error(`${briefsDir} holds no brief to copy`);
  const ids = [];
  for (let copy = 0; copy < count; copy += 1) {
    const id = copy === 0 ? brief : `${brief}-copy-${String(copy).padStart(4, '0')}`;
    cpSync(from.brief(brief).dir, to.brief(id).dir, { recursive: true });
    if (options.issued) setIssued(to.brief(id).brief, options.issued(copy));
    ids.push(id);
  }
  return ids;
}

/**
 * @param {string} file a brief.md
 * @param {string} issued YYYY, YYYY-MM or YYYY-MM-DD
 */
function setIssued(file, issued) {
  const text = readFileSync(file, 'utf8');
  const line = /^issued: .*$/m;
  if (!line.test(text)) throw new Error(`${file}: no "issued:" line in the frontmatter to give the copy its date`);
  writeFileSync(file, text.replace(line, `issued: "${issued}"`));
}
