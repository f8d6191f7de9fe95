// @ts-check
/** Builds the Pagefind index of a built site, with Pagefind's Node API. */
import * as pagefind from 'pagefind';

/** @param {string} siteDir */
export async function buildSearchIndex(siteDir) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) throw new Error(`no page of ${siteDir} was indexed (is data-pagefind-body missing?)`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
