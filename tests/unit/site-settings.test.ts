import { describe, expect, it } from 'vitest';
import { SettingsError, siteBase, siteSettings, siteUrl } from '../../src/lib/site/site-settings.mjs';

describe('SITE_BASE', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/briefs/', '/briefs/'],
    ['/a/b-c/d_e.f~/', '/a/b-c/d_e.f~/'],
  ])('accepts %j as %j', (value, expected) => {
    expect(siteBase(value)).toBe(expected);
  });

  it.each(['//evil.example/', 'briefs/', '/briefs', '../', '/briefs/../', '/./', '/a//b/', '/a b/', '/"><script>/', 'https://example.org/', '/a%2e%2e/', '/a?b/', '/a#b/'])(
    'refuses %j, naming the variable, the value and the rule',
    (value) => {
      expect(() => siteBase(value)).toThrow(SettingsError);
      expect(() => siteBase(value)).toThrow(`SITE_BASE=${JSON.stringify(value)} is not allowed: SITE_BASE must be a path of URL-safe segments`);
    },
  );
});

describe('SITE_URL', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['HTTPS://Example.ORG', 'https://example.org'],
  ])('accepts %j as %j', (value, expected) => {
    expect(siteUrl(value)).toBe(expected);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', '//example.org', 'example.org', 'https://example.org/briefs', 'https://example.org/?q=1', 'https://example.org/#x', 'https://user:pw@example.org', 'https://exa mple.org', 'https://'])(
    'refuses %j, naming the variable, the value and the rule',
    (value) => {
      expect(() => siteUrl(value)).toThrow(`SITE_URL=${JSON.stringify(value)} is not allowed: SITE_URL must be an absolute http(s) origin`);
    },
  );

  it('reads both from an environment', () => {
    expect(siteSettings({ SITE_BASE: '/briefs/', SITE_URL: 'https://example.org/' })).toEqual({ base: '/briefs/', site: 'https://example.org' });
  });
});
