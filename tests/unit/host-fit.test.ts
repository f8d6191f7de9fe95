/** Whether a built site fits the static hosts, and the host an editor names (src/lib/site/host-fit.mjs). */
import { describe, expect, it } from 'vitest';
import { tempSites } from '../support/temp-site';
import {
  HostSettingError,
  countHeaderRules,
  fitHost,
  fitHosts,
  footprintLines,
  formatBytes,
  measureSite,
  misfitMessage,
  targetHost,
} from '../../src/lib/site/host-fit.mjs';
import { HOST_IDS, STATIC_HOSTS } from '../../src/lib/site/static-hosts.mjs';

const site = tempSites('host-fit');

const host = (id: string) => {
  const found = STATIC_HOSTS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no host ${id}`);
  return found;
};
const footprint = (over: Partial<Record<'files' | 'entries' | 'bytes' | 'headerRules', number>> = {}) => ({ files: 100, entries: 150, bytes: 1_000_000, headerRules: 10, ...over });

describe('the hosts’ limits', () => {
  it('hold the limits the hosts publish, each with its page and the date it was read', () => {
    expect(HOST_IDS).toEqual(['github-pages', 'gitlab-pages', 'cloudflare-free', 'cloudflare-paid', 'object-store']);
    const limit = (id: string, measure: string) => host(id).limits.find((candidate) => candidate.measure === measure)?.max;
    expect(limit('github-pages', 'bytes')).toBe(1_000_000_000);
    expect(limit('gitlab-pages', 'bytes')).toBe(1_000_000_000);
    expect(limit('gitlab-pages', 'entries')).toBe(200_000);
    expect(limit('cloudflare-free', 'files')).toBe(20_000);
    expect(limit('cloudflare-paid', 'files')).toBe(100_000);
    expect(host('object-store').limits).toEqual([]);
    expect(host('object-store').noLimits?.source).toMatch(/^https:\/\//);
    for (const { limits } of STATIC_HOSTS) {
      for (const { source, read } of limits) {
        expect(source).toMatch(/^https:\/\/[^\s]+$/);
        expect(read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('measureSite', () => {
  it('counts files, folders, raw bytes and the rules of _headers', () => {
    const dir = site({
      'index.html': '12345',
      'a/index.html': '123',
      'a/claims/x/index.html': '1',
      _headers: '/*\n  X-Frame-Options: DENY\n\n# a comment\n/data/a.csv\n  Content-Type: text/csv\n',
    });
    const measured = measureSite(dir);
    expect(measured.files).toBe(4);
    expect(measured.entries).toBe(4 + 3); // a, a/claims, a/claims/x
    expect(measured.bytes).toBe(5 + 3 + 1 + Buffer.byteLength('/*\n  X-Frame-Options: DENY\n\n# a comment\n/data/a.csv\n  Content-Type: text/csv\n'));
    expect(measured.headerRules).toBe(2);
  });

  it('counts no rules where the site has no _headers', () => {
    expect(measureSite(site({ 'index.html': 'x' })).headerRules).toBe(0);
    expect(countHeaderRules('')).toBe(0);
  });
});

describe('fitHost', () => {
  it('fits a host at its limit and breaks it one past', () => {
    expect(fitHost(footprint({ files: 20_000 }), host('cloudflare-free')).broken).toEqual([]);
    const over = fitHost(footprint({ files: 20_001 }), host('cloudflare-free'));
    expect(over.broken.map(({ limit, measured }) => [limit.measure, limit.max, measured])).toEqual([['files', 20_000, 20_001]]);
  });

  it('counts folders with files for GitLab, and bytes for GitHub', () => {
    expect(fitHost(footprint({ files: 150_000, entries: 200_001 }), host('gitlab-pages')).broken.map(({ limit }) => limit.measure)).toEqual(['entries']);
    expect(fitHost(footprint({ files: 150_000, entries: 200_001 }), host('github-pages')).broken).toEqual([]);
    expect(fitHost(footprint({ bytes: 1_000_000_001 }), host('github-pages')).broken.map(({ limit }) => limit.measure)).toEqual(['bytes']);
  });

  it('names every limit a host breaks at once', () => {
    expect(fitHost(footprint({ files: 30_000, headerRules: 101 }), host('cloudflare-free')).broken.map(({ limit }) => limit.measure)).toEqual(['files', 'headerRules']);
  });

  it('fits an object store at any size', () => {
    expect(fitHost(footprint({ files: 10_000_000, entries: 20_000_000, bytes: 10_000_000_000_000, headerRules: 5000 }), host('object-store')).broken).toEqual([]);
  });
});

describe('footprintLines', () => {
  it('says the footprint, the hosts it fits, and those it does not with the limit broken', () => {
    const measured = footprint({ files: 21_034, entries: 30_000, bytes: 50_200_000, headerRules: 40 });
    const [size, fits, misfits, ...rest] = footprintLines(measured, fitHosts(measured));
    expect(size).toBe('Footprint: 21,034 files in 8,966 folders, 50.2 MB raw (1 MB = 1,000,000 bytes), 40 _headers rules');
    expect(fits).toMatch(/^Fits: GitHub Pages \(a deploy that takes over 10 minutes times out\); GitLab Pages on GitLab\.com; Cloudflare Pages, paid plans; an object store such as Amazon S3 \(no limit/);
    expect(misfits).toBe('Does not fit: Cloudflare Pages, free plan: 21,034 files, over its 20,000 files');
    expect(rest).toEqual([]);
  });

  it('has no "does not fit" line when every host takes the site', () => {
    const lines = footprintLines(footprint(), fitHosts(footprint()));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Cloudflare Pages, free plan');
  });

  it('writes sizes as the hosts count them', () => {
    expect(formatBytes(13_200_000)).toBe('13.2 MB');
    expect(formatBytes(1_230_000_000)).toBe('1.23 GB');
    expect(formatBytes(900)).toBe('0.9 KB');
  });
});

describe('targetHost', () => {
  it('is none when nothing is set', () => {
    expect(targetHost({})).toBeUndefined();
    expect(targetHost({ READER_HOST: '' })).toBeUndefined();
  });

  it('finds a known host by its name', () => {
    expect(targetHost({ READER_HOST: 'cloudflare-free' })?.name).toBe('Cloudflare Pages, free plan');
  });

  it('refuses an unknown name, listing the known ones', () => {
    expect(() => targetHost({ READER_HOST: 'netlify' })).toThrow(HostSettingError);
    expect(() => targetHost({ READER_HOST: 'netlify' })).toThrow(
      'READER_HOST="netlify" is not a host this build knows. Known hosts: github-pages, gitlab-pages, cloudflare-free, cloudflare-paid, object-store',
    );
  });

  it('takes the limits of another host', () => {
    const own = targetHost({ READER_HOST_MAX_FILES: '500', READER_HOST_MAX_MB: '2.5' });
    expect(own?.limits.map(({ measure, max }) => [measure, max])).toEqual([
      ['files', 500],
      ['bytes', 2_500_000],
    ]);
    expect(fitHost(footprint({ files: 501 }), own!).broken).toHaveLength(1);
    expect(fitHost(footprint({ files: 500, bytes: 2_500_001 }), own!).broken.map(({ limit }) => limit.measure)).toEqual(['bytes']);
  });

  it('refuses limits that are not numbers above 0, and a name given with limits', () => {
    for (const value of ['0', '-1', 'ten', '1e3', '2.5']) expect(() => targetHost({ READER_HOST_MAX_FILES: value }), value).toThrow(/READER_HOST_MAX_FILES=".*" is not allowed: READER_HOST_MAX_FILES takes a whole number above 0/);
    expect(() => targetHost({ READER_HOST_MAX_MB: '0' })).toThrow(/READER_HOST_MAX_MB="0" is not allowed/);
    expect(() => targetHost({ READER_HOST: 'github-pages', READER_HOST_MAX_FILES: '10' })).toThrow(/both set/);
  });
});

describe('misfitMessage', () => {
  it('says what was measured, the limit and its source, and what to do', () => {
    const message = misfitMessage(fitHost(footprint({ files: 25_000 }), host('cloudflare-free')));
    expect(message).toContain('the site does not fit Cloudflare Pages, free plan: 25,000 files, over its limit of 20,000 files.');
    expect(message).toContain('https://developers.cloudflare.com/pages/platform/limits/#files, read 2026-12-05');
    expect(message).toContain('The limit: https://developers.cloudflare.com/pages/platform/limits/#files, read 2026-12-05.');
    expect(misfitMessage(fitHost(footprint({ files: 25_000, headerRules: 101 }), host('cloudflare-free')))).toContain('; 101 _headers rules, over its limit of 100 _headers rules.\nThe limits: ');
    expect(message).toContain('Build fewer briefs, or build for another host (READER_HOST=github-pages, gitlab-pages, cloudflare-paid, object-store');
  });
});
