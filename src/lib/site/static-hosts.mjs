// @ts-check
/**
 * What the common static hosts accept in one deploy: the one home of their
 * published limits, each with the page it was read on and the date, so the
 * build (src/cli/build.mjs) can say which hosts a site fits and refuse one
 * that does not fit the host an editor names (src/lib/site/host-fit.mjs).
 *
 * Units: a GB here is 1,000,000,000 bytes, the smaller of the two readings of
 * the hosts' "1 GB", so a site reported as fitting fits under either.
 *
 * What is measured (src/lib/site/host-fit.mjs, measureSite):
 * - `bytes`: the raw size of every file of the site;
 * - `files`: its files;
 * - `entries`: its files and folders (GitLab counts "file entries (including
 *   directories and symlinks)", gitlab-org/gitlab issue 500273);
 * - `headerRules`: the rules (path blocks) of its `_headers` file.
 */

/** @typedef {'bytes' | 'files' | 'entries' | 'headerRules'} Measure */
/**
 * @typedef {object} HostLimit
 * @property {Measure} measure
 * @property {number} max the most the host accepts
 * @property {string} source the page that states it
 * @property {string} read the date it was read there (YYYY-MM-DD)
 * @property {string} [note] how it was read, where the page did not show it whole
 */
/**
 * @typedef {object} StaticHost
 * @property {string} id the name READER_HOST takes
 * @property {string} name
 * @property {HostLimit[]} limits
 * @property {string[]} [unmeasured] limits the build cannot measure, said next to the host
 * @property {{ source: string, read: string }} [noLimits] where a host without limits says so
 */

const GB = 1_000_000_000;

const GITHUB_PAGES_LIMITS = 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits';
const GITLAB_PAGES_LIMITS = 'https://gitlab.com/gitlab-org/gitlab/-/issues/405048';
const CLOUDFLARE_PAGES_LIMITS = 'https://developers.cloudflare.com/pages/platform/limits/#files';
const CLOUDFLARE_FILE_LIMIT_RAISED = 'https://developers.cloudflare.com/changelog/post/2026-01-23-pages-file-limit-increase/';
const CLOUDFLARE_HEADERS = 'https://developers.cloudflare.com/pages/configuration/headers/';
const S3_OBJECTS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html';

const READ = '2026-12-05';

/** @type {readonly StaticHost[]} */
export const STATIC_HOSTS = Object.freeze([
  {
    id: 'github-pages',
    name: 'GitHub Pages',
    limits: [{ measure: 'bytes', max: 1 * GB, source: GITHUB_PAGES_LIMITS, read: READ }],
    unmeasured: ['a deploy that takes over 10 minutes times out'],
  },
  {
    id: 'gitlab-pages',
    name: 'GitLab Pages on GitLab.com',
    limits: [
      {
        measure: 'bytes',
        max: 1 * GB,
        source: GITLAB_PAGES_LIMITS,
        read: READ,
        note: "GitLab's own issue states both limits of GitLab.com; the settings page https://docs.gitlab.com/user/gitlab_com was found, but its Pages section was not seen",
      },
      {
        measure: 'entries',
        max: 200_000,
        source: GITLAB_PAGES_LIMITS,
        read: READ,
        note: 'folders count with files: https://gitlab.com/gitlab-org/gitlab/-/issues/500273',
      },
    ],
  },
  {
    id: 'cloudflare-free',
    name: 'Cloudflare Pages, free plan',
    limits: [
      { measure: 'files', max: 20_000, source: CLOUDFLARE_PAGES_LIMITS, read: READ, note: `as the changelog of ${CLOUDFLARE_FILE_LIMIT_RAISED} states it` },
      {
        measure: 'headerRules',
        max: 100,
        source: CLOUDFLARE_HEADERS,
        read: READ,
        note: '"A project is limited to 100 header rules", read through a copy of the page (cloudflare-docs-7ou.pages.dev/pages/configuration/headers)',
      },
    ],
  },
  {
    id: 'cloudflare-paid',
    name: 'Cloudflare Pages, paid plans',
    limits: [
      { measure: 'files', max: 100_000, source: CLOUDFLARE_FILE_LIMIT_RAISED, read: READ, note: 'raised from 20,000 on 2026-01-23; the project sets PAGES_WRANGLER_MAJOR_VERSION=4' },
      {
        measure: 'headerRules',
        max: 100,
        source: CLOUDFLARE_HEADERS,
        read: READ,
        note: '"A project is limited to 100 header rules", read through a copy of the page (cloudflare-docs-7ou.pages.dev/pages/configuration/headers)',
      },
    ],
  },
  {
    id: 'object-store',
    name: 'an object store such as Amazon S3',
    // "an object store that uses unique key-values to store as many objects as you want"; one object
    // may be up to 50 TB. No limit a site of this kind can reach.
    limits: [],
    // Read through AWS's copy of the same page, https://docs.amazonaws.cn/en_us/AmazonS3/latest/userguide/UsingObjects.md.
    noLimits: { source: S3_OBJECTS, read: READ },
    unmeasured: ['no limit on the count or total size of objects'],
  },
]);

/** The names READER_HOST takes. */
export const HOST_IDS = STATIC_HOSTS.map((host) => host.id);
