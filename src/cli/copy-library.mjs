// @ts-check
/**
 * A library of N briefs made from one: content/ copied with its first brief
 * N times, the first copy under its own id, the others `<id>-copy-0001` …
 * (claim ids are per brief, so they stay). For the scale benchmark and the
 * tests of listings that must paginate.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} content the content folder to copy from
 * @param {string} into the new content folder (created)
 * @param {number} count how many briefs
 * @returns {string[]} the ids of the briefs, in the order made
 */
export function copyLibrary(content, into, count) {
  const briefsDir = join(content, 'briefs');
  cpSync(content, into, { recursive: true, filter: (path) => !path.startsWith(`${briefsDir}/`) });
  const brief = readdirSync(briefsDir).sort()[0];
  if (!brief) throw new Error(`${briefsDir} holds no brief to copy`);
  const ids = [];
  for (let copy = 0; copy < count; copy += 1) {
    const id = copy === 0 ? brief : `${brief}-copy-${String(copy).padStart(4, '0')}`;
    cpSync(join(briefsDir, brief), join(into, 'briefs', id), { recursive: true });
    ids.push(id);
  }
  return ids;
}
